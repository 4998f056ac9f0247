import type { Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { signIn, waitForClient } from './support/browser';
import { submitProposal, themeIds } from './support/proposals';
import type { TestApp } from './support/test-app';
import { seriousAxeViolations, sidewaysOverflow, startWebApp, type WebApp } from './support/web-app';

const PHONE = 375;
const DESKTOP = 1000;

/** The look and feel of the built web client: home, footer pages, the phone menu, target sizes, every route. */
describe('design of the web client in a browser', () => {
  let web: WebApp | undefined;
  let t: TestApp;
  let base: string;
  let proposalId: string;
  let staff: SignedInUser;

  beforeAll(async () => {
    const started = await startWebApp('e2e_design_web');
    web = started;
    ({ t, base } = started);
    const author = await createSignedInUser(t, [], 'Greetje Bos');
    staff = await createSignedInUser(
      t,
      [Role.EDITOR, Role.MODERATOR, Role.LIAISON, Role.ADMIN],
      'Beheerder Bram',
    );
    const themes = await themeIds(t);
    const proposal = await submitProposal(t, author, {
      title: 'Start een nationale Oranje Bank',
      body: 'Een **ontwikkelingsbank** voor het MKB.',
      themeId: themes['finance-banking']!,
    });
    proposalId = proposal.id;
    await submitProposal(t, author, {
      title: 'Minder regels voor kleine bouwprojecten',
      themeId: themes.talent!,
    });
    const list = await t.gql<{ createCuratedList: { id: string } }>(
      'mutation { createCuratedList(input: { title: "Tien geboden", slug: "tien-geboden", addressee: "Minister van Financiën", language: nl }) { id } }',
      {},
      { token: staff.accessToken },
    );
    const id = list.data!.createCuratedList.id;
    await t.gql(
      'mutation ($id: ID!, $pid: ID!) { updateCuratedListDraft(id: $id, input: { items: [{ title: "Overheid start de Oranje Bank", proposalIds: [$pid] }, { title: "Kennis vergaren", proposalIds: [] }] }) { id } }',
      { id, pid: proposal.id },
      { token: staff.accessToken },
    );
    await t.gql(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { id } }',
      { id },
      { token: staff.accessToken },
    );
    const items = await t.gql<{ curatedList: { items: { id: string }[] } }>(
      '{ curatedList(slug: "tien-geboden") { items { id } } }',
    );
    const recorded = await t.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress } }',
      {
        input: {
          itemId: items.data!.curatedList.items[0]!.id,
          statusKey: 'in-talks',
          note: 'Gesprek gepland.',
        },
      },
      { token: staff.accessToken },
    );
    expect(recorded.errors).toBeUndefined();
  });

  afterAll(() => web?.close());

  /** A page in a context of its own (axe needs one) at `path`, `width` pixels wide. */
  const open = async (path: string, width = DESKTOP): Promise<Page> => {
    const context = await web!.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    return page;
  };

  it('explains the platform on the home page, with the latest list’s follow-up and top suggestions', async () => {
    const page = await open('/');
    await page
      .getByRole('heading', { name: 'Van suggestie tot beleid, in het openbaar', level: 1 })
      .waitFor();
    const steps = page
      .getByRole('region', { name: 'Wat er met een suggestie gebeurt' })
      .getByRole('listitem');
    expect(await steps.count()).toBe(5);
    const latest = page.getByRole('region', { name: 'De nieuwste lijst' });
    await latest.getByRole('link', { name: 'Tien geboden' }).waitFor();
    await latest.getByText('1 in behandeling').waitFor();
    await latest.getByText('1 nog open').waitFor();
    const top = page.getByRole('region', { name: 'Populaire suggesties' });
    await top.getByRole('link', { name: 'Start een nationale Oranje Bank' }).waitFor();
    await top
      .getByText(/ingediend op \d+ \w+ \d{4}/i)
      .first()
      .waitFor();
    expect(await seriousAxeViolations(page, 'home')).toEqual([]);

    await page.getByRole('link', { name: 'Bekijk de suggesties' }).click();
    await page.getByRole('heading', { name: 'Suggesties van ondernemers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/suggesties');

    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Over het platform' }).click();
    await page.getByRole('heading', { name: 'Het voorbeeld: het Kabinet van Vernieuwing' }).waitFor();
    await footer.getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { name: 'Je account verwijderen' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Deleting your account' }).waitFor();
    await page.getByRole('link', { name: 'Cabinet of Renewal' }).click();
    await page.getByRole('heading', { name: 'From suggestion to policy, in public' }).waitFor();
    await page.getByText('1 in progress').waitFor();
    await page.context().close();
  });

  it('folds the menu on a phone: a short header, a disclosure button, Escape closes it, its links work', async () => {
    const page = await open('/', PHONE);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const header = page.getByRole('banner');
    await page.screenshot({ path: 'test/artifacts/menu-closed-phone.png' });
    // Before: every link, the account and the languages wrapped into a header of 300–460 px.
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    const toggle = page.getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const menu = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    expect(await menu.isVisible()).toBe(false);
    expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Lijsten', exact: true }).waitFor();
    await page.screenshot({ path: 'test/artifacts/menu-open-phone.png', fullPage: true });
    expect(await seriousAxeViolations(page, 'open menu')).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(await toggle.textContent());

    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Lijsten', exact: true }).click();
    await page.getByRole('heading', { name: 'Lijsten voor de overheid' }).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // At desktop width the menu is simply there, without the button.
    await page.setViewportSize({ width: DESKTOP, height: 800 });
    expect(await toggle.isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Suggesties', exact: true }).click();
    await page.getByRole('heading', { name: 'Suggesties van ondernemers' }).waitFor();
    await page.context().close();
  });

  it('keeps a staff member’s menu on one line at desktop widths, staff pages behind one button', async () => {
    const page = await open('/');
    await signIn(page, base, staff.user.email);
    const header = page.getByRole('banner');
    const menu = header.getByRole('navigation', { name: 'Hoofdmenu' });
    /** The distinct tops of the menu's own entries: one value when they share a line. */
    const lines = async (): Promise<number[]> => {
      const tops = new Set<number>();
      for (const entry of await menu.locator(':scope > ul > li').all()) {
        tops.add(Math.round((await entry.boundingBox())!.y));
      }
      return [...tops];
    };
    for (const width of [DESKTOP, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await menu.getByRole('link', { name: 'Suggesties', exact: true }).waitFor();
      await page.screenshot({ path: `test/artifacts/header-staff-${width}.png` });
      // Before: with every role the menu wrapped onto a second line.
      expect(await lines()).toHaveLength(1);
      // Two lines in all: the name and the account, then the menu.
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    }

    const staffPages = menu.getByRole('button', { name: 'Medewerkers' });
    expect(await staffPages.getAttribute('aria-expanded')).toBe('false');
    await staffPages.click();
    expect(await staffPages.getAttribute('aria-expanded')).toBe('true');
    const staffLinks = menu.getByRole('link', { name: /^(Redactie|Moderatie|Beheer)$/ });
    await staffLinks.first().waitFor();
    // One under the other, below the button.
    const lefts = new Set<number>();
    for (const link of await staffLinks.all()) lefts.add(Math.round((await link.boundingBox())!.x));
    expect(lefts.size).toBe(1);
    await page.screenshot({ path: 'test/artifacts/header-staff-open.png' });
    expect(await seriousAxeViolations(page, 'staff menu')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await staffPages.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(await staffPages.textContent());
    await staffPages.click();
    await menu.getByRole('link', { name: 'Moderatie' }).click();
    await page.getByRole('heading', { name: 'Moderatie', level: 1 }).waitFor();
    expect(await staffPages.getAttribute('aria-expanded')).toBe('false');

    await page.setViewportSize({ width: PHONE, height: 800 });
    await page.getByRole('button', { name: 'Menu' }).click();
    await staffPages.click();
    await menu.getByRole('link', { name: 'Beheer' }).waitFor();
    await page.screenshot({ path: 'test/artifacts/header-staff-phone.png', fullPage: true });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('makes the download links and other stand-alone links big enough to tap', async () => {
    const page = await open('/lijsten/tien-geboden', PHONE);
    await page.getByRole('heading', { name: 'Tien geboden' }).waitFor();
    // Measured on the page the visitor keeps: the server's, once the client runs it.
    await waitForClient(page);
    for (const name of ['CSV', 'JSON']) {
      const box = (await page.getByRole('link', { name, exact: true }).boundingBox())!;
      // Before: 19 px tall. WCAG 2.2 asks 24 px (AA); 44 px is what a thumb needs.
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    const footerLinks = await page.getByRole('contentinfo').getByRole('link').all();
    for (const link of footerLinks) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    for (const link of await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });

  /** Opens `path`, lets it settle, checks axe (desktop) and overflow (phone), photographs it at both widths. */
  const photograph = async (page: Page, path: string, name: string): Promise<void> => {
    await page.setViewportSize({ width: DESKTOP, height: 800 });
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await waitForClient(page);
    // Not "networkidle": live updates keep a connection open.
    // A function, not a string: the page's CSP forbids evaluating strings.
    await page.waitForFunction(
      () =>
        !(
          globalThis as unknown as { document: { body: { innerText: string } } }
        ).document.body.innerText.includes('Bezig met laden'),
    );
    expect(await seriousAxeViolations(page, `${path} (desktop)`)).toEqual([]);
    await page.screenshot({ path: `test/artifacts/${name}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: PHONE, height: 800 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test/artifacts/${name}-phone.png`, fullPage: true });
  };

  it('shows every public route calmly at desktop and phone width, axe clean and without sideways scrolling', async () => {
    const visitor = await open('/');
    for (const [path, name] of [
      ['/', 'home'],
      ['/suggesties', 'suggesties'],
      [`/voorstel/${proposalId}`, 'suggestie'],
      ['/lijsten', 'lijsten'],
      ['/lijsten/tien-geboden', 'lijst'],
      ['/inloggen', 'inloggen'],
      ['/registreren', 'registreren'],
      ['/over', 'over'],
      ['/privacy', 'privacy'],
    ] as const) {
      await photograph(visitor, path, name);
    }
    await visitor.context().close();
  }, 420_000);

  it('shows every signed-in route at desktop and phone width, axe clean and without sideways scrolling', async () => {
    const signedIn = await open('/');
    await signIn(signedIn, base, staff.user.email);
    for (const [path, name] of [
      ['/', 'home-signed-in'],
      [`/voorstel/${proposalId}`, 'suggestie-staff'],
      ['/lijsten/tien-geboden', 'lijst-liaison'],
      ['/indienen', 'indienen'],
      ['/rangschikken', 'rangschikken'],
      ['/profiel', 'profiel'],
      ['/meldingen', 'meldingen'],
      ['/redactie', 'redactie'],
      ['/redactie/tien-geboden', 'redactie-lijst'],
      ['/werkbank', 'werkbank'],
      ['/moderatie', 'moderatie'],
      ['/beheer', 'beheer'],
    ] as const) {
      await photograph(signedIn, path, name);
      // Every list on a page says when it is empty; the audit log said nothing at all.
      if (path === '/moderatie') await signedIn.getByText('Nog niets in het logboek.').waitFor();
    }
    await signedIn.context().close();
  }, 540_000);
});
