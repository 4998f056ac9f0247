import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { AuthService, Role, UsersService } from '@app/accounts';
import { createSignedInUser, type SignedInUser, TEST_PASSWORD } from './support/accounts';
import { launchBrowser, openStaffPage, signIn, signInHere } from './support/browser';
import { submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

interface Cluster {
  id: string;
  label: string;
  proposals: { id: string }[];
}

/** Hand-written suggestions: two concerns said in different words, and some on their own. */
const SICK_PAY = [
  {
    title: 'Loondoorbetaling bij ziekte terug naar één jaar',
    body: 'Twee jaar loon doorbetalen bij ziekte is voor een kleine ondernemer niet op te brengen. Eén jaar loondoorbetaling is genoeg; daarna neemt het UWV het over.',
  },
  {
    title: 'Zieke werknemer twee jaar doorbetalen is te zwaar',
    body: 'Als bakker met vier man personeel kan ik het loon van een zieke werknemer geen twee jaar doorbetalen. Verkort de loondoorbetaling bij ziekte.',
  },
  {
    title: 'Verkort de loondoorbetalingsplicht',
    body: 'De loondoorbetalingsplicht bij ziekte van twee jaar is het grootste risico voor kleine werkgevers om iemand aan te nemen. Maak het één jaar.',
  },
];
const REPAIRS = [
  {
    title: 'Verlaag de btw op reparaties',
    body: 'Repareren van fietsen, schoenen en kleding moet goedkoper dan nieuw kopen. Een laag btw-tarief op reparaties helpt reparateurs en het milieu.',
  },
  {
    title: 'Laag btw-tarief voor reparatie',
    body: 'Voor reparatie van apparaten en fietsen zou het lage btw-tarief moeten gelden, zodat repareren weer loont.',
  },
];
const LONERS = [
  {
    title: 'Een nationale ontwikkelingsbank voor het mkb',
    body: 'Banken lenen nauwelijks kleine bedragen aan starters. Een publieke bank kan dat gat vullen.',
  },
  {
    title: 'Snellere netaansluiting voor bedrijven',
    body: 'Wij wachten al drie jaar op een zwaardere aansluiting op het stroomnet. Geef bedrijven die willen verduurzamen voorrang.',
  },
];

/** The workbench, Help rank and the sector chart in Chromium, against the real API. */
describe('workbench, Help rank and support per sector in a browser', () => {
  let t: TestApp;
  let browser: Browser | undefined;
  let base: string;
  let editor: SignedInUser;
  let ranker: SignedInUser;
  let talentThemeId: string;
  const sickPayIds: string[] = [];

  const memberOfSector = async (sector: string, name: string): Promise<SignedInUser> => {
    const user = await t.app.get(UsersService).create({
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.nl`,
      password: TEST_PASSWORD,
      displayName: name,
      sector,
    });
    const session = await t.app.get(AuthService).startSession(user);
    return { user, accessToken: session.accessToken, refreshToken: session.refreshToken };
  };

  beforeAll(async () => {
    mkdirSync(join(__dirname, 'artifacts'), { recursive: true });
    t = await startTestApp('e2e_workbench_web');
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const themes = await themeIds(t);
    talentThemeId = themes.talent!;
    const author = await createSignedInUser(t, [], 'Indiener Ineke');
    for (const text of SICK_PAY) {
      sickPayIds.push((await submitProposal(t, author, { ...text, themeId: talentThemeId })).id);
    }
    for (const text of REPAIRS) await submitProposal(t, author, { ...text, themeId: themes.fairness! });
    await submitProposal(t, author, { ...LONERS[0]!, themeId: themes['finance-banking']! });
    await submitProposal(t, author, { ...LONERS[1]!, themeId: themes['energy-resources']! });

    const builder = await memberOfSector('bouw', 'Bouwer Bram');
    const cook = await memberOfSector('horeca', 'Kok Karin');
    const waiter = await memberOfSector('horeca', 'Ober Otto');
    await vote(t, builder, sickPayIds[0]!, 'UP');
    await vote(t, cook, sickPayIds[0]!, 'UP');
    await vote(t, waiter, sickPayIds[0]!, 'DOWN');
    await vote(t, cook, sickPayIds[1]!, 'UP');

    editor = await createSignedInUser(t, [Role.EDITOR], 'Redacteur Roos');
    const created = await t.gql(
      'mutation { createCuratedList(input: { title: "Tien geboden", slug: "tien-geboden", addressee: "Minister van Economische Zaken", language: nl }) { id } }',
      {},
      { token: editor.accessToken },
    );
    expect(created.errors).toBeUndefined();
    ranker = await createSignedInUser(t, [], 'Rangschikker Rik');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  const open = async (path: string, width = 1000): Promise<Page> => {
    const page = await browser!.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${base}${path}`);
    return page;
  };

  const overflow = async (page: Page): Promise<number> =>
    Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));

  const clusterOf = async (proposalId: string): Promise<Cluster> => {
    const response = await t.gql<{ proposalClusters: { clusters: Cluster[] } }>(
      '{ proposalClusters { clusters { id label proposals { id } } } }',
      {},
      { token: editor.accessToken },
    );
    expect(response.errors).toBeUndefined();
    const cluster = response.data!.proposalClusters.clusters.find((candidate) =>
      candidate.proposals.some((proposal) => proposal.id === proposalId),
    );
    if (!cluster) throw new Error(`no cluster holds ${proposalId}`);
    return cluster;
  };

  it('lets an editor make a draft item of a cluster, linking all its suggestions', async () => {
    const cluster = await clusterOf(sickPayIds[0]!);
    // The concern written three ways is recognised as one: at least two of them share the cluster.
    expect(
      sickPayIds.filter((id) => cluster.proposals.some((proposal) => proposal.id === id)).length,
    ).toBeGreaterThanOrEqual(2);

    const page = await open('/inloggen');
    await signInHere(page, editor.user.email);
    await openStaffPage(page, 'Redactie');
    await page.getByRole('link', { name: 'Werkbank: van suggesties naar punten' }).click();
    await page.getByRole('heading', { name: 'Werkbank', exact: true }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: cluster.label }) });
    await card.getByText('2 steunbetuigers').waitFor();
    await card.getByText(/De \d+ suggesties/).click();
    await card.getByRole('link', { name: SICK_PAY[0]!.title }).waitFor();
    await page.screenshot({ path: 'test/artifacts/workbench.png', fullPage: true });

    await card.getByRole('button', { name: /Maak een punt van deze groep/ }).click();
    expect(await card.getByLabel('Titel van het punt').inputValue()).toBe(cluster.label);
    expect(await card.getByLabel('Tekst van het punt (Markdown)').inputValue()).not.toBe('');
    await card.getByLabel('Titel van het punt').fill('Loondoorbetaling bij ziekte: één jaar');
    await card.getByRole('button', { name: 'Punt toevoegen' }).click();
    await card
      .getByRole('status')
      .filter({
        hasText: 'Punt „Loondoorbetaling bij ziekte: één jaar” staat in het concept van „Tien geboden”.',
      })
      .waitFor();
    await card.getByText('in concept', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Loondoorbetaling bij ziekte: één jaar' }).waitFor();
    await page.getByText(/Hoogste van zijn suggesties: eerst/).waitFor();

    const draft = await t.gql<{ curatedList: { items: { title: string; proposals: { id: string }[] }[] } }>(
      '{ curatedList(slug: "tien-geboden", draft: true) { items { title proposals { id } } } }',
      {},
      { token: editor.accessToken },
    );
    expect(draft.data?.curatedList.items).toHaveLength(1);
    const [item] = draft.data!.curatedList.items;
    expect(item!.title).toBe('Loondoorbetaling bij ziekte: één jaar');
    expect(item!.proposals.map((proposal) => proposal.id).sort()).toEqual(
      cluster.proposals.map((proposal) => proposal.id).sort(),
    );

    await page.getByLabel('Alleen groepen die nog niet in een concept staan').check();
    await page.getByRole('heading', { name: cluster.label }).waitFor({ state: 'detached' });

    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByLabel('Alleen groepen die nog niet in een concept staan').uncheck();
    await page.getByRole('heading', { name: cluster.label }).waitFor();
    await page.screenshot({ path: 'test/artifacts/workbench-phone.png', fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('sends an anonymous visitor of Help rank to sign in and back', async () => {
    const page = await open('/rangschikken');
    await page.getByRole('link', { name: 'Log in om mee te rangschikken.' }).click();
    await signInHere(page, ranker.user.email);
    await page.getByRole('heading', { name: 'Help rangschikken' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/rangschikken');
    await page.close();
  });

  it('lets a member answer pairs of a theme until none is left, and the API counts them', async () => {
    const member = await createSignedInUser(t, [], 'Kiezer Kim');
    const page = await open('/inloggen');
    await signInHere(page, member.user.email);
    await page.getByRole('link', { name: 'Help rangschikken' }).click();
    await page.getByLabel('Thema').selectOption({ label: 'Menselijk talent' });
    const first = page.getByRole('button', { name: /^Deze eerst/ });
    await first.first().waitFor();
    await page.screenshot({ path: 'test/artifacts/rank.png', fullPage: true });
    // Screen readers hear the count and which pair is now shown.
    expect(await page.getByRole('status').textContent()).toMatch(/0 keuzes gemaakt\. Nu: „.+” of „.+”\./);

    // Three suggestions in this theme make three pairs: one by button, one by key, one skipped.
    await first.first().click();
    await page.getByText('Je hebt deze sessie 1 keuze gemaakt.').waitFor();
    await first.first().waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText('Je hebt deze sessie 2 keuzes gemaakt.').waitFor();
    await page.getByRole('button', { name: 'Sla over' }).waitFor();
    await page.keyboard.press('s');
    await page.getByRole('heading', { name: 'Klaar!' }).waitFor();
    await page
      .getByText('Je hebt alle paren in dit thema gezien; dank je wel voor je 2 keuzes.', { exact: false })
      .waitFor();
    await page.screenshot({ path: 'test/artifacts/rank-done.png', fullPage: true });

    const next = await t.gql(
      'query ($themeId: ID) { nextPair(themeId: $themeId) { token } }',
      { themeId: talentThemeId },
      { token: member.accessToken },
    );
    expect(next.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const scores = await t.gql<{
      proposals: { edges: { node: { id: string; pairwiseScore: number | null } }[] };
    }>(
      'query ($themeId: ID) { proposals(filter: { themeId: $themeId }, first: 10) { edges { node { id pairwiseScore } } } }',
      { themeId: talentThemeId },
    );
    const values = scores.data!.proposals.edges.map(({ node }) => node.pairwiseScore ?? 50);
    expect(values.some((value) => value !== 50)).toBe(true);
    await page.close();
  });

  it('stacks the pair on a phone-width screen', async () => {
    const page = await open('/inloggen');
    await signInHere(page, ranker.user.email);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/rangschikken`);
    const buttons = page.getByRole('button', { name: /^Deze eerst/ });
    await buttons.first().waitFor();
    const [upper, lower] = await Promise.all([buttons.nth(0).boundingBox(), buttons.nth(1).boundingBox()]);
    expect(lower!.y).toBeGreaterThan(upper!.y);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test/artifacts/rank-phone.png', fullPage: true });
    // On a phone the language buttons sit in the folded menu.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Help rank' }).waitFor();
    // The pair is asked for again in the new language: wait for it before counting.
    const english = page.getByRole('button', { name: /^This one first/ });
    await english.first().waitFor();
    expect(await english.count()).toBe(2);
    await page.close();
  });

  it('shows support per sector as a chart with the numbers as a table', async () => {
    const page = await open(`/voorstel/${sickPayIds[0]!}`);
    await page.getByRole('heading', { name: 'Steun per sector' }).waitFor();
    const table = page.getByRole('table', { name: 'Stemmen voor en tegen per sector' });
    await table.waitFor({ state: 'attached' });
    const rows = await Promise.all(
      (await table.locator('tbody tr').all()).map((row) => row.locator('th, td').allTextContents()),
    );
    expect(rows).toEqual([
      ['Bouw', '1', '0'],
      ['Horeca', '1', '1'],
    ]);
    await page.locator('.sector-chart .recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: 'test/artifacts/sector-chart.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: 'test/artifacts/sector-chart-phone.png', fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${base}/voorstel/${sickPayIds[2]!}`);
    await page.getByText('Nog geen stemmen.').waitFor();
    expect(await page.locator('.sector-chart').count()).toBe(0);
    await page.close();
  });

  it('offers the consensus and pairwise orders with an explanation', async () => {
    const page = await open('/suggesties');
    await page.getByLabel('Volgorde').selectOption({ label: 'Breed gedragen' });
    await page.getByText('Gesteund in alle sectoren', { exact: false }).waitFor();
    await page.getByRole('link', { name: SICK_PAY[0]!.title }).waitFor();
    await page.getByLabel('Volgorde').selectOption({ label: 'Eerst naar de minister' });
    await page.getByRole('link', { name: SICK_PAY[0]!.title }).waitFor();
    await page.close();
  });

  it('has no serious or critical accessibility problems on the new pages (axe)', async () => {
    const context = await browser!.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const scan = async (path: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
      expect(serious).toEqual([]);
    };
    const check = async (path: string, ready: string) => {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: ready }).first().waitFor();
      await scan(path);
    };
    await check('/rangschikken', 'Help rangschikken');
    await signIn(page, base, editor.user.email);
    await page.goto(`${base}/voorstel/${sickPayIds[0]!}`);
    await page.locator('.sector-chart .recharts-bar-rectangle').first().waitFor();
    await scan('the sector chart');
    await check('/werkbank', 'Punten in het concept van „Tien geboden”');
    await page
      .getByRole('button', { name: /Maak een punt van deze groep/ })
      .first()
      .click();
    await page.getByLabel('Titel van het punt').waitFor();
    await scan('the workbench with an item form open');
    await check('/rangschikken', 'Welke van deze twee eerst?');
    await context.close();
  });
});
