// The dashboard in headless Chromium against the real build: the gzip size of the JavaScript
// the first page loads, and how fast a ward leader's page becomes usable, cold (an empty cache
// each time): from navigation to the gap table on screen.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Database } from '@lotrinh/schema';
import { chromium } from 'playwright-core';
import type { Gateway } from '../src/app.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
const CHROMIUM = process.env.LOTRINH_CHROMIUM ?? '/usr/bin/chromium';

export async function measureWebPage(
  seeded: () => Promise<Database>,
  start: (
    db: Database,
    webDist: string,
  ) => Promise<{ url: string; gateway: Gateway; close: () => Promise<void> }>,
): Promise<{ initialJsGzipKb: number; wardPageInteractiveMs: number }> {
  if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error('the dashboard is not built');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  const r = await start(await seeded(), WEB_DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const first = await browser.newContext();
    const page = await first.newPage();
    const scripts = new Set<string>();
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(`${r.url}/`);
    await page.waitForLoadState('networkidle');
    const gzipBytes = [...scripts].reduce(
      (sum, path) => sum + gzipSync(readFileSync(`${WEB_DIST}${path}`)).length,
      0,
    );
    await first.close();

    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext(); // empty cache: a cold load
      const ward = await context.newPage();
      const t = performance.now();
      await ward.goto(`${r.url}/wards/chu-van-an?year=2025`);
      await ward.locator('table.gap-table').first().waitFor({ timeout: 30_000 });
      runs.push(performance.now() - t);
      await context.close();
    }
    runs.sort((a, b) => a - b);
    return { initialJsGzipKb: gzipBytes / 1024, wardPageInteractiveMs: runs[2] ?? Number.NaN };
  } finally {
    await browser.close();
    await r.close();
  }
}
