// Lighthouse (mobile form factor, simulated throttling) on pages of a running server, in Debian's
// Chromium: `node scripts/lighthouse.mjs http://127.0.0.1:3000 / /lijsten/<slug>`. Prints the four
// category scores (0–100) of each page, its timing metrics and the audits that failed as JSON;
// docs/PERFORMANCE.md records them. With LIGHTHOUSE_REPORT_DIR set, each page's whole report (the
// main-thread breakdown, bootup time per script, …) is also written there as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [base, ...paths] = process.argv.slice(2);
if (base === undefined || paths.length === 0) {
  console.error('usage: node scripts/lighthouse.mjs <base URL> <path>…');
  process.exit(2);
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];
const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const results = {};
  for (const path of paths) {
    const runner = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { categories, audits, runtimeError } = runner.lhr;
    results[path] = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((categories[id].score ?? 0) * 100)]),
    );
    // A run without a usable trace (NO_NAVSTART, NO_FCP, …) scores 0: say so rather than a score.
    if (runtimeError !== undefined)
      results[path].runtimeError = `${runtimeError.code}: ${runtimeError.message}`;
    results[path].metrics = Object.fromEntries(METRICS.map((id) => [id, audits[id].displayValue]));
    // What to work on next: every audit of a category that did not pass.
    results[path].failing = Object.values(audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
      )
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    if (reportDir !== undefined) {
      mkdirSync(reportDir, { recursive: true });
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      writeFileSync(join(reportDir, `${name}.json`), JSON.stringify(runner.lhr, null, 2));
    }
  }
  console.log(JSON.stringify(results, null, 2));
} finally {
  await chrome.kill();
}
