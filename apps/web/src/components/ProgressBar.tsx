/** A labelled bar of `value` out of `max` (a native progress element, so it is read out as one). */
export function ProgressBar({
  value,
  max = 100,
  label,
  text,
}: {
  value: number;
  max?: number;
  label: string;
  text?: string;
}) {
  return (
    <span className="progress-bar">
      <progress max={max} value={value} aria-label={label} />
      {text && <span className="progress-text">{text}</span>}
    </span>
  );
}
