import { useLimits } from '../limits';

/** A reason to withdraw, flag or hide a suggestion, within the API's limits. */
export function ReasonInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const limits = useLimits();
  return (
    <input
      required
      minLength={limits?.reason.min}
      maxLength={limits?.reason.max}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
