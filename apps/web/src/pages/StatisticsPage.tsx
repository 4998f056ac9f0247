import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatNumber } from '../format';
import { graphql } from '../gql';
import { currentLanguage } from '../i18n';
import { usePageTitle } from '../notice';
import { FollowUpStatistics } from './FollowUpStatistics';
import { Status } from './Status';

const WeeklyBars = lazy(() =>
  import('./StatisticsCharts').then(({ WeeklyBars }) => ({ default: WeeklyBars })),
);
const ThemeSupportChart = lazy(() =>
  import('./StatisticsCharts').then(({ ForAgainstChart }) => ({ default: ForAgainstChart })),
);

const STATISTICS = graphql(`
  query Statistics {
    statistics {
      generatedAt
      participation {
        week
        monday
        suggestions
        votes
        members
      }
      themes {
        theme {
          id
          name
        }
        suggestions
        upvotes
        downvotes
      }
      lists {
        ...ListFollowUpFields
      }
    }
  }
`);

const SERIES = [
  { key: 'suggestions', colourToken: '--chart-suggestions' },
  { key: 'votes', colourToken: '--chart-votes' },
  { key: 'members', colourToken: '--chart-members' },
] as const;

/** "49" of "2026-W49". */
function weekNumber(week: string): string {
  return String(Number(week.slice(week.indexOf('W') + 1)));
}

/** The public figures: participation per week, support per theme, follow-up per list. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.title'));
  const [{ data, fetching, error }] = useQuery({ query: STATISTICS });
  const language = currentLanguage();
  const statistics = data?.statistics;
  if (!statistics) {
    return (
      <>
        <h1>{t('statistics.title')}</h1>
        <Status fetching={fetching} error={error} />
      </>
    );
  }
  const weeks = statistics.participation;
  const total = (key: (typeof SERIES)[number]['key']) => weeks.reduce((sum, week) => sum + week[key], 0);
  const themes = [...statistics.themes].sort((a, b) => b.upvotes - a.upvotes);
  const [mostSupported] = themes;
  return (
    <>
      <h1>{t('statistics.title')}</h1>
      <p>{t('statistics.intro')}</p>
      <p className="meta">
        {t('statistics.generatedAt', { date: formatDate(statistics.generatedAt, language) })}
      </p>

      <section aria-labelledby="participation" className="stat-section">
        <h2 id="participation">{t('statistics.participation.title')}</h2>
        <p>
          {t('statistics.participation.summary', {
            count: weeks.length,
            suggestions: t('statistics.counts.suggestions', { count: total('suggestions') }),
            votes: t('statistics.counts.votes', { count: total('votes') }),
            members: t('statistics.counts.members', { count: total('members') }),
          })}
        </p>
        <div className="stat-grid">
          {SERIES.map((series) => (
            <figure key={series.key}>
              <figcaption>{t(`statistics.participation.${series.key}`)}</figcaption>
              <Suspense fallback={null}>
                <WeeklyBars
                  name={t(`statistics.participation.${series.key}`)}
                  colourToken={series.colourToken}
                  data={weeks.map((week) => ({ label: weekNumber(week.week), value: week[series.key] }))}
                />
              </Suspense>
            </figure>
          ))}
        </div>
        <details className="stat-table">
          <summary>{t('statistics.showTable')}</summary>
          <table className="stacks-narrow">
            <caption>{t('statistics.participation.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.participation.week')}</th>
                {SERIES.map((series) => (
                  <th scope="col" key={series.key}>
                    {t(`statistics.participation.${series.key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.week}>
                  <th scope="row">
                    {t('statistics.participation.weekOf', {
                      week: weekNumber(week.week),
                      date: formatDate(week.monday, language),
                    })}
                  </th>
                  {SERIES.map((series) => (
                    <td key={series.key} data-label={t(`statistics.participation.${series.key}`)}>
                      {formatNumber(week[series.key], language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="theme-support" className="stat-section">
        <h2 id="theme-support">{t('statistics.themes.title')}</h2>
        <p>
          {mostSupported && mostSupported.upvotes > 0
            ? t('statistics.themes.summary', {
                theme: mostSupported.theme.name,
                votes: t('statistics.counts.votes', { count: mostSupported.upvotes }),
              })
            : t('statistics.themes.none')}
        </p>
        <Suspense fallback={null}>
          <ThemeSupportChart
            upLabel={t('statistics.themes.up')}
            downLabel={t('statistics.themes.down')}
            rows={statistics.themes.map((support) => ({
              name: support.theme.name,
              up: support.upvotes,
              down: support.downvotes,
            }))}
          />
        </Suspense>
        <details className="stat-table">
          <summary>{t('statistics.showTable')}</summary>
          <table className="stacks-narrow">
            <caption>{t('statistics.themes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.themes.theme')}</th>
                <th scope="col">{t('statistics.themes.suggestions')}</th>
                <th scope="col">{t('statistics.themes.up')}</th>
                <th scope="col">{t('statistics.themes.down')}</th>
              </tr>
            </thead>
            <tbody>
              {statistics.themes.map((support) => (
                <tr key={support.theme.id}>
                  <th scope="row">{support.theme.name}</th>
                  <td data-label={t('statistics.themes.suggestions')}>
                    {formatNumber(support.suggestions, language)}
                  </td>
                  <td data-label={t('statistics.themes.up')}>{formatNumber(support.upvotes, language)}</td>
                  <td data-label={t('statistics.themes.down')}>
                    {formatNumber(support.downvotes, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="list-follow-up" className="stat-section">
        <h2 id="list-follow-up">{t('statistics.lists.title')}</h2>
        {statistics.lists.length === 0 && <p>{t('statistics.lists.none')}</p>}
        {statistics.lists.map((list) => (
          <div key={list.slug}>
            <FollowUpStatistics list={list} heading={list.title} headingLevel={3} />
            <p>
              <Link to={`/lijsten/${list.slug}`}>{t('statistics.lists.open', { title: list.title })}</Link>
            </p>
          </div>
        ))}
      </section>
    </>
  );
}
