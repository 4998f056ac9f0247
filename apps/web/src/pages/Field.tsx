import type { InputHTMLAttributes } from 'react';
import { FormField } from '../components';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

/** A labelled text input (required unless told) that reports its value as a string. */
export function Field({
  label,
  value,
  onChange,
  hint,
  required = true,
  ...input
}: InputProps & { label: string; value: string; hint?: string; onChange: (value: string) => void }) {
  return (
    <FormField label={label} hint={hint}>
      {(control) => (
        <input
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...control}
          {...input}
          aria-describedby={
            [control['aria-describedby'], input['aria-describedby']].filter(Boolean).join(' ') || undefined
          }
        />
      )}
    </FormField>
  );
}
