import { useTranslation } from 'react-i18next';

export interface FollowUpCounts {
  open: number;
  inProgress: number;
  done: number;
  declined: number;
}

const KINDS = ['done', 'inProgress', 'open', 'declined'] as const;

/**
 * How far the government is with a list: one bar in four shades (done first), and the counts in
 * words beside it, so that the bar is never the only way to read them.
 */
export function FollowUpSummary({ summary }: { summary: FollowUpCounts }) {
  const { t } = useTranslation();
  const total = KINDS.reduce((sum, kind) => sum + summary[kind], 0);
  return (
    <div className="follow-up-summary">
      {total > 0 && (
        <div className="follow-up-bar" aria-hidden="true">
          {KINDS.filter((kind) => summary[kind] > 0).map((kind) => (
            <span
              key={kind}
              className={`follow-up-${kind}`}
              style={{ width: `${(100 * summary[kind]) / total}%` }}
            />
          ))}
        </div>
      )}
      <ul className="follow-up-counts">
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className={`follow-up-swatch follow-up-${kind}`} aria-hidden="true" />
            {t(`design.followUp.${kind}`, { count: summary[kind] })}
          </li>
        ))}
      </ul>
    </div>
  );
}
