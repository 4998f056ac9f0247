import { seriousAxeViolations, sidewaysOverflow, startWebApp, type WebApp } from './support/web-app';

/** The page for paths that are no page (the built web client, in Chromium). */
describe('not found page in a browser', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp('e2e_shell_web');
  });

  afterAll(async () => {
    await web.close();
  });

  it('answers an unknown path with status 404 and a translated page that leads home', async () => {
    for (const [width, name] of [
      [1000, 'desktop'],
      [375, 'phone'],
    ] as const) {
      const context = await web.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const response = await page.goto(`${web.base}/bestaat/niet`);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      expect(await page.title()).toBe('Pagina niet gevonden – Kabinet van Vernieuwing');
      await page.screenshot({ path: `test/artifacts/not-found-${name}.png`, fullPage: true });
      expect(await seriousAxeViolations(page, `not found ${name}`)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: 'Naar de lijsten' }).waitFor();
      await page.getByRole('link', { name: 'Naar de suggesties' }).click();
      await page.getByRole('heading', { level: 1, name: 'Suggesties van ondernemers' }).waitFor();
      await context.close();
    }
  });

  it('shows the page in English once chosen, and loads a page split off the main bundle', async () => {
    const page = await web.open('/onbekend');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the lists' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText('Page not found').count()).toBe(0);
    await page.goto(`${web.base}/inloggen`);
    await page.locator('input[type="password"]').waitFor();
    await page.close();
  });
});
