import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

/**
 * The one button of the app; `type="button"` unless told, so that it never submits by accident.
 * A `ref` reaches the button (React 19 passes it as a prop), e.g. to give it focus back.
 */
export function Button({
  variant = 'primary',
  size,
  className,
  type = 'button',
  ...rest
}: ComponentProps<'button'> & { variant?: ButtonVariant; size?: 'small' }) {
  const classes = [
    variant === 'primary' ? undefined : variant === 'link' ? 'link-button' : variant,
    size,
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes || undefined} {...rest} />;
}
