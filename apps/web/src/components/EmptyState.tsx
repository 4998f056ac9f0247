import type { ReactNode } from 'react';

/** What a page says when there is nothing to show yet, and what the reader can do about it. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {action}
    </div>
  );
}
