import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Status } from './Status';

// Loaded when a reader first opens a discussion: most readers of a list never do.
const Discussion = lazy(() => import('./Discussion').then((m) => ({ default: m.Discussion })));

/** The id of a list item's discussion, for links to it (`/lijsten/<slug>#reacties-<item>`). */
export const itemDiscussionAnchor = (itemId: string): string => `reacties-${itemId}`;

/**
 * A list item's discussion, folded until the reader opens it (a list has many items, each with
 * its own comments and live updates); a link to it opens it.
 */
export function ItemDiscussion({ itemId, count }: { itemId: string; count: number }) {
  const { t } = useTranslation();
  const { pathname, hash } = useLocation();
  const anchor = itemDiscussionAnchor(itemId);
  const [open, setOpen] = useState(hash === `#${anchor}`);
  return (
    <details id={anchor} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('comments.itemSummary', { count })}</summary>
      {open && (
        <Suspense fallback={<Status fetching />}>
          <Discussion targetId={itemId} count={count} returnTo={`${pathname}#${anchor}`} level={3} />
        </Suspense>
      )}
    </details>
  );
}
