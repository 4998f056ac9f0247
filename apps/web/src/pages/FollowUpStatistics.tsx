import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../format';
import { graphql } from '../gql';
import type { ListFollowUpFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';

const FollowUpStatusChart = lazy(() =>
  import('./StatisticsCharts').then(({ FollowUpStatusChart }) => ({ default: FollowUpStatusChart })),
);

/** What the statistics page and a list page ask of a list's follow-up figures. */
graphql(`
  fragment ListFollowUpFields on ListFollowUpStatistics {
    slug
    title
    version
    items
    averageProgress
    statuses {
      items
      status {
        key
        name
        color
      }
    }
    timeline {
      at
      itemPosition
      status {
        key
        name
        color
      }
    }
  }
`);

export type ListFollowUp = ListFollowUpFieldsFragment;

/**
 * One list's follow-up: a sentence, items per status (a chart, and a table under "Show as table")
 * and the timeline of its follow-up events. `headingLevel` fits it under the page's headings.
 */
export function FollowUpStatistics({
  list,
  heading,
  headingLevel,
}: {
  list: ListFollowUp;
  heading: string;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const headingId = `follow-up-${list.slug}`;
  const rows = list.statuses.map(({ status, items }) => ({ name: status.name, colour: status.color, items }));
  return (
    <section aria-labelledby={headingId} className="stat-section">
      <Heading id={headingId}>{heading}</Heading>
      <p>
        {t('statistics.lists.summary', {
          items: t('statistics.counts.items', { count: list.items }),
          progress: formatNumber(Math.round(list.averageProgress), language),
        })}
      </p>
      <Suspense fallback={null}>
        <FollowUpStatusChart rows={rows} itemsLabel={t('statistics.lists.items')} />
      </Suspense>
      <details className="stat-table">
        <summary>{t('statistics.showTable')}</summary>
        <table>
          <caption>{t('statistics.lists.caption', { title: list.title, version: list.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.lists.status')}</th>
              <th scope="col">{t('statistics.lists.items')}</th>
            </tr>
          </thead>
          <tbody>
            {list.statuses.map(({ status, items }) => (
              <tr key={status.key}>
                <th scope="row">{status.name}</th>
                <td>{formatNumber(items, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {list.timeline.length > 0 && (
        <>
          <SubHeading>{t('statistics.lists.timeline')}</SubHeading>
          <ol className="stat-timeline">
            {list.timeline.map((entry, index) => (
              <li key={index}>
                <time dateTime={entry.at}>{formatDate(entry.at, language)}</time>{' '}
                <span>
                  {t('statistics.lists.timelineEntry', {
                    position: entry.itemPosition,
                    status: entry.status.name,
                  })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
