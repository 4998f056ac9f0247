import type { ReactNode } from 'react';
import { readableTextColor } from '../format';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/**
 * A short label beside a title: a status, a role, "live". `color` (a follow-up status's own colour,
 * set by editors) wins over the tone, with black or white text, whichever reads better on it.
 */
export function Badge({
  tone = 'neutral',
  color,
  className,
  title,
  children,
}: {
  tone?: BadgeTone;
  color?: string;
  className?: string;
  title?: string;
  children: ReactNode;
}) {
  const style = color ? { background: color, color: readableTextColor(color) } : undefined;
  return (
    <span
      className={['badge', `badge-${tone}`, className].filter(Boolean).join(' ')}
      style={style}
      title={title}
    >
      {children}
    </span>
  );
}
