import type { Page } from 'playwright-core';
import { formatMoment } from '@app/core';
import { ProposalsService } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { signIn } from './support/browser';
import { submitProposal, vote } from './support/proposals';
import { seriousAxeViolations, startWebApp, type WebApp } from './support/web-app';

/** More suggestions than the API gives in one page (50), three in four in the first theme. */
const SEEDED = 64;
const APP_NAME = 'Kabinet van Vernieuwing';

/**
 * The little of the page's window these checks read. The tests compile without the DOM's types, and
 * the page's CSP forbids evaluating strings, so the checks are functions over this type.
 */
interface PageWindow {
  document: {
    title: string;
    documentElement: { lang: string };
    querySelectorAll(selector: string): { length: number };
  };
  scrollY: number;
  getComputedStyle(element: unknown): { backgroundColor: string };
}

/** Browsing suggestions: the list's cards, paging and address, the suggestion page, titles and language. */
describe('browsing suggestions in a browser', () => {
  let web: WebApp;
  let author: SignedInUser;
  let voter: SignedInUser;
  let finance: { id: string; slug: string; name: string };
  let financeCount = 0;
  /** A suggestion of `author` with one vote in favour and its unique title word. */
  let voted: { id: string; title: string };

  beforeAll(async () => {
    web = await startWebApp('e2e_browse');
    author = await createSignedInUser(web.t, [], 'Greetje Bos');
    voter = await createSignedInUser(web.t, [], 'Kees Visser');
    const themes = await web.t.gql<{ themes: { id: string; slug: string; name: string }[] }>(
      '{ themes { id slug name } }',
    );
    const [first, second] = themes.data!.themes;
    finance = first!;
    // Through the service: the API allows an author only a few suggestions a minute.
    const proposals = web.t.app.get(ProposalsService);
    for (let index = 0; index < SEEDED; index += 1) {
      const theme = index % 4 === 0 ? second! : finance;
      if (theme === finance) financeCount += 1;
      await proposals.submit(author.user, {
        title: `Voorstel nummer ${index + 1} over ondernemen`,
        body: 'Een uitgewerkt voorstel van een ondernemer voor de overheid.',
        themeId: theme.id,
        language: 'nl',
      });
    }
    const proposal = await submitProposal(web.t, author, {
      title: 'Een loket voor alle vergunningen',
      themeId: second!.id,
    });
    await vote(web.t, voter, proposal.id, 'UP');
    voted = { id: proposal.id, title: proposal.title };
  }, 180_000);

  afterAll(async () => {
    await web.close();
  }, 300_000);

  /** A page in a context of its own (axe needs one). */
  const open = async (path: string, width = 1000): Promise<Page> => {
    const context = await web.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${web.base}${path}`);
    return page;
  };

  /** The suggestions list, reached through the menu wherever it lives. */
  const openList = async (width = 1000): Promise<Page> => {
    const page = await open('/', width);
    // The header renders after the load event (the translations come first): wait for it before
    // asking whether the menu is folded behind its button (at phone width).
    await page.locator('header.site-header').waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('navigation').getByRole('link', { name: 'Suggesties', exact: true }).click();
    await page.getByRole('heading', { name: 'Suggesties van ondernemers' }).waitFor();
    await page.locator('.proposal-cards > li.card').first().waitFor();
    return page;
  };
  const cards = (page: Page) => page.locator('.proposal-cards > li.card');
  /** Waits until the list shows `count` cards. */
  const showing = (page: Page, count: number) =>
    page.waitForFunction(
      (expected) =>
        (globalThis as unknown as PageWindow).document.querySelectorAll('.proposal-cards > li.card')
          .length === expected,
      count,
    );
  const titled = (page: Page, title: string) =>
    page.waitForFunction(
      (expected) => (globalThis as unknown as PageWindow).document.title === expected,
      title,
    );

  it('marks the chosen vote as chosen, follows after voting, and offers no votes on your own suggestion', async () => {
    const other = await submitProposal(web.t, author, {
      title: 'Minder regels voor kleine bakkers',
      themeId: finance.id,
    });
    const page = await open('/');
    await signIn(page, web.base, voter.user.email);
    await page.goto(`${web.base}/voorstel/${other.id}`);
    const up = page.getByRole('button', { name: 'Voor', exact: true });
    const down = page.getByRole('button', { name: 'Tegen', exact: true });
    await page.getByRole('button', { name: 'Volgen', exact: true }).waitFor();
    await up.click();
    await page.locator('button[aria-pressed="true"]', { hasText: 'Voor' }).waitFor();
    expect(await down.getAttribute('aria-pressed')).toBe('false');
    // Chosen is filled (the accent colour), not chosen is white: before, it was the other way
    // round. The pointer leaves first: hovering changes a button's colour.
    await page.mouse.move(0, 0);
    const background = async (button: typeof up) =>
      button.evaluate(
        (element) => (globalThis as unknown as PageWindow).getComputedStyle(element).backgroundColor,
      );
    expect(await background(up)).toBe('rgb(21, 66, 115)');
    expect(await background(down)).toBe('rgb(255, 255, 255)');
    // Voting follows the suggestion; the page says so without a reload.
    await page.getByRole('button', { name: 'Niet meer volgen' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: 'test/artifacts/browse-voted-desktop.png' });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: 'test/artifacts/browse-voted-phone.png' });
    expect(await seriousAxeViolations(page, 'voted')).toEqual([]);

    const own = await open('/');
    await signIn(own, web.base, author.user.email);
    await own.goto(`${web.base}/voorstel/${other.id}`);
    await own.getByText('Dit is je eigen suggestie').waitFor();
    expect(await own.getByRole('button', { name: 'Voor', exact: true }).count()).toBe(0);
    expect(await own.getByRole('button', { name: 'Tegen', exact: true }).count()).toBe(0);
    await page.close();
    await own.close();
  }, 300_000);

  it('pages with cursors past 50 and says how many there are', async () => {
    const page = await openList();
    const total = await web.t.gql<{ proposals: { totalCount: number } }>('{ proposals { totalCount } }');
    const count = total.data!.proposals.totalCount;
    expect(count).toBeGreaterThan(60);
    await page.getByText(`${count} suggesties`).first().waitFor();
    expect(await cards(page).count()).toBe(20);
    const more = page.getByRole('button', { name: 'Meer laden' });
    for (const shown of [40, 60]) {
      await more.click();
      await showing(page, shown);
    }
    await more.click();
    await showing(page, count);
    expect(await more.count()).toBe(0);
    const titles = await cards(page).locator('h2').allTextContents();
    expect(new Set(titles).size).toBe(count);
    await page.close();
  }, 300_000);

  it('keeps order, theme, search and pages in the address: Back, reload and a shared link show the same list', async () => {
    const page = await openList();
    const listPath = new URL(page.url()).pathname;
    await page.getByLabel('Volgorde').selectOption('NEWEST');
    await page.getByLabel('Thema').selectOption(finance.slug);
    await page.waitForURL(/thema=/);
    await page
      .getByText(`${financeCount + 1} suggesties`)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await showing(page, 40);
    const url = new URL(page.url());
    expect(url.pathname).toBe(listPath);
    expect(url.searchParams.get('volgorde')).toBe('NEWEST');
    expect(url.searchParams.get('thema')).toBe(finance.slug);
    expect(url.searchParams.get('paginas')).toBe('2');

    const last = cards(page).last();
    await last.scrollIntoViewIfNeeded();
    const scrolled = Number(await page.evaluate('window.scrollY'));
    expect(scrolled).toBeGreaterThan(200);
    await last.getByRole('link').click();
    await page.waitForURL(/\/voorstel\//);
    await page.goBack();
    await showing(page, 40);
    expect(await page.getByLabel('Volgorde').inputValue()).toBe('NEWEST');
    expect(await page.getByLabel('Thema').inputValue()).toBe(finance.slug);
    await page.waitForFunction(
      (y) => Math.abs((globalThis as unknown as PageWindow).scrollY - y) < 50,
      scrolled,
    );

    const shared = await open(`${url.pathname}${url.search}`);
    await showing(shared, 40);
    expect(await shared.getByLabel('Thema').inputValue()).toBe(finance.slug);
    const themes = await cards(shared).locator('.badge-accent').allTextContents();
    expect(new Set(themes)).toEqual(new Set([finance.name]));

    await shared.getByLabel('Zoeken').fill('vergunningen');
    await shared.getByLabel('Thema').selectOption('');
    await shared.waitForURL(/zoek=vergunningen/);
    await shared.reload();
    await shared.getByText('1 suggestie', { exact: true }).waitFor();
    expect(await shared.getByLabel('Zoeken').inputValue()).toBe('vergunningen');
    await page.close();
    await shared.close();
  }, 300_000);

  it('shows theme, date, support and comments on each card and the suggestion page, all in words', async () => {
    const page = await openList();
    await page.getByLabel('Zoeken').fill('vergunningen');
    const card = cards(page).filter({ hasText: voted.title });
    await card.waitFor();
    const today = formatMoment(new Date(), 'nl');
    await card.getByText(`ingediend op ${today}`).waitFor();
    await card.getByText('100% voor').waitFor();
    await card.getByText('1 voor, 0 tegen').waitFor();
    await card.getByText('Nog geen reacties').waitFor();
    expect(await card.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await page.getByLabel('Zoeken').fill('');
    await cards(page).nth(5).waitFor();
    await page.screenshot({ path: 'test/artifacts/browse-list-desktop.png' });
    expect(await seriousAxeViolations(page, 'list')).toEqual([]);
    await page.close();

    const phone = await openList(375);
    await phone.screenshot({ path: 'test/artifacts/browse-list-phone.png' });
    await phone.close();

    const proposal = await open(`/voorstel/${voted.id}`);
    await proposal.getByRole('heading', { name: voted.title }).waitFor();
    await proposal.getByText(`ingediend op ${today}`).waitFor();
    await proposal.getByText('100% voor').waitFor();
    await proposal.getByText('Live bijgewerkt').waitFor({ timeout: 10_000 });
    await proposal.screenshot({ path: 'test/artifacts/browse-proposal-desktop.png' });
    expect(await seriousAxeViolations(proposal, 'proposal')).toEqual([]);
    await proposal.setViewportSize({ width: 375, height: 800 });
    await proposal.screenshot({ path: 'test/artifacts/browse-proposal-phone.png' });
    await proposal.close();
  }, 300_000);

  it('titles every page after itself and sets <html lang> to the chosen language', async () => {
    const page = await openList();
    await titled(page, `Suggesties van ondernemers — ${APP_NAME}`);
    await page.goto(`${web.base}/voorstel/${voted.id}`);
    await titled(page, `${voted.title} — ${APP_NAME}`);
    await page.goto(`${web.base}/lijsten`);
    await titled(page, `Lijsten voor de overheid — ${APP_NAME}`);
    expect(await page.evaluate('document.documentElement.lang')).toBe('nl');

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(
      () => (globalThis as unknown as PageWindow).document.documentElement.lang === 'en',
    );
    await titled(page, 'Lists for government — Cabinet of Renewal');
    // The choice is remembered: a new start shows English and says so to the browser.
    await page.reload();
    await page.getByRole('button', { name: 'Nederlands' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    // Counts take English's plural rules too: one "suggestion", many "suggestions".
    await page.goto(`${web.base}/suggesties?zoek=vergunningen`);
    await page.getByText('1 suggestion', { exact: true }).first().waitFor();
    await titled(page, 'Suggestions from entrepreneurs — Cabinet of Renewal');
    await page.goto(`${web.base}/suggesties`);
    await page
      .getByText(/\d+ suggestions/)
      .first()
      .waitFor();
    await page.close();
  }, 300_000);
});
