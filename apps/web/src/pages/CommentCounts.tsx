import { useTranslation } from 'react-i18next';

/** How many comments argue for and against a suggestion, each with its marker and its words. */
export function CommentCounts({ inFavor, against }: { inFavor: number; against: number }) {
  const { t } = useTranslation();
  if (inFavor === 0 && against === 0) return <span className="comment-counts">{t('comments.noneYet')}</span>;
  return (
    <span className="comment-counts">
      <span className="alignment-count alignment-in_favor">
        <span className="alignment-dot" aria-hidden="true" />
        {t('comments.inFavorCount', { count: inFavor })}
      </span>{' '}
      <span className="alignment-count alignment-against">
        <span className="alignment-dot" aria-hidden="true" />
        {t('comments.againstCount', { count: against })}
      </span>
    </span>
  );
}
