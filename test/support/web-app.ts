import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startTestApp, type TestApp } from './test-app';

/** The real API serving the built web client on a free port, and Chromium to look at it. */
export interface WebApp {
  t: TestApp;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  base: string;
  browser: Browser;
  /** A new page (a context of its own) at `path`, `width` pixels wide. */
  open(path: string, width?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the app on a fresh database `dbName` and a browser; screenshots go to test/artifacts. */
export async function startWebApp(dbName: string): Promise<WebApp> {
  mkdirSync(join(__dirname, '..', 'artifacts'), { recursive: true });
  const t = await startTestApp(dbName);
  await t.app.listen(0, '127.0.0.1');
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await launchBrowser();
  return {
    t,
    base,
    browser,
    open: async (path, width = 1000) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${base}${path}`);
      return page;
    },
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/** The serious and critical findings of axe (contrast included) on the page as it is, one line each. */
export async function seriousAxeViolations(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${label}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

/**
 * The boxes on the page whose content is wider than the box, so that it scrolls sideways inside the
 * page (a table in an `overflow-x: auto` wrapper): `sidewaysOverflow` does not see those.
 */
export async function sidewaysScrollingBoxes(page: Page, selector: string): Promise<string[]> {
  // A string, as in sidewaysOverflow: the specs are compiled without the DOM's types.
  const boxes: unknown = await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})]
    .filter((box) => box.scrollWidth > box.clientWidth)
    .map((box) => box.textContent.slice(0, 40) + ': ' + box.scrollWidth + ' > ' + box.clientWidth)`);
  return boxes as string[];
}

/** How many pixels the page is wider than the window (0 or less: it fits). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
}
