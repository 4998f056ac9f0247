import { type Browser, chromium, type Page } from 'playwright-core';
import { TEST_PASSWORD } from './accounts';

/** Debian's Chromium, headless, with no background traffic (the machines have no internet). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fills in and sends the sign-in form the page shows, without waiting for the outcome. */
export async function sendSignInForm(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Waits until the header names the signed-in member: the page then holds its session. */
export async function waitForSession(page: Page): Promise<void> {
  await page.getByText(/Ingelogd als/).waitFor({ state: 'attached' });
}

/** Signs in on the sign-in form the page shows, and waits until the header names the member. */
export async function signInHere(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await sendSignInForm(page, email, password);
  await waitForSession(page);
}

/** Opens the sign-in page of the app at `base` (returning to `back` afterwards) and signs in. */
export async function signIn(
  page: Page,
  base: string,
  email: string,
  { password = TEST_PASSWORD, back }: { password?: string; back?: string } = {},
): Promise<void> {
  const returnTo = back === undefined ? '' : `?terug=${encodeURIComponent(back)}`;
  await page.goto(`${base}/inloggen${returnTo}`);
  await signInHere(page, email, password);
}

/** Goes to an editors', moderators' or admins' page through the header's staff menu. */
export async function openStaffPage(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Medewerkers' }).click();
  await menu.getByRole('link', { name, exact: true }).click();
}

/**
 * Waits until the web client runs the page: a published list's server HTML is taken into the
 * client's page (apps/web/src/prerendered.tsx), where it stays for a visitor until the client
 * needs to render the page itself, or the client's own page replaced it.
 */
export async function waitForClient(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { document } = globalThis as unknown as {
        document: { querySelector(selector: string): object | null };
      };
      return (
        document.querySelector('[data-prerendered]') === null ||
        document.querySelector('.prerendered-host > [data-prerendered]') !== null
      );
    },
    undefined,
    { polling: 100 },
  );
}

/**
 * Waits until the client has rendered the page itself: the server's HTML of a published list
 * vanishes when it does (for a member who is signed in, or once a reader opened a discussion).
 */
export async function waitForClientPage(page: Page): Promise<void> {
  await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
}
