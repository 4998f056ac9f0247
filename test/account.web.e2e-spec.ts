import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { createSignedInUser, TEST_PASSWORD } from './support/accounts';
import { sendSignInForm, signIn, waitForSession } from './support/browser';
import { type CapturedMail, linkIn, mailsTo } from './support/mailpit';
import { submitProposal, themeIds } from './support/proposals';
import type { TestApp } from './support/test-app';
import { seriousAxeViolations, sidewaysOverflow, startWebApp, type WebApp } from './support/web-app';

const NEW_PASSWORD = 'Vergeten-en-hersteld-2026!';

/** The account pages of the built web client, served by the real API, with mail through the run's Mailpit. */
describe('account pages in a browser', () => {
  let web: WebApp | undefined;
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    const started = await startWebApp('e2e_account_web');
    web = started;
    ({ t, base } = started);
  });

  afterAll(() => web?.close());

  const open = (path: string, width?: number): Promise<Page> => web!.open(path, width);

  /** The path of the first link in a mail to `to` whose path starts with `prefix`, once it arrives. */
  const linkInMailTo = async (to: string, prefix: string): Promise<string> => {
    for (const end = Date.now() + 20_000; Date.now() < end;) {
      const mail = (await mailsTo(to)).find((each: CapturedMail) => each.text.includes(prefix));
      if (mail) return new URL(linkIn(mail, prefix)).pathname;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no mail to ${to} with a link to ${prefix}`);
  };

  it('recovers a forgotten password from the mail’s link, signs in with it, and refuses the old one', async () => {
    const email = `${randomUUID()}@example.test`;
    await registerThroughApi(email, 'Vergeetachtige Vera');
    const page = await open('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { name: 'Wachtwoord vergeten' }).waitFor();
    expect(await page.title()).toBe('Wachtwoord vergeten — Kabinet van Vernieuwing');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByText(/Als er een account is met dit adres, hebben we een link gestuurd/).waitFor();

    const path = await linkInMailTo(email, '/wachtwoord-herstellen/');
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await page
      .getByText('Minstens 10 tekens en niet makkelijk te raden: een paar losse woorden werkt goed.')
      .waitFor();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(`${NEW_PASSWORD}?`);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'De twee wachtwoorden zijn niet gelijk.' }).waitFor();
    await page.screenshot({ path: 'test/artifacts/reset-password.png' });
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await page.getByText('Ingelogd als Vergeetachtige Vera').waitFor({ state: 'attached' });
    await page.getByText('Je nieuwe wachtwoord is opgeslagen en je bent ingelogd.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // The link is single use.
    await page.goto(`${base}${path}`);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(`${NEW_PASSWORD}2`);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(`${NEW_PASSWORD}2`);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze link' }).waitFor();
    await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto(`${base}/inloggen`);
    await sendSignInForm(page, email);
    await page.getByRole('alert').filter({ hasText: 'Onjuist e-mailadres of wachtwoord.' }).waitFor();
    await signIn(page, base, email, { password: NEW_PASSWORD });
    await page.close();
  });

  /** Registers through the API (no rate limit in tests) with the test password; the API mails the address. */
  async function registerThroughApi(email: string, displayName: string): Promise<void> {
    const registered = await t.gql(
      'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }',
      { input: { email, displayName, password: TEST_PASSWORD } },
    );
    expect(registered.errors).toBeUndefined();
  }

  it('confirms the address from the verification mail, after which the reminder is gone', async () => {
    const email = `${randomUUID()}@example.test`;
    await registerThroughApi(email, 'Bevestigende Bas');
    const page = await open('/');
    await signIn(page, base, email);
    await page.getByText('Bevestig je e-mailadres met de link').waitFor();
    await page.screenshot({ path: 'test/artifacts/verify-banner.png' });

    const path = await linkInMailTo(email, '/e-mail-bevestigen/');
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { name: 'Je e-mailadres is bevestigd' }).waitFor();
    await page.getByRole('link', { name: 'Naar je profiel' }).click();
    await page.getByText('bevestigd', { exact: true }).waitFor();
    await page.goto(`${base}/suggesties`);
    await page.getByRole('heading', { name: 'Suggesties van ondernemers' }).waitFor();
    await waitForSession(page);
    expect(await page.getByText('Bevestig je e-mailadres met de link').count()).toBe(0);

    // Used once: the same link now says so, translated; confirmed already, there is nothing to resend.
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { name: 'Bevestigen lukte niet' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Deze link' }).waitFor();
    await page.getByRole('link', { name: 'Naar je profiel' }).waitFor();
    expect(await page.getByRole('button', { name: 'Stuur opnieuw' }).count()).toBe(0);
    await page.close();
  });

  it('offers a signed-in member with an unconfirmed address a new link when one fails, and sends it', async () => {
    const email = `${randomUUID()}@example.test`;
    await registerThroughApi(email, 'Herhalende Hanna');
    await linkInMailTo(email, '/e-mail-bevestigen/');
    const page = await open('/');
    await signIn(page, base, email);
    await page.goto(`${base}/e-mail-bevestigen/niet-een-echte-link`);
    await page.getByRole('heading', { name: 'Bevestigen lukte niet' }).waitFor();
    await page.getByRole('button', { name: 'Stuur opnieuw' }).click();
    await page.getByText('Verstuurd. Kijk in je inbox').waitFor();
    for (const end = Date.now() + 20_000; (await mailsTo(email)).length < 2;) {
      if (Date.now() > end) throw new Error('the second verification mail did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await page.close();
  });

  it('shows the profile on a desktop and a phone, and keeps a notification setting after a reload', async () => {
    const user = await createSignedInUser(t, [], 'Profiel Petra');
    const page = await open('/');
    await signIn(page, base, user.user.email);
    await page.getByRole('link', { name: 'Mijn profiel' }).click();
    await page.getByRole('heading', { name: 'Mijn profiel', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Meldingen per e-mail' }).waitFor();
    expect(await page.title()).toBe('Mijn profiel — Kabinet van Vernieuwing');

    const group = page.getByRole('group', { name: 'Nieuwe opvolging bij iets wat je volgt' });
    await group.getByRole('radio', { name: 'Meteen' }).waitFor();
    await page.screenshot({ path: 'test/artifacts/profile.png', fullPage: true });
    await group.getByRole('radio', { name: 'Eén keer per dag, samen in één e-mail' }).check();
    await page.getByText(/^Opgeslagen: Nieuwe opvolging bij iets wat je volgt/).waitFor();

    await page.goto(`${base}/profiel#meldingen`);
    const reloaded = page.getByRole('group', { name: 'Nieuwe opvolging bij iets wat je volgt' });
    await reloaded.getByRole('radio', { name: 'Meteen' }).waitFor();
    expect(
      await reloaded.getByRole('radio', { name: 'Eén keer per dag, samen in één e-mail' }).isChecked(),
    ).toBe(true);
    const stored = await t.gql<{ me: { notificationPreferences: { type: string; email: string }[] } }>(
      '{ me { notificationPreferences { type email } } }',
      {},
      { token: user.accessToken },
    );
    expect(stored.data?.me.notificationPreferences).toContainEqual({
      type: 'FOLLOW_UP_RECORDED',
      email: 'DAILY',
    });

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/profiel`);
    await page.getByRole('heading', { name: 'Account verwijderen' }).waitFor();
    await page.screenshot({ path: 'test/artifacts/profile-phone.png', fullPage: true });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('returns to the suggestion after signing in from it, and never to another site', async () => {
    const author = await createSignedInUser(t, [], 'Indiener Ida');
    const themes = await themeIds(t);
    const proposal = await submitProposal(t, author, {
      title: 'Eén loket voor vergunningen',
      themeId: themes.talent!,
    });
    const voter = await createSignedInUser(t, [], 'Stemmer Stijn');
    const page = await open(`/voorstel/${proposal.id}`);
    await page.getByRole('link', { name: 'Log in om te stemmen.' }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await sendSignInForm(page, voter.user.email);
    await page.getByRole('button', { name: 'Voor', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/voorstel/${proposal.id}`);
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await page.goto(`${base}/inloggen?terug=${encodeURIComponent('/\\evil.example/')}`);
    await sendSignInForm(page, voter.user.email);
    await page.getByRole('heading', { name: 'Van suggestie tot beleid, in het openbaar' }).waitFor();
    expect(new URL(page.url()).origin).toBe(base);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('deletes an account after the danger zone’s checks; its suggestion stays, by a removed member', async () => {
    const leaver = await createSignedInUser(t, [], 'Vertrekkende Vince');
    const themes = await themeIds(t);
    const proposal = await submitProposal(t, leaver, {
      title: 'Minder formulieren voor zzp’ers',
      themeId: themes.talent!,
    });
    const page = await open('/');
    await signIn(page, base, leaver.user.email);
    await page.goto(`${base}/profiel#account-verwijderen`);
    // Authors follow their own suggestions.
    for (const section of ['Mijn suggesties', 'Wat ik volg']) {
      await page
        .getByRole('region', { name: section })
        .getByRole('link', { name: 'Minder formulieren voor zzp’ers' })
        .waitFor();
    }
    await page.screenshot({ path: 'test/artifacts/delete-account.png' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download mijn gegevens' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mijn-gegevens.json');
    const copy = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      suggestions: { title: string }[];
    };
    expect(copy.suggestions.map((suggestion) => suggestion.title)).toEqual([
      'Minder formulieren voor zzp’ers',
    ]);
    await page.getByText('Gedownload als mijn-gegevens.json.').waitFor();

    const submit = page.getByRole('button', { name: 'Mijn account definitief verwijderen' });
    await page.getByLabel('Je wachtwoord', { exact: true }).fill(TEST_PASSWORD);
    expect(await submit.isDisabled()).toBe(true);
    await page.getByLabel('Typ VERWIJDEREN om te bevestigen').fill('verwijderen');
    await submit.click();
    await page.getByText('Je account is verwijderd.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();

    await page.goto(`${base}/voorstel/${proposal.id}`);
    await page.getByText('door een verwijderd lid').waitFor();
    await page.close();
  });

  it('lets an admin see who confirmed their address and send a member a reset link, never a password', async () => {
    const email = `${randomUUID()}@example.test`;
    const name = `Hulpvragende Henk ${randomUUID().slice(0, 8)}`;
    await registerThroughApi(email, name);
    const admin = await createSignedInUser(t, [Role.ADMIN], 'Beheerder Bea');
    const page = await open('/');
    await signIn(page, base, admin.user.email);
    await page.goto(`${base}/beheer`);
    await page.getByLabel('Zoek op naam of e-mailadres').fill(name);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
    await card.getByText('e-mailadres nog niet bevestigd').waitFor();
    await card.getByRole('button', { name: 'Link voor nieuw wachtwoord sturen' }).click();
    await card.getByRole('status').filter({ hasText: 'Link voor een nieuw wachtwoord verstuurd.' }).waitFor();
    await page.screenshot({ path: 'test/artifacts/admin-account-mail.png' });
    expect(await linkInMailTo(email, '/wachtwoord-herstellen/')).toMatch(/^\/wachtwoord-herstellen\/[\w-]+$/);
    expect(await card.getByText(TEST_PASSWORD).count()).toBe(0);
    await page.close();
  });

  it('changes the address once the new one is confirmed, and the password, after which the member signs in again', async () => {
    const email = `${randomUUID()}@example.test`;
    const newEmail = `${randomUUID()}@example.test`;
    await registerThroughApi(email, 'Verhuizende Vincent');
    const page = await open('/');
    await signIn(page, base, email);
    await page.goto(`${base}/profiel#e-mailadres`);
    await page.getByLabel('Nieuw e-mailadres').fill(newEmail);
    await page.getByLabel('Je wachtwoord (ter controle)').fill('Niet-mijn-wachtwoord-1');
    await page.getByRole('button', { name: 'E-mailadres wijzigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Dat is niet je huidige wachtwoord.' }).waitFor();
    await page.getByLabel('Je wachtwoord (ter controle)').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'E-mailadres wijzigen' }).click();
    await page.getByText(`Kijk in de inbox van ${newEmail}`).waitFor();
    await page.goto(`${base}${await linkInMailTo(newEmail, '/e-mail-bevestigen/')}`);
    await page.getByText('Je e-mailadres is bevestigd').first().waitFor();
    await waitForSession(page);
    await page.goto(`${base}/profiel#wachtwoord`);
    await page.getByText(`Je e-mailadres: ${newEmail}`).waitFor();

    await page.getByLabel('Huidig wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Je wachtwoord is gewijzigd. Log opnieuw in met je nieuwe wachtwoord.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await signIn(page, base, newEmail, { password: NEW_PASSWORD });
    await page.close();
  });

  it('speaks the language of the member’s profile after they sign in on a new device', async () => {
    const email = `${randomUUID()}@example.test`;
    const registered = await t.gql(
      'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }',
      { input: { email, displayName: 'English Emma', password: TEST_PASSWORD, language: 'en' } },
    );
    expect(registered.errors).toBeUndefined();
    const page = await open('/inloggen');
    await sendSignInForm(page, email);
    await page.getByText('Signed in as English Emma').waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.close();
  });

  it('says an unsubscribe link is invalid in Dutch, with the way to the settings', async () => {
    const page = await open('/afmelden/niet-een-echte-link');
    await page.getByRole('heading', { name: 'Afmelden lukte niet' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Deze link' }).waitFor();
    await page.getByRole('link', { name: 'Naar je meldingsinstellingen' }).waitFor();
    await page.close();
  });

  it('has no serious or critical accessibility problems on the account pages (axe), and fits a phone', async () => {
    const user = await createSignedInUser(t, [], 'Toegankelijke Tess');
    const context = await web!.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const check = async (path: string, ready: string, name: string) => {
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: ready }).first().waitFor();
      expect(await seriousAxeViolations(page, path)).toEqual([]);
      await page.screenshot({ path: `test/artifacts/${name}.png`, fullPage: true });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.screenshot({ path: `test/artifacts/${name}-phone.png`, fullPage: true });
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    };
    await check('/inloggen', 'Inloggen', 'login');
    await check('/wachtwoord-vergeten', 'Wachtwoord vergeten', 'forgot-password');
    await check('/wachtwoord-herstellen/niet-echt', 'Nieuw wachtwoord kiezen', 'reset-password-form');
    await check('/afmelden/niet-echt', 'Afmelden lukte niet', 'unsubscribe-invalid');
    await check('/e-mail-bevestigen/niet-echt', 'Bevestigen lukte niet', 'verify-invalid');
    await signIn(page, base, user.user.email);
    await check('/profiel', 'Meldingen per e-mail', 'profile-axe');
    await context.close();
  }, 180_000);
});
