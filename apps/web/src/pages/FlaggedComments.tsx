import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Card, EmptyState, FormField } from '../components';
import { ErrorMessage } from '../errors';
import type { FlaggedCommentsQuery } from '../gql/graphql';
import { COMMENT_QUERY_CONTEXT, FLAGGED_COMMENTS, HIDE_COMMENT, UNHIDE_COMMENT } from './commentDocuments';
import { AlignmentMarker, commentAnchor } from './CommentView';
import { itemDiscussionAnchor } from './ItemDiscussion';
import { ReasonInput } from './ReasonInput';
import { Status } from './Status';

type Flagged = FlaggedCommentsQuery['flaggedComments']['edges'][number]['node'];

/** Where a comment is: its suggestion, or its list item (whose discussion opens from the link). */
export function commentPath(comment: Pick<Flagged, 'id' | 'targetId' | 'targetType' | 'listSlug'>): string {
  return comment.targetType === 'LIST_ITEM'
    ? `/lijsten/${comment.listSlug ?? ''}#${itemDiscussionAnchor(comment.targetId)}`
    : `/voorstel/${comment.targetId}#${commentAnchor(comment.id)}`;
}

function FlaggedComment({ comment }: { comment: Flagged }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [hidden, hide] = useMutation(HIDE_COMMENT);
  const [unhidden, unhide] = useMutation(UNHIDE_COMMENT);
  const onHide = (event: SyntheticEvent) => {
    event.preventDefault();
    void hide({ id: comment.id, reason });
  };
  const name = comment.author?.displayName ?? t('proposals.removedMember');
  return (
    <Card as="li" className="flagged-comment">
      <p className="comment-meta">
        <AlignmentMarker alignment={comment.alignment} /> <strong>{name}</strong> ·{' '}
        <span className="meta">{t('comments.flagCount', { count: comment.flagCount ?? 0 })}</span>
        {comment.status === 'HIDDEN' && (
          <>
            {' '}
            · <span className="meta">{t('comments.hiddenNote')}</span>
          </>
        )}
      </p>
      <div className="comment-text">
        <Markdown>{comment.body}</Markdown>
      </div>
      <p className="meta">{t('comments.flagReasons')}</p>
      <ul>
        {(comment.flagReasons ?? []).map((flagReason, index) => (
          <li key={index}>{flagReason}</li>
        ))}
      </ul>
      <p>
        <Link to={commentPath(comment)}>
          {t(comment.targetType === 'LIST_ITEM' ? 'comments.toListItem' : 'comments.toSuggestion')}
        </Link>
      </p>
      {comment.status === 'HIDDEN' ? (
        <Button disabled={unhidden.fetching} onClick={() => void unhide({ id: comment.id })}>
          {t('comments.unhide')}
        </Button>
      ) : (
        <form
          onSubmit={onHide}
          aria-label={t('comments.hideFormOf', { name })}
          className="comment-inline-form"
        >
          <FormField label={t('comments.hideReason')}>
            {(control) => <ReasonInput value={reason} onChange={setReason} control={control} />}
          </FormField>
          <Button type="submit" disabled={hidden.fetching}>
            {t('comments.hide')}
          </Button>
        </form>
      )}
      <ErrorMessage error={hidden.error ?? unhidden.error} />
    </Card>
  );
}

/** Moderators: reported comments not decided on yet, most reports first. */
export function FlaggedComments() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: FLAGGED_COMMENTS,
    requestPolicy: 'network-only',
    context: COMMENT_QUERY_CONTEXT,
  });
  return (
    <section aria-labelledby="flagged-comments">
      <h2 id="flagged-comments">
        {t('comments.flaggedTitle')}
        {data && (
          <span className="meta">
            {' '}
            ({t('comments.flaggedCount', { count: data.flaggedComments.totalCount })})
          </span>
        )}
      </h2>
      <Status fetching={fetching && !data} error={error} />
      {data?.flaggedComments.edges.length === 0 && <EmptyState>{t('comments.nothingFlagged')}</EmptyState>}
      <ul className="plain">
        {data?.flaggedComments.edges.map(({ node }) => (
          <FlaggedComment key={node.id} comment={node} />
        ))}
      </ul>
    </section>
  );
}
