import type { HTMLAttributes, ReactNode } from 'react';

type CardElement = 'section' | 'article' | 'li' | 'div' | 'form' | 'details';

/** A white panel on the page: one suggestion, one list, one form, one group of settings. */
export function Card({
  as: Element = 'section',
  tone,
  className,
  children,
  ...rest
}: HTMLAttributes<HTMLElement> & { as?: CardElement; tone?: 'danger'; children?: ReactNode }) {
  const classes = ['card', tone, className].filter(Boolean).join(' ');
  return (
    <Element className={classes} {...rest}>
      {children}
    </Element>
  );
}
