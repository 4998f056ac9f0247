import type { Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { signIn, waitForClient } from './support/browser';
import { submitProposal, themeIds } from './support/proposals';
import type { TestApp } from './support/test-app';
import { seriousAxeViolations, sidewaysOverflow, startWebApp, type WebApp } from './support/web-app';

const CREATE_LIST =
  'mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id slug } }';
const SAVE_DRAFT =
  'mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id items { id title } } }';
const PUBLISH = 'mutation ($id: ID!) { publishCuratedList(id: $id) { version } }';
const REVISE = 'mutation ($id: ID!) { reviseCuratedList(id: $id) { id } }';
const READ_DRAFT =
  'query ($slug: String!) { curatedList(slug: $slug, draft: true) { description status items { title suggestions { id } } } }';
const READ_LIST = 'query ($slug: String!) { curatedList(slug: $slug) { version status } }';

/** Editors composing and publishing lists, versions of a list, and reports for moderators. */
// Each test signs in several times in fresh contexts and runs axe; that takes about a minute.
const BROWSER_TEST_MS = 180_000;

describe('editors and moderators in a browser', () => {
  let web: WebApp | undefined;
  let t: TestApp;
  let base: string;
  let themeId: string;
  let editor: SignedInUser;
  let author: SignedInUser;

  beforeAll(async () => {
    const started = await startWebApp('e2e_editors_web');
    web = started;
    ({ t, base } = started);
    themeId = Object.values(await themeIds(t))[0]!;
    editor = await createSignedInUser(t, [Role.EDITOR], 'Redacteur Rik');
    author = await createSignedInUser(t, [], 'Indiener Ines');
  });

  afterAll(() => web?.close());

  const open = async (path: string, width = 1000): Promise<Page> => {
    const context = await web!.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    // A missing element fails with its locator, well before the test's own timeout.
    page.setDefaultTimeout(15_000);
    await page.goto(`${base}${path}`);
    return page;
  };

  const gql = async <T>(query: string, variables: Record<string, unknown>, user = editor): Promise<T> => {
    const response = await t.gql<T>(query, variables, { token: user.accessToken });
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };

  const screenshots = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: `test/artifacts/${name}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test/artifacts/${name}-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1000, height: 800 });
  };

  it(
    'creates a list with an introduction, warns before losing edits, marks linked suggestions and confirms publishing',
    async () => {
      const suggestion = await submitProposal(t, author, { title: 'Eén loket voor vergunningen', themeId });
      const page = await open('/');
      await signIn(page, base, editor.user.email, { back: '/redactie' });

      // (c) The introduction is asked for when the list is made, and stored.
      await page.getByLabel('Titel', { exact: true }).fill('Regeldruk verminderen');
      await page.getByLabel('Gericht aan').fill('Minister van Economische Zaken');
      await page.getByLabel('Toelichting').fill('Wat ondernemers het vaakst noemen.');
      await page.getByRole('button', { name: 'Aanmaken' }).click();
      await page.waitForURL(/\/redactie\/regeldruk-verminderen$/);
      const slug = 'regeldruk-verminderen';
      const stored = await gql<{ curatedList: { description: string } }>(READ_DRAFT, { slug });
      expect(stored.curatedList.description).toBe('Wat ondernemers het vaakst noemen.');

      // (e) A suggestion in the draft is marked in the picker and cannot be linked twice.
      await page.getByRole('button', { name: 'Punt toevoegen' }).click();
      await page.getByLabel('Titel van punt 1').fill('Eén loket');
      const picked = page.getByRole('listitem').filter({ hasText: suggestion.title });
      await picked.getByRole('button', { name: 'Koppel aan punt 1' }).click();
      await picked.getByText('al in concept').waitFor();
      expect(await picked.getByRole('button', { name: /Koppel aan punt/ }).count()).toBe(0);

      // (a) Leaving with unsaved edits asks first, in the app and when closing the tab.
      await page.getByRole('link', { name: 'Lijsten', exact: true }).click();
      const leave = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
      await leave.waitFor();
      expect(await seriousAxeViolations(page, 'leave dialog')).toEqual([]);
      await leave.getByRole('button', { name: 'Blijven' }).click();
      expect(new URL(page.url()).pathname).toBe(`/redactie/${slug}`);
      expect(await page.getByLabel('Titel van punt 1').inputValue()).toBe('Eén loket');
      const beforeUnload = new Promise<string>((resolve) =>
        page.once('dialog', (dialog) => {
          resolve(dialog.type());
          void dialog.dismiss();
        }),
      );
      await page.close({ runBeforeUnload: true });
      expect(await beforeUnload).toBe('beforeunload');

      const again = await open('/');
      await signIn(again, base, editor.user.email, { back: `/redactie/${slug}` });
      await again.getByRole('button', { name: 'Punt toevoegen' }).click();
      await again.getByLabel('Titel van punt 1').fill('Eén loket voor alle vergunningen');
      await again.getByRole('button', { name: 'Concept opslaan' }).click();
      await again
        .getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')
        .waitFor({ state: 'detached' });

      // (b) Publishing asks first, says what it does, and Escape leaves the draft as it was.
      const publishButton = again.getByRole('button', { name: 'Publiceren' });
      await publishButton.click();
      const confirm = again.getByRole('dialog', { name: 'Versie 1 publiceren?' });
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain('verandert niet meer');
      expect(await again.evaluate('document.activeElement?.textContent')).toBe('Nog niet publiceren');
      await screenshots(again, 'editors-publish-dialog');
      expect(await seriousAxeViolations(again, 'publish dialog')).toEqual([]);
      await again.keyboard.press('Escape');
      await confirm.waitFor({ state: 'hidden' });
      expect(await again.evaluate('document.activeElement?.textContent')).toBe('Publiceren');
      expect((await gql<{ curatedList: { status: string } }>(READ_LIST, { slug })).curatedList.status).toBe(
        'DRAFT',
      );
      await publishButton.click();
      await confirm.getByRole('button', { name: 'Versie 1 publiceren' }).click();
      await again.getByText('Versie 1 is gepubliceerd; er is geen concept.').waitFor();
      expect((await gql<{ curatedList: { version: number } }>(READ_LIST, { slug })).curatedList.version).toBe(
        1,
      );
      await again.context().close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'gives each published version its own page and shows what changed between two',
    async () => {
      const { createCuratedList: list } = await gql<{ createCuratedList: { id: string; slug: string } }>(
        CREATE_LIST,
        {
          input: { title: 'Minder lasten', addressee: 'Minister van Financiën', language: 'nl' },
        },
      );
      const first = await gql<{ updateCuratedListDraft: { items: { id: string }[] } }>(SAVE_DRAFT, {
        id: list.id,
        input: {
          items: [
            {
              title: 'Lagere loonkosten',
              body: 'Verlaag de premies voor kleine werkgevers.',
              proposalIds: [],
            },
            { title: 'Eenvoudiger btw', body: 'Eén tarief voor reparaties.', proposalIds: [] },
            { title: 'Geen dubbele aangifte', body: 'Schrap de aangifte die dubbel is.', proposalIds: [] },
          ],
        },
      });
      const [wages, vat, returns] = first.updateCuratedListDraft.items.map((item) => item.id);
      await gql(PUBLISH, { id: list.id });
      await gql(REVISE, { id: list.id });
      await gql(SAVE_DRAFT, {
        id: list.id,
        input: {
          items: [
            {
              id: vat,
              title: 'Eenvoudiger btw',
              body: 'Eén laag tarief voor alle reparaties.',
              proposalIds: [],
            },
            {
              id: wages,
              title: 'Lagere loonkosten',
              body: 'Verlaag de premies voor kleine werkgevers.',
              proposalIds: [],
            },
            { title: 'Snellere netaansluiting', body: 'Voorrang voor wie verduurzaamt.', proposalIds: [] },
          ],
        },
      });
      await gql(PUBLISH, { id: list.id });
      expect(returns).toBeDefined();

      const page = await open(`/lijsten/${list.slug}`);
      await waitForClient(page);
      const versions = page.getByRole('navigation', { name: 'Versies' });
      await versions.getByRole('link', { name: 'Versie 1' }).click();
      await page.waitForURL(`${base}/lijsten/${list.slug}/versie/1`);
      await page.getByRole('heading', { level: 1, name: 'Minder lasten (versie 1)' }).waitFor();
      await page.getByText('Dit is een oudere versie; de nieuwste is versie 2.').waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'Geen dubbele aangifte' }).count()).toBe(1);

      await page
        .getByRole('navigation', { name: 'Versies' })
        .getByRole('link', { name: 'wat is er veranderd' })
        .click();
      await page.waitForURL(`${base}/lijsten/${list.slug}/versie/2?vergelijk=1`);
      const changes = page.getByRole('region', { name: 'Wat is er veranderd van versie 1 naar versie 2' });
      await changes.waitFor();
      const text = await changes.textContent();
      expect(text).toContain('Toegevoegd als punt 3: Snellere netaansluiting');
      expect(text).toContain('Verwijderd (was punt 3): Geen dubbele aangifte');
      expect(text).toContain('Omhoog verplaatst: van punt 2 naar punt 1.');
      expect(text).toContain('Omlaag verplaatst: van punt 1 naar punt 2.');
      expect(await changes.locator('ins').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('laag')]),
      );
      await screenshots(page, 'editors-version-changes');
      expect(await seriousAxeViolations(page, 'version changes')).toEqual([]);

      // The comparison is chosen on the page too, and the address can be shared.
      await page.getByLabel('Vergelijk met').selectOption('1');
      await page.getByRole('button', { name: 'Vergelijken' }).click();
      await page.waitForURL(`${base}/lijsten/${list.slug}/versie/2?vergelijk=1`);
      await page.context().close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'lets members report behind a button, never their own, and moderators decide from a queue',
    async () => {
      const member = await createSignedInUser(t, [], 'Melder Mira');
      const moderator = await createSignedInUser(t, [Role.MODERATOR], 'Moderator Max');
      const proposal = await submitProposal(t, author, { title: 'Koop goedkope horloges', themeId });

      const own = await open('/');
      await signIn(own, base, author.user.email, { back: `/voorstel/${proposal.id}` });
      await own.getByRole('heading', { level: 1, name: proposal.title }).waitFor();
      expect(await own.getByRole('button', { name: 'Melden' }).count()).toBe(0);
      expect(await own.getByLabel('Reden', { exact: true }).count()).toBe(0);
      await own.context().close();

      const page = await open('/');
      await signIn(page, base, member.user.email, { back: `/voorstel/${proposal.id}` });
      const report = page.getByRole('button', { name: 'Melden' });
      await report.waitFor();
      expect(await report.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByLabel('Waarom meld je deze suggestie?').count()).toBe(0);
      await report.click();
      const form = page.getByRole('form', { name: 'Suggestie melden' });
      await form.getByLabel('Waarom meld je deze suggestie?').fill('Reclame voor horloges');
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByText('Gemeld. Dank je wel.').waitFor();
      expect(await page.getByRole('button', { name: 'Verbergen' }).count()).toBe(0);
      // Back later, the member sees their report (Proposal.myFlag) instead of a second Melden.
      await page.reload();
      await page.getByText(/^Je hebt dit gemeld op \d+ \S+ \d{4}\./).waitFor();
      await page.getByText('Je reden: „Reclame voor horloges”.').waitFor();
      expect(await page.getByRole('button', { name: 'Melden' }).count()).toBe(0);
      await screenshots(page, 'editors-own-report');
      await page.context().close();

      const queue = await open('/');
      await signIn(queue, base, moderator.user.email, { back: '/moderatie' });
      const reported = queue.getByRole('region', { name: /^Gemelde suggesties/ });
      const entry = reported.getByRole('listitem').filter({ hasText: proposal.title }).first();
      await entry.waitFor();
      expect(await entry.textContent()).toContain('1 melding');
      expect(await entry.textContent()).toContain('Reclame voor horloges');
      await entry.getByRole('button', { name: 'Verbergen' }).click();
      await queue
        .getByRole('form', { name: `Suggestie „${proposal.title}” verbergen` })
        .getByLabel('Reden (voor het logboek)')
        .waitFor();
      await screenshots(queue, 'editors-moderation-queue');
      expect(await seriousAxeViolations(queue, 'moderation queue')).toEqual([]);
      await entry.getByRole('button', { name: 'Meldingen afwijzen' }).click();
      await reported.getByText('Geen gemelde suggesties.').waitFor();

      // On the suggestion itself, a moderator's Verbergen has its own form and reason.
      await queue.goto(`${base}/voorstel/${proposal.id}`);
      await queue.getByRole('button', { name: 'Verbergen' }).click();
      const hide = queue.getByRole('form', { name: 'Suggestie verbergen' });
      await hide.getByLabel('Reden (voor het logboek)').fill('Reclame');
      await hide.getByRole('button', { name: 'Verbergen met deze reden' }).click();
      await queue.getByRole('button', { name: 'Weer tonen' }).waitFor();
      await queue.context().close();
    },
    BROWSER_TEST_MS,
  );
});
