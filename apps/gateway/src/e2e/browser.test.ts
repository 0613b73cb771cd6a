import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Database } from '@lotrinh/schema';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../app.ts';
import { seededDatabase } from '../test-support.ts';

/**
 * End to end in a real browser: Debian's Chromium (installed by the root `npm test` when
 * missing) driven by Playwright, against the gateway serving the real dashboard build.
 */
const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const CHROMIUM = process.env.LOTRINH_CHROMIUM ?? '/usr/bin/chromium';

let db: Database;
let gateway: Gateway;
let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  if (!existsSync(`${WEB_DIST}/index.html`))
    throw new Error(`Build the dashboard first (npm run build): ${WEB_DIST} is empty.`);
  db = await seededDatabase();
  gateway = await createGateway({ WEB_DIST, NODE_ENV: 'test' }, db);
  server = await new Promise<Server>((ok) => {
    const s = gateway.app.listen(0, '127.0.0.1', () => ok(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await gateway?.stop();
  await db?.close();
});

describe('in a browser', () => {
  it('shows the five wards in Vietnamese, and in English after switching', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator('.ward-card').count(), { timeout: 20_000 }).toBe(5);
    expect(await page.locator('h1').textContent()).toBe('Các phường, xã');
    expect(await page.locator('.ward-card', { hasText: 'Chu Văn An' }).textContent()).toContain(
      '20 chỉ tiêu',
    );
    await page.selectOption('select', 'en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Wards and communes');
    await expect
      .poll(() => page.locator('.ward-card', { hasText: 'Chu Văn An ward' }).textContent())
      .toContain('20 targets');
    await page.close();
  });

  it('shows a ward leader the scorecard with sources, and an indicator’s trajectory chart', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('link', { name: 'Chu Văn An' }).click();
    await page.locator('table.scorecard').waitFor({ timeout: 20_000 });
    // 20 targets of 2025 and the budget spent, shown without a target.
    expect(await page.locator('table.scorecard tbody tr').count()).toBe(21);
    const contactless = page.locator('tr', { hasText: 'phi tiếp xúc' });
    expect(await contactless.textContent()).toContain('82,54%');
    expect(await contactless.textContent()).toContain('003_398e4fa2e8d18aa8.txt dòng 325');
    expect(await page.locator('.composite').textContent()).toContain('100 / 100');
    await contactless.getByRole('button').click();
    await page.locator('figure.trajectory svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('figure.trajectory figcaption').textContent()).toContain('dòng 325');
    await page.close();
  });

  it('shows the city department every ward side by side, and a ward leader the tasks', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/#/compare`);
    await page.locator('table.compare').waitFor({ timeout: 20_000 });
    expect(await page.locator('table.compare thead th').count()).toBe(1 + 5);
    // Only one ward has 2025 results: no ranking, and the page says why.
    expect(await page.locator('section').first().textContent()).toContain(
      'Không xếp hạng: 1/5 phường, xã có đủ số liệu năm 2025',
    );
    await page.goto(`${url}/#/wards/hong-bang`);
    await page.locator('table.tasks').waitFor({ timeout: 20_000 });
    expect(await page.locator('table.tasks tbody tr').count()).toBe(13);
    expect(
      await page.locator('table.tasks tbody tr', { hasText: 'sáng kiến' }).first().textContent(),
    ).toContain('11/2026');
    await page.close();
  });

  it('lets an analyst open /graphql and run the five-ward comparison with its sources', async () => {
    // A Vietnamese browser: names come back in Vietnamese (Accept-Language).
    const page = await browser.newPage({ locale: 'vi-VN' });
    await page.goto(`${url}/graphql`);
    const run = page.getByRole('button', { name: /Execute query/ });
    await run.waitFor({ timeout: 30_000 });
    // Monaco loads the example document after the button appears: run only once it is there.
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 30_000 })
      .toContain('compareWards');
    const response = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('CompareWards'),
    );
    await run.click();
    const body = (await (await response).json()) as {
      data: {
        compareWards: {
          wards: { slug: string }[];
          ranking: { withheld: boolean; reason: string };
          cells: {
            entry: {
              expected: {
                targets: { provenance: { file: string; line: number; text: string } }[];
              } | null;
            } | null;
          }[];
        };
      };
    };
    const comparison = body.data.compareWards;
    expect(comparison.wards.map((w) => w.slug)).toEqual([
      'hai-an',
      'hong-an',
      'thanh-mien',
      'chu-van-an',
      'hong-bang',
    ]);
    expect(comparison.ranking.withheld).toBe(true);
    expect(comparison.ranking.reason).toContain('1/5');
    const sources = comparison.cells.flatMap(
      (c) => c.entry?.expected?.targets.map((t) => t.provenance) ?? [],
    );
    expect(sources).toContainEqual(
      expect.objectContaining({
        file: '003_398e4fa2e8d18aa8.txt',
        row: '14.',
        line: 325,
        text: 'Có ≥ 70% giao dịch hành chính',
      }),
    );
    // The result is shown in the explorer's result pane.
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 20_000 })
      .toContain('compareWards');
    await page.close();
  });
});
