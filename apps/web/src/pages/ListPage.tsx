import { lazy, memo, Suspense, useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Badge, Button, Card, ProgressBar } from '../components';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';
import { useAuth } from '../auth';
import { signInPath } from '../navigation';
import { graphql } from '../gql';
import type { ListQuery } from '../gql/graphql';
import { usePageTitle } from '../notice';
import { handOverPrerendered, PrerenderedOr } from '../prerendered';
import { ItemDiscussion } from './ItemDiscussion';
import { ItemSuggestions } from './ItemSuggestions';
import { FollowButton } from './FollowButton';
import { FollowUpDetails } from './Journey';
import { ListVersions } from './ListVersions';
import { Status } from './Status';

const ListProgress = lazy(() => import('./ListProgress'));
// Only liaisons and editors open it, one item at a time.
const FollowUpForm = lazy(() => import('./FollowUpForm').then((m) => ({ default: m.FollowUpForm })));

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
      versions {
        version
        publishedAt
      }
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
          nextReviewAt
          status {
            key
            name
            color
          }
          events {
            id
            at
            note
            link
            handedOverTo
            handedOverInVersion
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
  const { pathname } = useLocation();
  const canRecord =
    session?.user.roles.some((role) => ['LIAISON', 'EDITOR', 'ADMIN'].includes(role)) ?? false;
  const [{ data: fresh, fetching, error }] = useQuery({ query: LIST, variables: { slug } });
  // The list arrives in one urgent update; rendering its items (Markdown and all) as a deferred
  // value lets React do it in slices that yield, instead of one long task that blocks input.
  const data = useDeferredValue(fresh);
  // One follow-up form at a time: all of them open made the page ~8,500 px tall.
  const [recording, setRecording] = useState<string | null>(null);
  const list = data?.curatedList;
  usePageTitle(list?.title);
  const article = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (article.current !== null) handOverPrerendered(article.current);
  }, [list]);
  if (!list) {
    return data ? (
      <p>{t('lists.notFound')}</p>
    ) : (
      <PrerenderedOr
        pathname={pathname}
        fallback={
          // A screen of room, so that the list arriving does not push the footer about.
          <div className="page-loading">
            <Status fetching={fetching} error={error} />
          </div>
        }
      />
    );
  }
  const language = currentLanguage();
  return (
    <article ref={article}>
      <h1>{list.title}</h1>
      <p className="meta">
        {t('lists.addressee', { addressee: list.addressee })} ·{' '}
        {list.publishedAt &&
          t('lists.version', { version: list.version, date: formatDate(list.publishedAt, language) })}
      </p>
      {session ? (
        <FollowButton targetId={list.id} kind="list" />
      ) : (
        <p>
          <Link to={signInPath(pathname)}>{t('follow.signIn')}</Link>
        </p>
      )}
      <Markdown>{list.description}</Markdown>
      <p>{t('lists.summary', list.followUpSummary)}</p>
      <p>
        <span className="export-links">
          {t('lists.export')}:{' '}
          <a className="target-link" href={`/export/lists/${list.slug}.csv`}>
            CSV
          </a>
          <a className="target-link" href={`/export/lists/${list.slug}.json`}>
            JSON
          </a>
        </span>
      </p>
      <ol>
        {list.items.map((item) => (
          <ListItem
            key={item.id}
            item={item}
            canRecord={canRecord}
            recording={recording === item.id}
            onRecordingChange={setRecording}
          />
        ))}
      </ol>
      <Suspense fallback={null}>
        <ListProgress slug={list.slug} />
      </Suspense>
      <ListVersions slug={list.slug} versions={list.versions} />
    </article>
  );
}

type ListItemData = NonNullable<ListQuery['curatedList']>['items'][number];

/**
 * One item of the list. A component of its own so that React renders the items one by one, yielding
 * between them, and renders an item again only when it changed.
 */
const ListItem = memo(function ListItem({
  item,
  canRecord,
  recording,
  onRecordingChange,
}: {
  item: ListItemData;
  /** Whether the reader may record follow-up (liaisons, editors, admins). */
  canRecord: boolean;
  /** Whether this item's follow-up form is open. */
  recording: boolean;
  onRecordingChange: (itemId: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card as="li" id={`punt-${item.position}`}>
      <h2>{item.title}</h2>
      {item.followUp?.status && (
        <p>
          <Badge color={item.followUp.status.color}>{item.followUp.status.name}</Badge>{' '}
          <ProgressBar
            label={t('lists.progress')}
            value={item.followUp.progress}
            text={`${t('lists.progress')}: ${item.followUp.progress}%`}
          />
        </p>
      )}
      {item.followUp && (
        <FollowUpDetails
          link={[...item.followUp.events].reverse().find((event) => event.link !== null)?.link}
          nextReviewAt={item.followUp.nextReviewAt}
        />
      )}
      <Markdown>{item.body}</Markdown>
      <ItemSuggestions suggestions={item.suggestions} />
      {item.followUp && canRecord && (
        <p>
          <Button
            variant="secondary"
            aria-expanded={recording}
            aria-controls={`opvolging-${item.id}`}
            onClick={() => onRecordingChange(recording ? null : item.id)}
          >
            {recording ? t('journey.close') : t('journey.update')}
          </Button>
        </p>
      )}
      {item.followUp && canRecord && recording && (
        <div id={`opvolging-${item.id}`}>
          <Suspense fallback={<Status fetching />}>
            <FollowUpForm
              itemId={item.id}
              current={{
                statusKey: item.followUp.status?.key ?? null,
                progress: item.followUp.progress,
                nextReviewAt: item.followUp.nextReviewAt,
              }}
            />
          </Suspense>
        </div>
      )}
      {item.followUp && (
        <details>
          <summary>{t('lists.timeline')}</summary>
          <ol className="timeline">
            {item.followUp.events.map((event) => (
              <li key={event.id}>
                <strong>{formatDate(event.at, language)}</strong> —{' '}
                {event.handedOverTo === null
                  ? event.toStatus?.name
                  : t('journey.HANDED_OVER', {
                      addressee: event.handedOverTo,
                      version: event.handedOverInVersion,
                    })}
                <FollowUpDetails note={event.note} link={event.link} />
              </li>
            ))}
          </ol>
        </details>
      )}
      <ItemDiscussion itemId={item.id} count={item.commentCount} />
    </Card>
  );
});
