import type { FieldControlProps } from '../components';
import { useLimits } from '../limits';

/** A reason to withdraw, flag or hide a suggestion or comment, within the API's limits. */
export function ReasonInput({
  value,
  onChange,
  autoFocus = false,
  control,
}: {
  value: string;
  onChange: (value: string) => void;
  /** For a form the reader just opened: typing starts in it. */
  autoFocus?: boolean;
  /** The id and descriptions a FormField gives its control. */
  control?: FieldControlProps;
}) {
  const limits = useLimits();
  return (
    <input
      required
      minLength={limits?.reason.min}
      maxLength={limits?.reason.max}
      value={value}
      autoFocus={autoFocus}
      onChange={(e) => onChange(e.target.value)}
      {...control}
    />
  );
}
