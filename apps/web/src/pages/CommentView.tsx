import { type SyntheticEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { type CombinedError, useMutation } from 'urql';
import { canEdit, repliesToShow, type Thread } from '../comments';
import { Button, FormField } from '../components';
import { ErrorMessage } from '../errors';
import { formatDateTime, formatTime } from '../format';
import type { CommentFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { BodyField, CommentForm } from './CommentForm';
import {
  DELETE_COMMENT,
  EDIT_COMMENT,
  FLAG_COMMENT,
  HIDE_COMMENT,
  RETRACT_COMMENT_VOTE,
  THREAD_REPLIES,
  UNHIDE_COMMENT,
  VOTE_COMMENT,
} from './commentDocuments';
import { ReasonInput } from './ReasonInput';
import { Status } from './Status';
import { usePages } from './usePages';

/** Who is reading, as far as the discussion's buttons care. */
export interface Reader {
  userId: string | null;
  canModerate: boolean;
  /** Whether the discussion takes new comments (the target is public). */
  open: boolean;
}

/** The id of a comment's element, for links to it (the moderators' queue). */
export const commentAnchor = (id: string): string => `reactie-${id}`;

/** The coloured marker of a stance, always with its word. */
export function AlignmentMarker({ alignment }: { alignment: CommentFieldsFragment['alignment'] }) {
  const { t } = useTranslation();
  return (
    <span className={`alignment-marker alignment-${alignment.toLowerCase()}`}>
      <span className="alignment-dot" aria-hidden="true" />
      {t(`comments.alignments.${alignment}`)}
    </span>
  );
}

/** Up or down on someone else's comment; pressing your current choice again takes it back. */
function CommentVotes({ comment, canVote }: { comment: CommentFieldsFragment; canVote: boolean }) {
  const { t } = useTranslation();
  const [voted, vote] = useMutation(VOTE_COMMENT);
  const [retracted, retract] = useMutation(RETRACT_COMMENT_VOTE);
  if (!canVote) {
    return (
      <span className="meta votes">
        {t('comments.score', { up: comment.upvotes, down: comment.downvotes })}
      </span>
    );
  }
  const busy = voted.fetching || retracted.fetching;
  const choose = (up: boolean) =>
    void (comment.myVote === up ? retract({ id: comment.id }) : vote({ id: comment.id, up }));
  return (
    <span role="group" aria-label={t('comments.voteLabel')} className="comment-votes">
      <Button
        variant="secondary"
        aria-pressed={comment.myVote === true}
        disabled={busy}
        onClick={() => choose(true)}
      >
        <span aria-hidden="true">▲ </span>
        {t('comments.up')} <span className="votes">{comment.upvotes}</span>
      </Button>{' '}
      <Button
        variant="secondary"
        aria-pressed={comment.myVote === false}
        disabled={busy}
        onClick={() => choose(false)}
      >
        <span aria-hidden="true">▼ </span>
        {t('comments.down')} <span className="votes">{comment.downvotes}</span>
      </Button>
      <ErrorMessage error={voted.error ?? retracted.error} />
    </span>
  );
}

/** A form behind a button that says whether it is open; closing it gives the button focus back. */
function useDisclosure() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return { open, toggle: () => setOpen((value) => !value), close, button };
}

/**
 * A button that opens a small form asking for a reason (to report or to hide a comment or a
 * suggestion), and
 * gives focus back to the button when it closes.
 */
export function ReasonForm({
  label,
  formLabel,
  reasonLabel,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  label: string;
  formLabel: string;
  reasonLabel: string;
  submitLabel: string;
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const disclosure = useDisclosure();
  const [reason, setReason] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSubmit(reason);
  };
  return (
    <>
      <Button
        variant="secondary"
        ref={disclosure.button}
        aria-expanded={disclosure.open}
        onClick={disclosure.toggle}
      >
        {label}
      </Button>
      {disclosure.open && (
        <form className="comment-inline-form" onSubmit={submit} aria-label={formLabel}>
          <FormField label={reasonLabel}>
            {(control) => <ReasonInput value={reason} onChange={setReason} autoFocus control={control} />}
          </FormField>
          <Button type="submit" disabled={busy}>
            {submitLabel}
          </Button>{' '}
          <Button variant="secondary" onClick={disclosure.close}>
            {t('comments.cancel')}
          </Button>
          <ErrorMessage error={error} />
        </form>
      )}
    </>
  );
}

/** Report a comment with a reason: members, not on their own, once. */
function FlagForm({ comment }: { comment: CommentFieldsFragment }) {
  const { t } = useTranslation();
  const [flagged, flag] = useMutation(FLAG_COMMENT);
  const [done, setDone] = useState(false);
  if (comment.myFlag || done) {
    return (
      <span role="status" className="meta">
        {t(done ? 'comments.flagged' : 'comments.alreadyFlagged')}
      </span>
    );
  }
  return (
    <ReasonForm
      label={t('comments.flag')}
      formLabel={t('comments.flagForm')}
      reasonLabel={t('comments.flagReason')}
      submitLabel={t('comments.sendFlag')}
      busy={flagged.fetching}
      error={flagged.error}
      onSubmit={(reason) =>
        void flag({ id: comment.id, reason }).then((result) => {
          if (!result.error) setDone(true);
        })
      }
    />
  );
}

/** Moderators hide a comment with a reason, or show it again. */
function ModerateComment({ comment }: { comment: CommentFieldsFragment }) {
  const { t } = useTranslation();
  const [hidden, hide] = useMutation(HIDE_COMMENT);
  const [unhidden, unhide] = useMutation(UNHIDE_COMMENT);
  if (comment.status === 'DELETED') return null;
  if (comment.status === 'HIDDEN') {
    return (
      <>
        <Button
          variant="secondary"
          disabled={unhidden.fetching}
          onClick={() => void unhide({ id: comment.id })}
        >
          {t('comments.unhide')}
        </Button>
        <ErrorMessage error={unhidden.error} />
      </>
    );
  }
  return (
    <ReasonForm
      label={t('comments.hide')}
      formLabel={t('comments.hideForm')}
      reasonLabel={t('comments.hideReason')}
      submitLabel={t('comments.confirmHide')}
      busy={hidden.fetching}
      error={hidden.error}
      onSubmit={(reason) => void hide({ id: comment.id, reason })}
    />
  );
}

/** The author's edit (while the window is open) and delete (after a second click). */
function AuthorCommentActions({
  comment,
  onEditing,
}: {
  comment: CommentFieldsFragment;
  onEditing: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [deleted, remove] = useMutation(DELETE_COMMENT);
  const editable = canEdit(comment.editableUntil, Date.now());
  return (
    <>
      {editable && comment.editableUntil && (
        <Button
          variant="secondary"
          title={t('comments.editUntil', { time: formatTime(comment.editableUntil, currentLanguage()) })}
          onClick={() => onEditing(true)}
        >
          {t('comments.edit')}
        </Button>
      )}{' '}
      {confirming ? (
        <span role="group" aria-label={t('comments.confirmDelete')}>
          <span>{t('comments.confirmDelete')}</span>{' '}
          <Button
            variant="danger"
            disabled={deleted.fetching}
            onClick={() => void remove({ id: comment.id })}
          >
            {t('comments.yesDelete')}
          </Button>{' '}
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('comments.cancel')}
          </Button>
        </span>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('comments.delete')}
        </Button>
      )}
      <ErrorMessage error={deleted.error} />
    </>
  );
}

function EditForm({ comment, onDone }: { comment: CommentFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState(comment.body);
  const [edited, edit] = useMutation(EDIT_COMMENT);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void edit({ id: comment.id, body }).then((result) => {
      if (!result.error) onDone();
    });
  };
  return (
    <form className="comment-form" onSubmit={onSubmit} aria-label={t('comments.editForm')}>
      <BodyField label={t('comments.body')} value={body} onChange={setBody} autoFocus />
      <Button type="submit" disabled={edited.fetching}>
        {t('comments.save')}
      </Button>{' '}
      <Button variant="secondary" onClick={onDone}>
        {t('comments.cancel')}
      </Button>
      <ErrorMessage error={edited.error} />
    </form>
  );
}

/** One comment: its stance, author, text (or what became of it), and what the reader may do. */
export function CommentView({
  comment,
  reader,
  onReply,
}: {
  comment: CommentFieldsFragment;
  reader: Reader;
  onReply?: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [editing, setEditing] = useState(false);
  const article = useRef<HTMLElement>(null);
  const own = reader.userId !== null && comment.author?.id === reader.userId;
  const member = reader.userId !== null;
  const deleted = comment.status === 'DELETED';
  const hidden = comment.status === 'HIDDEN';
  const stopEditing = () => {
    setEditing(false);
    article.current?.focus();
  };
  return (
    <article
      id={commentAnchor(comment.id)}
      ref={article}
      tabIndex={-1}
      className={`comment${hidden ? ' comment-hidden' : ''}${deleted ? ' comment-deleted' : ''}`}
      aria-label={t('comments.by', { name: comment.author?.displayName ?? t('proposals.removedMember') })}
    >
      {deleted ? (
        <p className="meta">
          <em>{t('comments.deleted')}</em>
        </p>
      ) : (
        <>
          <p className="comment-meta">
            <AlignmentMarker alignment={comment.alignment} />{' '}
            <strong>{comment.author?.displayName ?? t('proposals.removedMember')}</strong>
            {comment.author?.organization ? ` (${comment.author.organization})` : ''}{' '}
            <span className="meta">
              · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time>
              {comment.editedAt && ` · ${t('comments.edited')}`}
            </span>
          </p>
          {hidden && <p className="notice comment-hidden-note">{t('comments.hiddenNote')}</p>}
          {reader.canModerate && (comment.flagCount ?? 0) > 0 && (
            <p className="meta">{t('comments.flagCount', { count: comment.flagCount ?? 0 })}</p>
          )}
          {editing ? (
            <EditForm comment={comment} onDone={stopEditing} />
          ) : (
            <div className="comment-text">
              {/* Markdown without raw HTML: react-markdown renders no HTML from the text. */}
              <Markdown>{comment.body}</Markdown>
            </div>
          )}
          {!editing && (
            <div className="comment-actions">
              <CommentVotes comment={comment} canVote={member && !own && !hidden && reader.open} />{' '}
              {onReply && member && reader.open && !hidden && (
                <Button variant="secondary" onClick={onReply}>
                  {t('comments.reply')}
                </Button>
              )}{' '}
              {own && <AuthorCommentActions comment={comment} onEditing={setEditing} />}{' '}
              {member && !own && !hidden && <FlagForm comment={comment} />}{' '}
              {reader.canModerate && <ModerateComment comment={comment} />}
            </div>
          )}
        </>
      )}
    </article>
  );
}

/** A thread's replies, loaded when unfolded, with those that arrived live after them. */
function Replies({
  thread,
  reader,
  id,
}: {
  thread: Thread<CommentFieldsFragment>;
  reader: Reader;
  id: string;
}) {
  const { t } = useTranslation();
  const pages = usePages(
    THREAD_REPLIES,
    thread.comment.id,
    (after) => ({ id: thread.comment.id, after }),
    (data) => data.comment?.replies.pageInfo,
  );
  const found = pages.loaded.flatMap(
    ({ data }) => data.comment?.replies.edges.map((edge) => edge.node) ?? [],
  );
  return (
    <div id={id}>
      <Status fetching={pages.first?.data === undefined && !pages.error} error={pages.error} />
      <ol className="replies">
        {repliesToShow(found, thread.replies).map((reply) => (
          <li key={reply.id}>
            <CommentView comment={reply} reader={reader} />
          </li>
        ))}
      </ol>
      {pages.loadMore && (
        <Button variant="link" disabled={pages.loadingMore} onClick={pages.loadMore}>
          {t('comments.moreReplies')}
        </Button>
      )}
    </div>
  );
}

/** A thread: its comment, then its replies folded under it ("3 replies"), and a reply form. */
export function ThreadView({
  thread,
  reader,
  onPosted,
}: {
  thread: Thread<CommentFieldsFragment>;
  reader: Reader;
  onPosted: (comment: CommentFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [unfolded, setUnfolded] = useState(false);
  const [replying, setReplying] = useState(false);
  const count = Math.max(thread.replyCount, thread.replies.length);
  const repliesId = `antwoorden-${thread.comment.id}`;
  return (
    <li className="thread">
      <CommentView
        comment={thread.comment}
        reader={reader}
        onReply={thread.comment.status === 'DELETED' ? undefined : () => setReplying(true)}
      />
      {count > 0 && (
        <Button
          variant="link"
          aria-expanded={unfolded}
          aria-controls={unfolded ? repliesId : undefined}
          onClick={() => setUnfolded((value) => !value)}
        >
          {t(unfolded ? 'comments.hideReplies' : 'comments.showReplies', { count })}
        </Button>
      )}
      {unfolded && <Replies thread={thread} reader={reader} id={repliesId} />}
      {replying && (
        <CommentForm
          targetId={thread.comment.targetId}
          parentId={thread.comment.id}
          onCancel={() => setReplying(false)}
          onPosted={(reply) => {
            setReplying(false);
            setUnfolded(true);
            onPosted(reply);
          }}
        />
      )}
    </li>
  );
}
