import type { Page } from 'playwright-core';
import { seedStatistics, STATISTICS_QUERY, type StatisticsAnswer } from './support/statistics';
import { waitForClient } from './support/browser';
import {
  seriousAxeViolations,
  sidewaysOverflow,
  sidewaysScrollingBoxes,
  startWebApp,
  type WebApp,
} from './support/web-app';

/** The rows of the table with this caption: header cell, then the numbers (digits only). */
async function tableRows(page: Page, caption: string | RegExp): Promise<[string, ...number[]][]> {
  const table = page.getByRole('table', { name: caption });
  const rows: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) {
    rows.push(await row.locator('th, td').allTextContents());
  }
  return rows.map(([head = '', ...cells]) => [head, ...cells.map((cell) => Number(cell.replace(/\D/g, '')))]);
}

/** Opens every "Toon als tabel" on the page that is still closed. */
async function showTables(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary', { hasText: 'Toon als tabel' });
  while ((await closed.count()) > 0) {
    await closed.first().click();
  }
}

/** The statistics page and the list page's follow-up chart in Chromium, against the real API. */
describe('statistics in a browser', () => {
  let web: WebApp;
  let listSlug: string;
  let answer: StatisticsAnswer['statistics'];

  beforeAll(async () => {
    web = await startWebApp('e2e_statistics_web');
    ({ listSlug } = await seedStatistics(web.t));
    answer = (await web.t.gql<StatisticsAnswer>(STATISTICS_QUERY)).data!.statistics;
  });

  afterAll(() => web.close());

  /** A page in a context of its own, which axe needs to finish its run. */
  const open = async (path: string, width = 1000): Promise<Page> => {
    const context = await web.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${web.base}${path}`);
    return page;
  };

  it('shows the figures the API gives as charts and tables, and loads the charts only there', async () => {
    const chartRequests: string[] = [];
    const page = await open('/');
    page.on('request', (request) => {
      if (/BarChart|StatisticsCharts/.test(request.url())) chartRequests.push(request.url());
    });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('link', { name: 'Statistieken' }).first().click();
    await page.getByRole('heading', { name: 'Statistieken', level: 1 }).waitFor();
    expect(await page.title()).toMatch(/^Statistieken/);
    // Recharts came with the statistics page, not with the home page before it.
    await page.locator('.stat-chart svg').first().waitFor();
    expect(chartRequests.length).toBeGreaterThan(0);

    await page
      .getByText('In de laatste 1 weken')
      .or(page.getByText('Deze week: 3 suggesties, 6 stemmen en 8 nieuwe leden.'))
      .first()
      .waitFor();
    await showTables(page);
    const [week] = answer.participation;
    expect(await tableRows(page, 'Nieuwe suggesties, stemmen en nieuwe leden per week')).toEqual([
      [
        expect.stringContaining(`Week ${Number(week!.week.slice(6))}`),
        week!.suggestions,
        week!.votes,
        week!.members,
      ],
    ]);
    expect(await tableRows(page, /per thema/)).toEqual(
      answer.themes.map((support) => [
        support.theme.name,
        support.suggestions,
        support.upvotes,
        support.downvotes,
      ]),
    );
    const [list] = answer.lists;
    expect(await tableRows(page, new RegExp(`Punten per status in „${list!.title}”`))).toEqual(
      list!.statuses.map((count) => [count.status.name, count.items]),
    );
    await page.getByText('De meeste steun: Menselijk talent, met 4 stemmen voor.').waitFor();
    await page.getByText('1 punt, gemiddeld 0% voortgang.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'punt 1: In gesprek' }).waitFor();
    // The drawings are hidden from screen readers: the tables and sentences carry the numbers.
    expect(await page.locator('.stat-chart[aria-hidden="true"]').count()).toBe(5);
    expect(await page.locator('.stat-chart:not([aria-hidden="true"])').count()).toBe(0);
    expect(await seriousAxeViolations(page, 'statistics')).toEqual([]);
    await page.screenshot({ path: 'test/artifacts/statistics-desktop.png', fullPage: true });
    await page.context().close();
  }, 120_000);

  it('fits a phone and can be used by keyboard', async () => {
    const page = await open('/statistieken', 375);
    await page.locator('.stat-chart svg').first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const summary = page.getByText('Toon als tabel', { exact: true }).first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Nieuwe suggesties, stemmen en nieuwe leden per week' }).waitFor();
    await showTables(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // No table scrolls sideways inside its own box either: each fits the phone's width.
    expect(await sidewaysScrollingBoxes(page, '.stat-table, .stat-table table')).toEqual([]);
    expect(await seriousAxeViolations(page, 'statistics phone')).toEqual([]);
    await page.screenshot({ path: 'test/artifacts/statistics-phone.png', fullPage: true });
    await page.context().close();
  }, 120_000);

  it.each([
    [1000, 'desktop'],
    [375, 'phone'],
  ] as const)(
    "shows the list's follow-up in figures on the list page (%i px)",
    async (width, name) => {
      const page = await open(`/lijsten/${listSlug}`, width);
      // The figures load when the reader scrolls down to them, below the items.
      await page.getByRole('heading', { name: 'Versies' }).waitFor();
      // The client draws the chart into the server's page, which it keeps for a visitor.
      await waitForClient(page);
      await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
      await page.getByRole('heading', { name: 'Opvolging in cijfers' }).waitFor();
      await page.locator('.stat-chart svg').waitFor();
      await showTables(page);
      expect(await tableRows(page, /Punten per status/)).toEqual(
        answer.lists[0]!.statuses.map((count) => [count.status.name, count.items]),
      );
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page, `list ${name}`)).toEqual([]);
      await page.screenshot({ path: `test/artifacts/statistics-list-${name}.png`, fullPage: true });
      await page.context().close();
    },
    120_000,
  );
});
