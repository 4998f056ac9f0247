import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { FollowUpScene } from './support/follow-up';
import { startWebApp, type WebApp } from './support/web-app';

const run = promisify(execFile);

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number> & {
  failing: string[];
  /** Set when Lighthouse got no usable trace of the page (it then scores 0). */
  runtimeError?: string;
};

/**
 * Lighthouse (mobile, simulated throttling) on the home page and a published list page, in
 * Debian's Chromium through scripts/lighthouse.mjs. Accessibility, best practices and SEO are
 * properties of the pages and must be 100; performance depends on how busy the machine is, so it
 * is written to test/artifacts/lighthouse.json for docs/PERFORMANCE.md, not asserted.
 */
describe('Lighthouse on the public pages', () => {
  let web: WebApp;
  let listPath: string;

  beforeAll(async () => {
    web = await startWebApp('e2e_lighthouse_web');
    const scene = await FollowUpScene.start(web.t);
    const list = await scene.publishedList('Tien geboden');
    await scene.recordFollowUp(list.itemId, 'Besproken met **het ministerie**.');
    listPath = `/lijsten/${list.slug}`;
  });

  afterAll(async () => {
    await web.close();
  });

  it('scores 100 for accessibility, best practices and SEO on the home and a list page', async () => {
    const lighthouse = async (paths: string[]) => {
      const { stdout } = await run('node', ['scripts/lighthouse.mjs', web.base, ...paths], {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        maxBuffer: 8 * 1024 * 1024,
      });
      return JSON.parse(stdout) as Record<string, Scores>;
    };
    const results = await lighthouse(['/', listPath]);
    // Now and then Chromium's trace of a load has no navigation start (NO_NAVSTART): a failed
    // measurement, not a score of the page. Such a page is measured once more.
    const unmeasured = Object.keys(results).filter((path) => results[path]?.runtimeError !== undefined);
    if (unmeasured.length > 0) Object.assign(results, await lighthouse(unmeasured));
    writeFileSync('test/artifacts/lighthouse.json', JSON.stringify(results, null, 2));
    for (const path of ['/', listPath]) {
      const scores = results[path]!;
      expect({ path, accessibility: scores.accessibility }).toEqual({ path, accessibility: 100 });
      expect({ path, bestPractices: scores['best-practices'] }).toEqual({ path, bestPractices: 100 });
      expect({ path, seo: scores.seo }).toEqual({ path, seo: 100 });
      expect(scores.performance).toBeGreaterThan(0);
    }
  }, 300_000);
});
