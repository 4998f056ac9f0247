import type { InputHTMLAttributes } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

/** A labelled text input (required unless told) that reports its value as a string. */
export function Field({
  label,
  value,
  onChange,
  required = true,
  ...input
}: InputProps & { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <input required={required} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
    </label>
  );
}
