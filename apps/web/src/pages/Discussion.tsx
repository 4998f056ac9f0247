import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSubscription } from 'urql';
import { Button } from '../components';
import { useAuth } from '../auth';
import { COMMENT_SORTS, type CommentSort, newArrivals, threadsOf, withArrivals } from '../comments';
import type {
  CommentAddedSubscription,
  CommentAddedSubscriptionVariables,
  CommentFieldsFragment,
} from '../gql/graphql';
import { ErrorMessage } from '../errors';
import { useLiveConnection } from '../live';
import { signInPath } from '../navigation';
import { CommentForm } from './CommentForm';
import { COMMENT_ADDED, COMMENTS } from './commentDocuments';
import { commentAnchor, type Reader, ThreadView } from './CommentView';
import { Status } from './Status';
import { usePages } from './usePages';

const byCreation = (a: CommentFieldsFragment, b: CommentFieldsFragment) =>
  a.createdAt.localeCompare(b.createdAt);

/**
 * The discussion of a suggestion or a list item: its count, the form for members (a link to sign
 * in for others), the sort switch and the threads, with comments arriving live.
 */
export function Discussion({
  targetId,
  count,
  closed = false,
  returnTo,
  level = 2,
  onArrival,
}: {
  targetId: string;
  /** Published comments, from the target. */
  count: number;
  /** Whether the discussion takes no new comments (the page says why: hidden, withdrawn, merged). */
  closed?: boolean;
  /** Where signing in returns to: this discussion's place. */
  returnTo: string;
  level?: 2 | 3;
  /** Called when a comment arrives live, so the target's counts (`count` among them) are read again. */
  onArrival?: () => void;
}) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const [sort, setSort] = useState<CommentSort>('BEST');
  const pages = usePages(
    COMMENTS,
    `${targetId}:${sort}`,
    (after) => ({ targetId, sort, after }),
    (data) => data.comments.pageInfo,
  );
  const open = !closed;
  const reader: Reader = {
    userId: session?.user.id ?? null,
    canModerate: session?.user.roles.some((role) => role === 'MODERATOR' || role === 'ADMIN') ?? false,
    open,
  };

  const [{ data: arrived = [] }] = useSubscription<
    CommentAddedSubscription,
    CommentFieldsFragment[],
    CommentAddedSubscriptionVariables
  >({ query: COMMENT_ADDED, variables: { targetId }, pause: !open }, (previous = [], data) => [
    ...previous,
    data.commentAdded,
  ]);
  useEffect(() => {
    if (arrived.length > 0) onArrival?.();
  }, [arrived.length, onArrival]);
  const [posted, setPosted] = useState<CommentFieldsFragment[]>([]);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  useLiveConnection(pages.refresh);

  // Newest first, what arrives goes on top at once; in another order the reader asks for it.
  const shownLive = [
    ...posted,
    ...arrived.filter((comment) => sort === 'NEWEST' || revealed.has(comment.id)),
  ];
  const base = threadsOf<CommentFieldsFragment>(pages.loaded.map(({ data }) => data.comments));
  const threads = withArrivals(base, [...shownLive].sort(byCreation));
  const pending = newArrivals(threads, arrived);
  const othersArrived = arrived.filter((comment) => comment.author?.id !== reader.userId).length;

  // A link to a comment or to the discussion (the moderators' queue, signing in) lands there once loaded.
  const { hash } = useLocation();
  const loaded = pages.first?.data !== undefined;
  useEffect(() => {
    if (loaded && hash.length > 1)
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(commentAnchor(focusId))?.focus();
    setFocusId(null);
  }, [focusId]);

  // After "more comments", the first thread of the new page takes the focus from the button.
  const [firstOfMore, setFirstOfMore] = useState<number | null>(null);
  const firstNewThread = firstOfMore === null ? undefined : threads[firstOfMore];
  useEffect(() => {
    if (firstNewThread === undefined) return;
    setFocusId(firstNewThread.comment.id);
    setFirstOfMore(null);
  }, [firstNewThread]);
  const loadMore = pages.loadMore;

  const reveal = () => {
    setRevealed((previous) => new Set([...previous, ...pending.map((comment) => comment.id)]));
    // The newest new thread, else the thread the first new reply went to (replies are folded).
    const newest = [...pending].sort(byCreation).reverse();
    const focus = newest.find((comment) => !comment.parentId) ?? pending[0];
    setFocusId(focus ? (focus.parentId ?? focus.id) : null);
  };
  const onPosted = (comment: CommentFieldsFragment) => {
    setPosted((previous) => [...previous, comment]);
    setNotice(t(comment.parentId ? 'comments.replyPosted' : 'comments.posted'));
  };

  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `discussie-${targetId}`;
  return (
    <section className="discussion" aria-labelledby={headingId}>
      {/* Under a list item, the summary that unfolds the discussion says the same. */}
      <Heading id={headingId} className={level === 3 ? 'visually-hidden' : undefined}>
        {t('comments.title')} <span className="meta">({t('comments.count', { count })})</span>
      </Heading>
      {!open && <p className="notice">{t('comments.closed')}</p>}
      {open &&
        (session ? (
          <CommentForm targetId={targetId} onPosted={onPosted} />
        ) : (
          <p>
            <Link to={signInPath(returnTo)}>{t('comments.signIn')}</Link>
          </p>
        ))}
      <p role="status" className="meta">
        {notice}
      </p>
      <div role="group" aria-label={t('comments.sort')} className="comment-sort">
        <span aria-hidden="true">{t('comments.sort')}: </span>
        {COMMENT_SORTS.map((value) => (
          <Button
            key={value}
            variant="secondary"
            aria-pressed={sort === value}
            onClick={() => setSort(value)}
          >
            {t(`comments.sorts.${value}`)}
          </Button>
        ))}
      </div>
      <p aria-live="polite" className="visually-hidden">
        {othersArrived > 0 ? t('comments.arrived', { count: othersArrived }) : ''}
      </p>
      {pending.length > 0 && (
        <Button className="new-comments" onClick={reveal}>
          {t('comments.showNew', { count: pending.length })}
        </Button>
      )}
      <Status fetching={pages.first?.data === undefined && !pages.first?.error} error={pages.first?.error} />
      {pages.first?.data && threads.length === 0 && <p>{t('comments.empty')}</p>}
      <ol className="threads">
        {threads.map((thread) => (
          <ThreadView key={thread.comment.id} thread={thread} reader={reader} onPosted={onPosted} />
        ))}
      </ol>
      <ErrorMessage error={pages.first?.data ? pages.error : undefined} />
      {loadMore && (
        <Button
          disabled={pages.loadingMore}
          onClick={() => {
            setFirstOfMore(threads.length);
            loadMore();
          }}
        >
          {t('comments.more')}
        </Button>
      )}
    </section>
  );
}
