import { type SyntheticEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, FormField } from '../components';
import { type Alignment, ALIGNMENTS, bodyLength, COMMENT_BODY } from '../comments';
import { ErrorMessage } from '../errors';
import { formatNumber } from '../format';
import type { CommentFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { ADD_COMMENT } from './commentDocuments';

/** The comment's text with its live count of characters against the API's bounds. */
export function BodyField({
  label,
  value,
  onChange,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { visible } = bodyLength(value);
  return (
    <FormField
      label={label}
      className="comment-body-field"
      hint={
        <>
          {t('comments.length', {
            count: visible,
            length: formatNumber(visible, language),
            max: formatNumber(COMMENT_BODY.max, language),
          })}
          {visible < COMMENT_BODY.min && ` ${t('comments.tooShort', { count: COMMENT_BODY.min })}`}
        </>
      }
    >
      {(control) => (
        <textarea
          required
          rows={4}
          minLength={COMMENT_BODY.min}
          maxLength={COMMENT_BODY.max}
          value={value}
          autoFocus={autoFocus}
          onChange={(event) => onChange(event.target.value)}
          {...control}
        />
      )}
    </FormField>
  );
}

/** The three stances, each a radio with its coloured marker and its word. */
export function AlignmentChoice({
  value,
  onChange,
}: {
  value: Alignment | null;
  onChange: (value: Alignment) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="alignment-choice">
      <legend>{t('comments.alignment')}</legend>
      {ALIGNMENTS.map((alignment) => (
        <label key={alignment} className={`alignment-option alignment-${alignment.toLowerCase()}`}>
          <input
            type="radio"
            name={name}
            required
            value={alignment}
            checked={value === alignment}
            onChange={() => onChange(alignment)}
          />
          <span className="alignment-dot" aria-hidden="true" />
          {t(`comments.alignments.${alignment}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** A new comment on the target, or a reply in the thread of `parentId`. */
export function CommentForm({
  targetId,
  parentId,
  onPosted,
  onCancel,
}: {
  targetId: string;
  parentId?: string;
  onPosted: (comment: CommentFieldsFragment) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [alignment, setAlignment] = useState<Alignment | null>(null);
  const [body, setBody] = useState('');
  const [added, addComment] = useMutation(ADD_COMMENT);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (alignment === null) return;
    void addComment({ input: { targetId, parentId: parentId ?? null, body, alignment } }).then((result) => {
      if (result.data) {
        setBody('');
        setAlignment(null);
        onPosted(result.data.addComment);
      }
    });
  };
  return (
    <form
      className="comment-form"
      onSubmit={onSubmit}
      aria-label={parentId ? t('comments.replyForm') : t('comments.form')}
    >
      <AlignmentChoice value={alignment} onChange={setAlignment} />
      <BodyField
        label={parentId ? t('comments.replyBody') : t('comments.body')}
        value={body}
        onChange={setBody}
        autoFocus={parentId !== undefined}
      />
      <Button type="submit" disabled={added.fetching || alignment === null || !bodyLength(body).fits}>
        {parentId ? t('comments.postReply') : t('comments.post')}
      </Button>{' '}
      {onCancel && (
        <Button variant="secondary" onClick={onCancel}>
          {t('comments.cancel')}
        </Button>
      )}
      <ErrorMessage error={added.error} />
    </form>
  );
}
