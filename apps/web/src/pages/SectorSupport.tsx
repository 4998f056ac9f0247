import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { type SectorName, sectorRows, type SectorSupport as Support } from '../sectors';

const SectorChart = lazy(() =>
  import('./StatisticsCharts').then(({ ForAgainstChart }) => ({ default: ForAgainstChart })),
);

/** Support for a suggestion per sector: a chart, and the same numbers as a table for screen readers. */
export function SectorSupport({
  support,
  sectors,
}: {
  support: readonly Support[];
  sectors: readonly SectorName[];
}) {
  const { t } = useTranslation();
  const rows = sectorRows(support, sectors);
  return (
    <section aria-labelledby="sector-support">
      <h2 id="sector-support">{t('sectorSupport.title')}</h2>
      {rows.length === 0 ? (
        <p className="meta">{t('sectorSupport.none')}</p>
      ) : (
        <>
          <Suspense fallback={null}>
            <div className="sector-chart">
              <SectorChart rows={rows} upLabel={t('sectorSupport.up')} downLabel={t('sectorSupport.down')} />
            </div>
          </Suspense>
          <table className="visually-hidden">
            <caption>{t('sectorSupport.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sectorSupport.sector')}</th>
                <th scope="col">{t('sectorSupport.up')}</th>
                <th scope="col">{t('sectorSupport.down')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.slug}>
                  <th scope="row">{row.name}</th>
                  <td>{row.up}</td>
                  <td>{row.down}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
