import { useId, type ReactNode } from 'react';

/** What a field's control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A label, the control, a hint under it and an error when there is one; the control gets the id
 * and an `aria-describedby` naming the hint and the error, so screen readers read them with it.
 * `layout="choice"` is for a checkbox or radio button: the control first, its label beside it.
 */
export function FormField({
  label,
  hint,
  error,
  className,
  layout = 'stacked',
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  layout?: 'stacked' | 'choice';
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  const labelElement = (
    <label htmlFor={id} className="form-field-label">
      {label}
    </label>
  );
  const control = children({
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  });
  const choice = layout === 'choice';
  return (
    <div className={['form-field', choice && 'form-field-choice', className].filter(Boolean).join(' ')}>
      {choice ? control : labelElement}
      {choice ? labelElement : control}
      {hint && (
        <p id={hintId} className="form-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
