import type { Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { createSignedInUser } from './support/accounts';
import { waitForClient, waitForClientPage } from './support/browser';
import { submitProposal, themeIds, vote } from './support/proposals';
import type { TestApp } from './support/test-app';
import { startWebApp, type WebApp } from './support/web-app';

/** How far (px) an item's heading may move when the client's page replaces the server's. */
const TOLERANCE = 3;

/**
 * The next review of the first item: late in the evening by UTC, which is already the next day in
 * the Netherlands (and in New Zealand, where the second browser below pretends to be).
 */
const NEXT_REVIEW = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 9, 23, 30));

/**
 * The server's HTML of a published list (apps/api/src/web/list-page-html.ts), which the web client
 * keeps for a visitor, and the page the client renders over it when needed: each item in the same
 * place, so that nothing moves when it is replaced; and the server's page paints with its
 * stylesheet inline, which the client keeps when it goes on.
 */
describe('the server-rendered list page in a browser', () => {
  let web: WebApp | undefined;
  let t: TestApp;
  let base: string;
  /** The list's items, in order. */
  let itemIds: string[];

  beforeAll(async () => {
    const started = await startWebApp('e2e_prerendered_layout_web');
    web = started;
    ({ t, base } = started);
    const author = await createSignedInUser(t, [], 'Ineke Smit');
    const editor = await createSignedInUser(t, [Role.EDITOR, Role.LIAISON], 'Redacteur Ruud');
    const voter = await createSignedInUser(t, [], 'Victor Visser');
    const themeId = Object.values(await themeIds(t))[0]!;
    const suggestion = async (title: string) => (await submitProposal(t, author, { title, themeId })).id;
    const [bank, loket, regels] = [
      await suggestion('Start een nationale ontwikkelingsbank'),
      await suggestion('Eén loket voor alle vergunningen'),
      await suggestion('Minder regels voor kleine bouwprojecten'),
    ];
    expect((await vote(t, voter, bank, 'UP')).errors).toBeUndefined();
    const created = await t.gql<{ createCuratedList: { id: string } }>(
      'mutation { createCuratedList(input: { title: "Vijf geboden", slug: "vijf-geboden", addressee: "Minister van Economische Zaken", description: "Wat ondernemers **nu** vragen.", language: nl }) { id } }',
      {},
      { token: editor.accessToken },
    );
    const id = created.data!.createCuratedList.id;
    const items = [
      { title: 'Een ontwikkelingsbank voor het MKB', body: 'Geld voor *groei*.', proposalIds: [bank, loket] },
      { title: 'Eén loket', body: '- vergunningen\n- subsidies', proposalIds: [loket] },
      { title: 'Kennis vergaren', body: 'Zonder gekoppelde suggestie.', proposalIds: [] },
      { title: 'Minder regels', body: 'Voor kleine projecten.', proposalIds: [regels] },
    ];
    await t.gql(
      'mutation ($id: ID!, $items: [CuratedListItemInput!]!) { updateCuratedListDraft(id: $id, input: { items: $items }) { id } }',
      { id, items },
      { token: editor.accessToken },
    );
    const published = await t.gql<{ publishCuratedList: { items: { id: string }[] } }>(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { items { id } } }',
      { id },
      { token: editor.accessToken },
    );
    itemIds = published.data!.publishCuratedList.items.map((item) => item.id);
    const recorded = await t.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress } }',
      {
        input: {
          itemId: itemIds[0],
          statusKey: 'in-talks',
          progress: 30,
          note: 'Eerste **gesprek** gevoerd.',
          link: 'https://example.org/kamerbrief',
          nextReviewAt: NEXT_REVIEW.toISOString(),
        },
      },
      { token: editor.accessToken },
    );
    expect(recorded.errors).toBeUndefined();
    const commented = await t.gql(
      'mutation ($id: ID!) { addComment(input: { targetId: $id, body: "Wanneer hoort de Kamer hierover?", alignment: NEUTRAL }) { id } }',
      { id: itemIds[1] },
      { token: voter.accessToken },
    );
    expect(commented.errors).toBeUndefined();
  });

  afterAll(() => web?.close());

  /** The list page `width` px wide, with or without script, and the stylesheets it requested. */
  const open = async (width: number, javaScriptEnabled: boolean, timezoneId?: string) => {
    const context = await web!.browser.newContext({
      viewport: { width, height: 800 },
      javaScriptEnabled,
      timezoneId,
    });
    const page = await context.newPage();
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    await page.goto(`${base}/lijsten/vijf-geboden`);
    return { page, stylesheets };
  };

  /** Opens the last item's discussion: the client renders the page itself, and waits until it has. */
  const openLastDiscussion = async (page: Page) => {
    await page.locator('#punt-4 > details[id^="reacties-"] > summary').click();
    await waitForClientPage(page);
  };

  /** The top of each item's heading on the page (wherever it is scrolled to). */
  const headingTops = async (page: Page): Promise<number[]> => {
    const scrolled = await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);
    const tops: number[] = [];
    for (const heading of await page.locator('article ol > li.card > h2').all()) {
      tops.push((await heading.boundingBox())!.y + scrolled);
    }
    return tops;
  };

  it.each([412, 1280])(
    'puts every item where the client puts it, %i px wide',
    async (width) => {
      const server = await open(width, false);
      await server.page.screenshot({ path: `test/artifacts/list-server-${width}.png`, fullPage: true });
      const before = await headingTops(server.page);
      await server.page.context().close();

      const client = await open(width, true);
      await waitForClient(client.page);
      await openLastDiscussion(client.page);
      await client.page.getByRole('heading', { name: 'Minder regels' }).waitFor();
      await client.page.screenshot({ path: `test/artifacts/list-client-${width}.png`, fullPage: true });
      const after = await headingTops(client.page);
      expect(after).toHaveLength(4);
      expect(before).toHaveLength(4);
      const moved = after.map((top, index) => Math.round(top - before[index]!));
      expect(moved.filter((distance) => Math.abs(distance) > TOLERANCE)).toEqual([]);
      // Painted with the stylesheet inline: the first paint waits for no other request.
      expect(server.stylesheets).toEqual([]);
      await client.page.context().close();
    },
    120_000,
  );

  it('keeps the styles when the client opens a discussion and goes to another page', async () => {
    const { page, stylesheets } = await open(1280, true);
    await waitForClient(page);
    // The discussion's code is a chunk of its own that names the stylesheet among its dependencies.
    await page.getByText('Discussie (1 reactie)').click();
    await page.getByText('Wanneer hoort de Kamer hierover?').waitFor();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Suggesties' })
      .click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Vijf geboden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/suggesties');
    // The site's accent colour (--color-accent), from the stylesheet, not the browser's default.
    expect(
      await page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor"),
    ).toBe('rgb(21, 66, 115)');
    expect(stylesheets).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('dates the follow-up alike on the server and in a browser in another time zone', async () => {
    const nextReview = (page: Page) =>
      page.locator('article ol > li.card').first().getByText('Volgende controle:').textContent();
    const server = await open(1280, false, 'Pacific/Auckland');
    const printed = await nextReview(server.page);
    await server.page.context().close();
    const client = await open(1280, true, 'Pacific/Auckland');
    await waitForClient(client.page);
    await openLastDiscussion(client.page);
    await client.page.getByRole('heading', { name: 'Minder regels' }).waitFor();
    // The Dutch day of 23:30 UTC on 9 March is the 10th, on the server (in UTC) and in the browser.
    const day = `10 maart ${NEXT_REVIEW.getUTCFullYear()}`;
    expect(printed).toBe(`Volgende controle: ${day}`);
    expect(await nextReview(client.page)).toBe(`Volgende controle: ${day}`);
    await client.page.context().close();
  }, 120_000);

  it('keeps a fold the reader opened before the script ran open when the client takes over', async () => {
    const context = await web!.browser.newContext({ viewport: { width: 412, height: 800 } });
    const page = await context.newPage();
    // The page's script waits until the reader has opened the first item's timeline.
    let release = () => {};
    const opened = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await opened;
      await route.continue();
    });
    // Not awaiting the load: a module script holds DOMContentLoaded back.
    await page.goto(`${base}/lijsten/vijf-geboden`, { waitUntil: 'commit' });
    const timeline = page.locator('#punt-1 > details').filter({ hasText: 'Verloop' });
    await timeline.locator('summary').click();
    expect(await timeline.getAttribute('open')).not.toBeNull();
    release();
    await waitForClient(page);
    await openLastDiscussion(page);
    await page.getByRole('heading', { name: 'Minder regels' }).waitFor();
    // The client's own element now (not the server's), and open.
    expect(await page.locator('[data-prerendered]').count()).toBe(0);
    expect(await timeline.getAttribute('open')).not.toBeNull();
    // The keyboard is where it was: on the discussion's fold, now the client's.
    expect(
      await page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: {
            activeElement: { textContent: string | null; closest(s: string): { id: string } | null };
          };
        };
        return [document.activeElement.closest('li')?.id, document.activeElement.textContent];
      }),
    ).toEqual(['punt-4', 'Discussie (0 reacties)']);
    await context.close();
  }, 120_000);

  it('keeps the server’s page for a visitor, its links going through the client', async () => {
    const { page } = await open(412, true);
    await waitForClient(page);
    // Given time to replace the page, the client leaves it: rendering the same text again would
    // block a phone's input for hundreds of milliseconds.
    await page.waitForTimeout(1_000);
    expect(await page.locator('.prerendered-host > [data-prerendered]').count()).toBe(1);
    // A link to another page of the client's goes through its router: no new document.
    await page.evaluate(() => {
      (globalThis as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.locator('#punt-1 details > summary', { hasText: 'Onderliggende suggesties' }).click();
    await page.getByRole('link', { name: 'Start een nationale ontwikkelingsbank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start een nationale ontwikkelingsbank' }).waitFor();
    expect(
      await page.evaluate(() => (globalThis as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    // Back on the list, the client renders it itself: the server's copy of it would be out of date.
    await page.goBack();
    await page.getByRole('heading', { name: 'Minder regels' }).waitFor();
    expect(await page.locator('[data-prerendered]').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('renders the page itself, the discussion open, for a link to an item’s discussion', async () => {
    const context = await web!.browser.newContext({ viewport: { width: 412, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/lijsten/vijf-geboden#reacties-${itemIds[1]}`);
    await waitForClientPage(page);
    await page.getByText('Wanneer hoort de Kamer hierover?').waitFor();
    await context.close();
  }, 120_000);

  it('renders the page itself for a reader who chose another language than the list’s', async () => {
    const context = await web!.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('language', 'en');
    });
    const page = await context.newPage();
    await page.goto(`${base}/lijsten/vijf-geboden`);
    await waitForClientPage(page);
    await page.locator('#punt-1').getByText('Timeline', { exact: true }).waitFor();
    await context.close();
  }, 120_000);
});
