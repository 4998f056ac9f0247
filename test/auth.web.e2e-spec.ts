import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { createSignedInUser } from './support/accounts';
import { sendSignInForm, signInHere } from './support/browser';
import { FollowUpScene } from './support/follow-up';
import { submitProposal, themeIds } from './support/proposals';
import type { TestApp } from './support/test-app';
import { seriousAxeViolations, startWebApp, type WebApp } from './support/web-app';

/** Sessions, sign-in and passwords in the built web client, served by the real API. */
describe('signing in, in a browser', () => {
  // Each test signs in through argon2 and a browser; a busy machine needs more than the default.
  jest.setTimeout(180_000);
  let web: WebApp | undefined;
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    const started = await startWebApp('e2e_auth_web');
    web = started;
    ({ t, base } = started);
  });

  afterAll(() => web?.close());

  const newContext = (width = 1000): Promise<BrowserContext> =>
    web!.browser.newContext({ viewport: { width, height: 800 } });

  /**
   * Whether the header comes to show the member signed in. A tab may wait for another's refresh
   * (the lock) with no request of its own, so only a lost session keeps it signed out this long.
   */
  const signedIn = (page: Page): Promise<boolean> =>
    page
      .getByRole('banner')
      .getByText(/Ingelogd als/)
      .waitFor({ state: 'attached', timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );

  it('keeps two tabs of one browser signed in, opened at the same time again and again', async () => {
    const { user } = await createSignedInUser(t, [], 'Twee Tabbladen');
    const context = await newContext();
    const first = await context.newPage();
    await first.goto(`${base}/inloggen`);
    await signInHere(first, user.email);
    const second = await context.newPage();
    for (let round = 1; round <= 20; round++) {
      await Promise.all([first.goto(`${base}/`), second.goto(`${base}/lijsten`)]);
      expect([round, await signedIn(first), await signedIn(second)]).toEqual([round, true, true]);
    }
    await first.screenshot({ path: 'test/artifacts/auth-two-tabs-desktop.png' });

    // Signing out in one tab signs out the other.
    await first.getByRole('button', { name: 'Uitloggen' }).click();
    await second.getByRole('banner').getByRole('link', { name: 'Inloggen' }).waitFor();
    await context.close();
  });

  it('refuses a refresh token used again after its successor was used, so a stolen one ends the session', async () => {
    const { refreshToken } = await createSignedInUser(t, [], 'Bestolen Bert');
    const refresh = 'mutation ($token: String!) { refresh(refreshToken: $token) { refreshToken } }';
    const rotated = await t.gql<{ refresh: { refreshToken: string } }>(refresh, { token: refreshToken });
    expect(rotated.errors).toBeUndefined();
    const next = await t.gql(refresh, { token: rotated.data!.refresh.refreshToken });
    expect(next.errors).toBeUndefined();
    const reused = await t.gql(refresh, { token: refreshToken });
    expect(reused.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('keeps the member signed in when a page is closed while its refresh is under way', async () => {
    const { user } = await createSignedInUser(t, [], 'Haastige Hanna');
    const context = await newContext();
    const first = await context.newPage();
    await first.goto(`${base}/inloggen`);
    await signInHere(first, user.email);
    await first.close();
    for (let round = 1; round <= 3; round++) {
      // The API rotates the token, but the page is gone before the answer reaches it.
      const leaving = await context.newPage();
      let answered: () => void = () => undefined;
      const refreshAnswered = new Promise<void>((resolve) => (answered = resolve));
      await leaving.route('**/graphql', async (route) => {
        if (!(route.request().postData() ?? '').includes('refresh(')) return route.continue();
        await route.fetch();
        answered();
        await route.abort();
      });
      await leaving.goto(`${base}/`);
      await refreshAnswered;
      await leaving.close();
      const next = await context.newPage();
      await next.goto(`${base}/lijsten`);
      expect([round, await signedIn(next)]).toEqual([round, true]);
      await next.close();
    }
    await context.close();
  });

  it('says what is wrong with a password in Dutch only, and what a failed sign-in means', async () => {
    const context = await newContext(375);
    const page = await context.newPage();
    await page.goto(`${base}/registreren`);
    await page.getByLabel('Naam').fill('Korte Karel');
    await page.getByLabel('E-mailadres').fill(`${randomUUID()}@example.test`);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort-1');
    await page.getByRole('button', { name: 'Registreren' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'Wachtwoord: te kort, minstens 10 tekens.' }).waitFor();
    expect(await alert.textContent()).toBe('Wachtwoord: te kort, minstens 10 tekens.');
    await page.screenshot({ path: 'test/artifacts/auth-short-password-phone.png' });

    await page.goto(`${base}/inloggen`);
    await sendSignInForm(page, `${randomUUID()}@example.test`, 'Niet-het-goede-wachtwoord-9');
    await alert.filter({ hasText: 'Onjuist e-mailadres of wachtwoord.' }).waitFor();
    expect(await alert.textContent()).toBe('Onjuist e-mailadres of wachtwoord.');
    await context.close();
  });

  it('shows a password’s strength while typing and refuses a weak one', async () => {
    for (const width of [1000, 375]) {
      const context = await newContext(width);
      const page = await context.newPage();
      await page.goto(`${base}/registreren`);
      await page.getByLabel('Naam').fill('Zwakke Wim');
      await page.getByLabel('E-mailadres').fill(`${randomUUID()}@example.test`);
      const password = page.getByLabel('Wachtwoord', { exact: true });
      const strength = page.getByRole('status').filter({ hasText: 'Sterkte:' });
      await password.fill('wachtwoord123');
      await strength.filter({ hasText: 'Sterkte: zwak' }).waitFor();
      // zxcvbn judges in a worker of its own: its dictionaries load there, not in the page.
      const [judge, ...others] = page.workers().filter((worker) => /passwordStrength/.test(worker.url()));
      expect([judge, others.length]).toEqual([expect.anything(), 0]);
      const loaded = (): string[] => performance.getEntriesByType('resource').map((entry) => entry.name);
      const inWorker = await judge!.evaluate(loaded);
      expect(inWorker.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
      expect((await page.evaluate(loaded)).filter((url) => inWorker.includes(url))).toEqual([]);
      await page.getByRole('button', { name: 'Registreren' }).click();
      await page.getByRole('alert').filter({ hasText: 'Dit wachtwoord is te makkelijk te raden' }).waitFor();
      await page.screenshot({
        path: `test/artifacts/auth-weak-password-${width === 375 ? 'phone' : 'desktop'}.png`,
      });
      await password.fill('Lente-Kabinet-Fiets-2026');
      await strength.filter({ hasText: 'Sterkte: heel sterk' }).waitFor();
      expect(await seriousAxeViolations(page, `register ${width}`)).toEqual([]);
      await page.getByRole('button', { name: 'Registreren' }).click();
      await page.getByText('Ingelogd als Zwakke Wim').waitFor({ state: 'attached' });
      await context.close();
    }
  });

  it('turns “log in to vote” into a link that brings the member back to the suggestion', async () => {
    const author = await createSignedInUser(t, [], 'Schrijvende Sanne');
    const [themeId] = Object.values(await themeIds(t));
    const proposal = await submitProposal(t, author, { title: 'Terug na het inloggen', themeId: themeId! });
    const { user: voter } = await createSignedInUser(t, [], 'Stemmende Stijn');
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/voorstel/${proposal.id}`);
    await page.getByRole('link', { name: 'Log in om te stemmen.' }).click();
    await signInHere(page, voter.email);
    await page.getByRole('heading', { name: 'Terug na het inloggen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/voorstel/${proposal.id}`);
    await page.getByRole('button', { name: 'Voor' }).waitFor();
    await context.close();
  });

  it('turns “log in to follow” on a list into a link that brings the member back to the list', async () => {
    const list = await (await FollowUpScene.start(t)).publishedList('Terug naar de lijst');
    const { user } = await createSignedInUser(t, [], 'Volgende Vera');
    const context = await newContext(375);
    const page = await context.newPage();
    await page.goto(`${base}/lijsten/${list.slug}`);
    await page.getByRole('link', { name: 'Log in om deze lijst te volgen.' }).click();
    await signInHere(page, user.email);
    await page.getByRole('heading', { name: 'Terug naar de lijst', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/lijsten/${list.slug}`);
    await page.getByRole('button', { name: 'Volgen' }).waitFor();
    await page.screenshot({ path: 'test/artifacts/auth-follow-return-phone.png' });
    await context.close();
  });

  it('shows an admin the stored roles again, with the reason, after a refused change', async () => {
    const { user: admin } = await createSignedInUser(
      t,
      [Role.ADMIN],
      `Beheerder ${randomUUID().slice(0, 8)}`,
    );
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/inloggen?terug=%2Fbeheer`);
    await signInHere(page, admin.email);
    await page.getByLabel('Zoek op naam of e-mailadres').fill(admin.displayName);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: admin.displayName }) });
    const adminRole = card.getByRole('checkbox', { name: 'Beheerder' });
    await adminRole.uncheck();
    await card.getByRole('button', { name: 'Rollen opslaan' }).click();
    await card.getByRole('alert').filter({ hasText: 'Dit kan niet bij je eigen account.' }).waitFor();
    expect(await adminRole.isChecked()).toBe(true);
    expect(await card.getByRole('alert').textContent()).toBe('Dit kan niet bij je eigen account.');
    await page.screenshot({ path: 'test/artifacts/auth-admin-refused-desktop.png' });
    await context.close();
  });
});
