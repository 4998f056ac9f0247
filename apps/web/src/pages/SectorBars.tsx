import { useTranslation } from 'react-i18next';
import { type SectorName, sectorRows, type SectorSupport } from '../sectors';

/**
 * Support per sector as small bars (for and against, on one scale for the group) with the numbers
 * beside them: light enough for a list of many clusters, where a chart library would be heavy.
 */
export function SectorBars({
  support,
  sectors,
}: {
  support: readonly SectorSupport[];
  sectors: readonly SectorName[];
}) {
  const { t } = useTranslation();
  const rows = sectorRows(support, sectors);
  if (rows.length === 0) return <p className="meta">{t('sectorSupport.none')}</p>;
  const largest = Math.max(...rows.map((row) => Math.max(row.up, row.down)));
  const width = (count: number) => `${(100 * count) / largest}%`;
  return (
    <ul className="sector-bars" aria-label={t('sectorSupport.title')}>
      {rows.map((row) => (
        <li key={row.slug}>
          <span className="sector-name">{row.name}</span>
          <span className="sector-bar" aria-hidden="true">
            <span className="up" style={{ width: width(row.up) }} />
            <span className="down" style={{ width: width(row.down) }} />
          </span>
          <span className="votes">{t('proposal.votes', { up: row.up, down: row.down })}</span>
        </li>
      ))}
    </ul>
  );
}
