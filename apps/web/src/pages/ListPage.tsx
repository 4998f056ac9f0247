import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, readableTextColor } from '../format';
import { currentLanguage } from '../i18n';
import { useAuth } from '../auth';
import { graphql } from '../gql';
import { ItemDiscussion } from './ItemDiscussion';
import { FollowButton } from './FollowButton';
import { FollowUpForm } from './FollowUpForm';
import { Status } from './Status';

const LIST = graphql(`
  query List($slug: String!) {
    curatedList(slug: $slug) {
      id
      slug
      title
      description
      addressee
      version
      publishedAt
      followUpSummary {
        open
        inProgress
        done
        declined
      }
      items {
        id
        position
        title
        body
        commentCount
        suggestions {
          id
          title
          proposal {
            id
            upvotes
          }
        }
        followUp {
          progress
          status {
            name
            color
          }
          events {
            id
            at
            note
            toStatus {
              name
            }
          }
        }
      }
    }
  }
`);

export function ListPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { session } = useAuth();
  const canRecord =
    session?.user.roles.some((role) => ['LIAISON', 'EDITOR', 'ADMIN'].includes(role)) ?? false;
  const [{ data, fetching, error }] = useQuery({ query: LIST, variables: { slug } });
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
      {session && <FollowButton targetId={list.id} kind="list" />}
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
                <span
                  className="badge"
                  style={{
                    background: item.followUp.status.color,
                    color: readableTextColor(item.followUp.status.color),
                  }}
                >
                  {item.followUp.status.name}
                </span>{' '}
                <label>
                  {t('lists.progress')} <progress max={100} value={item.followUp.progress} />{' '}
                  {item.followUp.progress}%
                </label>
              </p>
            )}
            <Markdown>{item.body}</Markdown>
            {item.suggestions.length > 0 && (
              <details>
                <summary>{t('lists.suggestions')}</summary>
                <ul>
                  {item.suggestions.map((suggestion) => (
                    <li key={suggestion.id}>
                      {suggestion.title === null ? (
                        <em>{t('lists.withheld')}</em>
                      ) : (
                        <Link to={`/voorstel/${suggestion.id}`}>{suggestion.title}</Link>
                      )}
                      {suggestion.proposal && <> ({suggestion.proposal.upvotes})</>}
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
            <ItemDiscussion itemId={item.id} count={item.commentCount} />
          </li>
        ))}
      </ol>
    </article>
  );
}
