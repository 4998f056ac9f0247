import type { Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { CuratedListsService } from '@app/curation';
import { DomainEvents } from '@app/events';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { signInHere, waitForClient } from './support/browser';
import { submitProposal, themeIds } from './support/proposals';
import type { TestApp } from './support/test-app';
import { seriousAxeViolations, sidewaysOverflow, startWebApp, type WebApp } from './support/web-app';

const ITEMS = 12;

/** A suggestion's journey and a list's public follow-up in the built client, against the real API. */
describe('a suggestion’s journey and public follow-up in a browser', () => {
  let web: WebApp | undefined;
  let t: TestApp;
  let base: string;
  let liaison: SignedInUser;
  let proposalId: string;
  let slug: string;
  let itemId: string;

  beforeAll(async () => {
    const started = await startWebApp('e2e_journey_web');
    web = started;
    ({ t, base } = started);
    const themeId = Object.values(await themeIds(t))[0]!;
    const author = await createSignedInUser(t, [], 'Indiener Iris');
    const editor = await createSignedInUser(t, [Role.EDITOR], 'Redacteur Rik');
    liaison = await createSignedInUser(t, [Role.LIAISON], 'Contactpersoon Karin');
    const proposals = [];
    for (let index = 0; index < ITEMS; index += 1) {
      proposals.push(
        await submitProposal(t, author, {
          title: `Minder regeldruk voor ondernemers, deel ${index + 1}`,
          themeId,
        }),
      );
    }
    proposalId = proposals[0]!.id;
    const lists = t.app.get(CuratedListsService);
    const { list } = await lists.create(editor.user, {
      title: 'Twaalf punten voor het mkb',
      addressee: 'Minister van Financiën',
      language: 'nl',
    });
    await lists.updateDraft(list._id.toHexString(), {
      items: proposals.map((proposal, index) => ({ title: `Punt ${index + 1}`, proposalIds: [proposal.id] })),
    });
    const view = await lists.publish(editor.user, list._id.toHexString());
    await t.app.get(DomainEvents).drain();
    slug = list.slug;
    itemId = view.content.items[0]!.id;
    const recorded = await t.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress } }',
      {
        input: {
          itemId,
          statusKey: 'in-talks',
          progress: 40,
          note: 'Gesprek met **de minister** gepland.',
          link: 'https://example.org/verslag',
          nextReviewAt: '2030-03-01T00:00:00.000Z',
        },
      },
      { token: liaison.accessToken },
    );
    expect(recorded.errors).toBeUndefined();
  });

  afterAll(() => web?.close());

  const open = async (path: string, width = 1000): Promise<Page> => {
    const context = await web!.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    return page;
  };

  const shoot = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: `test/artifacts/${name}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test/artifacts/${name}-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1000, height: 800 });
  };

  it('shows an anonymous reader the follow-up link, next review and Markdown, in Dutch', async () => {
    const page = await open(`/lijsten/${slug}`);
    // A visitor reads the server's page, which the client keeps.
    await waitForClient(page);
    const item = page.locator('#punt-1');
    await item.getByRole('heading', { name: 'Punt 1' }).waitFor();
    const link = item.getByRole('link', { name: 'Meer informatie' }).first();
    expect(await link.getAttribute('href')).toBe('https://example.org/verslag');
    await item.getByText('Volgende controle: 1 maart 2030').waitFor();
    await item.getByText('Verloop').click();
    expect(await item.locator('.follow-up-note strong').textContent()).toBe('de minister');
    await item.getByText('Overhandigd aan Minister van Financiën (versie 1)').waitFor();
    const text = (await page.textContent('main')) ?? '';
    expect(text).not.toContain('**');
    expect(text).not.toContain('Handed over');
    expect(await seriousAxeViolations(page, 'list')).toEqual([]);
    await shoot(page, 'journey-list');
    await page.context().close();
  });

  it('tells the suggestion’s journey as a timeline, with where its item stands at the top', async () => {
    const page = await open(`/voorstel/${proposalId}`);
    const current = page.getByRole('region', { name: 'Stand van zaken' });
    await current.locator('.badge', { hasText: 'In gesprek' }).waitFor();
    const itemLink = current.getByRole('link', { name: 'Punt 1 van „Twaalf punten voor het mkb”' });
    expect(await itemLink.getAttribute('href')).toBe(`/lijsten/${slug}#punt-1`);
    const timeline = page.getByRole('region', { name: 'Wat er met deze suggestie gebeurde' });
    const steps = timeline.getByRole('listitem');
    expect(await steps.allTextContents()).toEqual([
      expect.stringContaining('Ingediend'),
      expect.stringContaining('Opgenomen als punt 1 van „Twaalf punten voor het mkb” (versie 1)'),
      expect.stringContaining('Overhandigd aan Minister van Financiën (versie 1)'),
      expect.stringContaining('Opvolging: In gesprek'),
    ]);
    expect(await timeline.locator('strong').textContent()).toBe('de minister');
    await timeline.getByText('Volgende controle: 1 maart 2030').waitFor();
    expect(await timeline.locator('time').count()).toBe(4);
    expect(await seriousAxeViolations(page, 'proposal')).toEqual([]);
    await shoot(page, 'journey-proposal');

    await itemLink.click();
    await page.locator('#punt-1').getByRole('heading', { name: 'Punt 1' }).waitFor();
    await page.context().close();
  });

  it('gives a liaison one form at a time, and a fresh form after saving', async () => {
    const page = await open('/inloggen');
    await signInHere(page, liaison.user.email);
    await page.goto(`${base}/lijsten/${slug}`);
    const buttons = page.getByRole('button', { name: 'Voortgang bijwerken' });
    await buttons.first().waitFor();
    expect(await buttons.count()).toBe(ITEMS);
    expect(await page.getByRole('form').count()).toBe(0);
    // With every item's form open the page was ~8,500 px tall.
    expect(Number(await page.evaluate('document.documentElement.scrollHeight'))).toBeLessThan(6_000);
    await shoot(page, 'journey-liaison');

    await buttons.first().click();
    const form = page.getByRole('form', { name: 'Opvolging vastleggen' });
    await form.getByLabel('Status').selectOption({ label: 'Ontvangen' });
    await form.getByLabel('Voortgang (%)').fill('60');
    await form.getByLabel('Toelichting (openbaar)').fill('Brief ontvangen.');
    await form.getByLabel('Link').fill('https://example.org/brief');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Datum (leeg is vandaag)').fill(yesterday);
    await form.getByLabel('Volgende controle').fill('2030-06-01');
    await form.getByRole('button', { name: 'Opvolging vastleggen' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByLabel('Toelichting (openbaar)').inputValue()).toBe('');
    expect(await form.getByLabel('Link').inputValue()).toBe('');
    expect(await form.getByLabel('Datum (leeg is vandaag)').inputValue()).toBe('');
    // The event of yesterday joined the timeline; the status stays the latest event's.
    expect(await form.getByLabel('Status').inputValue()).toBe('in-talks');
    expect(await form.getByLabel('Voortgang (%)').inputValue()).toBe('40');
    expect(await form.getByLabel('Volgende controle').inputValue()).toBe('2030-06-01');
    await page.locator('#punt-1').getByText('Volgende controle: 1 juni 2030').waitFor();
    expect(await seriousAxeViolations(page, 'liaison')).toEqual([]);
    await shoot(page, 'journey-liaison-form');
    await page.context().close();
  });
});
