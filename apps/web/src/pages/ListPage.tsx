import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';
import { useAuth } from '../auth';
import { FollowUpForm } from './FollowUpForm';
import { Status } from './Status';

const LIST = `query List($slug: String!) {
  curatedList(slug: $slug) {
    slug title description addressee version publishedAt
    followUpSummary { open inProgress done declined }
    items {
      id position title body
      proposals { id title upvotes }
      followUp {
        progress
        status { name color }
        events { id at note toStatus { name } }
      }
    }
  }
}`;

interface ListData {
  curatedList: {
    slug: string;
    title: string;
    description: string;
    addressee: string;
    version: number;
    publishedAt: string | null;
    followUpSummary: { open: number; inProgress: number; done: number; declined: number };
    items: {
      id: string;
      position: number;
      title: string;
      body: string;
      proposals: { id: string; title: string; upvotes: number }[];
      followUp: {
        progress: number;
        status: { name: string; color: string } | null;
        events: { id: string; at: string; note: string; toStatus: { name: string } | null }[];
      } | null;
    }[];
  } | null;
}

export function ListPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const { session } = useAuth();
  const canRecord =
    session?.user.roles.some((role) => ['LIAISON', 'EDITOR', 'ADMIN'].includes(role)) ?? false;
  const [{ data, fetching, error }] = useQuery<ListData>({
    query: LIST,
    variables: { slug, language: i18n.language },
  });
  const list = data?.curatedList;
  if (!list) {
    return data ? <p>{t('lists.notFound')}</p> : <Status fetching={fetching} error={error} />;
  }
  const language = currentLanguage();
  return (
    <article>
      <h1>{list.title}</h1>
      <p className="meta">
        {t('lists.addressee', { addressee: list.addressee })} ·{' '}
        {list.publishedAt &&
          t('lists.version', { version: list.version, date: formatDate(list.publishedAt, language) })}
      </p>
      <Markdown>{list.description}</Markdown>
      <p>{t('lists.summary', list.followUpSummary)}</p>
      <p>
        {t('lists.export')}: <a href={`/export/lists/${list.slug}.csv`}>CSV</a> ·{' '}
        <a href={`/export/lists/${list.slug}.json`}>JSON</a>
      </p>
      <ol>
        {list.items.map((item) => (
          <li key={item.id} className="card">
            <h2>{item.title}</h2>
            {item.followUp?.status && (
              <p>
                <span className="badge" style={{ background: item.followUp.status.color }}>
                  {item.followUp.status.name}
                </span>{' '}
                <label>
                  {t('lists.progress')} <progress max={100} value={item.followUp.progress} />{' '}
                  {item.followUp.progress}%
                </label>
              </p>
            )}
            <Markdown>{item.body}</Markdown>
            {item.proposals.length > 0 && (
              <details>
                <summary>{t('lists.suggestions')}</summary>
                <ul>
                  {item.proposals.map((proposal) => (
                    <li key={proposal.id}>
                      <Link to={`/voorstel/${proposal.id}`}>{proposal.title}</Link> ({proposal.upvotes})
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {item.followUp && canRecord && (
              <FollowUpForm itemId={item.id} progress={item.followUp.progress} />
            )}
            {item.followUp && (
              <details>
                <summary>{t('lists.timeline')}</summary>
                <ol className="timeline">
                  {item.followUp.events.map((event) => (
                    <li key={event.id}>
                      <strong>{formatDate(event.at, language)}</strong> — {event.toStatus?.name}: {event.note}
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
