// `npm run bench` (second part): how fast a ward leader's page becomes usable, cold, in headless
// Chromium against the real build — from navigation to the gap table on screen, with an empty
// cache each run. Goal: under 1.5 s. Prints one line per figure: name, value, unit.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { openDatabase, seedDatabase } from '@lotrinh/schema';
import { chromium } from 'playwright-core';
import { createGateway } from '../src/app.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
const CHROMIUM = process.env.LOTRINH_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(`${WEB_DIST}/index.html`) || !existsSync(CHROMIUM)) {
  console.log(
    'ward page bench skipped: needs the built dashboard and Chromium (npm test installs it)',
  );
  process.exit(0);
}

const db = await openDatabase({ dataDir: 'memory://' });
await seedDatabase(db.prisma);
const gateway = await createGateway({ WEB_DIST, NODE_ENV: 'production' }, db, {
  rateLimitPerMinute: 1_000_000,
});
const server = await new Promise<Server>((ok) => {
  const s = gateway.app.listen(0, '127.0.0.1', () => ok(s));
});
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext(); // a new context has an empty cache: a cold load
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(`${url}/wards/chu-van-an?year=2025`);
  await page.locator('table.gap-table').first().waitFor({ timeout: 30_000 });
  runs.push(performance.now() - start);
  await context.close();
}
runs.sort((a, b) => a - b);
console.log(`ward_page_interactive_cold_median ${Math.round(runs[2] ?? 0)} ms`);
console.log(`ward_page_interactive_cold_worst ${Math.round(runs[4] ?? 0)} ms`);

await browser.close();
server.close();
await gateway.stop();
await db.close();
