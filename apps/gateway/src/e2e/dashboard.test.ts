import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct, WEB_DIST } from './support.ts';

const product = useProduct();

async function open(
  path: string,
  options: { width?: number; height?: number } = {},
): Promise<Page> {
  const page = await product.current.browser.newPage({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
  });
  await page.goto(`${product.current.url}${path}`);
  await settled(page);
  return page;
}

const ROUTES: [name: string, path: string][] = [
  ['overview', '/'],
  ['ward-hai-an', '/wards/hai-an'],
  ['ward-chu-van-an', '/wards/chu-van-an'],
  ['ward-hong-bang', '/wards/hong-bang'],
  ['ward-hong-an', '/wards/hong-an'],
  ['ward-thanh-mien', '/wards/thanh-mien'],
  ['indicator-dti', '/indicators/DTI_WARD_INDEX'],
  ['report-chu-van-an', '/wards/chu-van-an/report?year=2025'],
];

/** `/graphql` with or without a query string (GETs carry the persisted query's hash). */
const GRAPHQL_URL = /\/graphql(\?|$)/;

describe('every route, in Vietnamese and in English', () => {
  it.each(
    ROUTES.flatMap(([name, path]) =>
      (['vi', 'en'] as const).map((lang) => [name, path, lang] as const),
    ),
  )(
    '%s (%s, %s): renders in its language, is screenshot, and has no serious axe finding',
    async (name, path, lang) => {
      const url = lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path;
      const page = await open(url);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('.app-nav').textContent()).toContain(
        lang === 'en' ? 'City overview' : 'Tổng quan thành phố',
      );
      // Charts draw after they scroll into view: scroll through, so the screenshot has them.
      await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
      await page.waitForTimeout(800);
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${lang}.png`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it('works on a tablet (820×1180) without the page scrolling sideways', async () => {
    for (const [name, path] of ROUTES.slice(0, 3)) {
      const page = await open(path, { width: 820, height: 1180 });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-tablet.png`) });
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect([name, overflow]).toEqual([name, 0]);
      await page.close();
    }
  }, 120_000);
});

describe('the questions an official asks', () => {
  it('which ward leads for 2025, or why none can be ranked', async () => {
    const page = await open('/?year=2025');
    const ranking = page.locator('section[aria-labelledby="ranking-heading"]');
    expect(await ranking.locator('.withheld').textContent()).toContain('Không xếp hạng');
    expect(await ranking.locator('.withheld').textContent()).toContain(
      '1/5 phường, xã có đủ số liệu năm 2025',
    );
    // Every ward says why it is not ranked.
    expect(await ranking.locator('ul.unranked li').count()).toBe(5);
    // The one ward with data is not ranked for want of another to compare, not for its data.
    expect(
      await ranking.locator('ul.unranked li', { hasText: 'Chu Văn An' }).textContent(),
    ).toContain('không có phường, xã nào khác để so sánh');
    await page.close();
  });

  it('what Hải An must reach by 2030 for its DTI, and how far it is', async () => {
    const page = await open('/wards/hai-an?year=2030');
    const row = page
      .locator('table.gap-table tbody tr')
      .filter({ has: page.getByRole('button', { name: /Chỉ số chuyển đổi số phường/ }) });
    const text = await row.textContent();
    expect(text).toContain('≥ 0,8');
    expect(text).toContain('chưa có kết quả: chưa đo được khoảng cách');
    expect(text).toContain('lộ trình: +0,006/năm từ mốc 0,77 (2025) đến 0,8 (2030)');
    expect(text).toContain('Chưa báo cáo');
    // The row opens in place: its chart is the very next row, and the choice is in the URL.
    await row.getByRole('button', { name: /Chỉ số chuyển đổi số phường/ }).click();
    const expansion = row.locator('xpath=following-sibling::tr[1]');
    // Charts load as they come into view.
    await expansion.scrollIntoViewIfNeeded();
    await expansion.locator('svg').first().waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('indicator=DTI_WARD_INDEX');
    expect(await expansion.locator('[role="img"]').getAttribute('aria-label')).toContain(
      'Chỉ số chuyển đổi số phường',
    );
    // The source is named by document, on focus as on hover.
    await row.getByRole('button', { name: 'Nguồn chỉ tiêu' }).focus();
    const tip = page.locator('[role="tooltip"]:visible');
    expect(await tip.textContent()).toContain('Kế hoạch của phường Hải An (2025–2045)');
    expect(await tip.textContent()).toContain('dòng 1304');
    await page.close();
  });

  it('shades the zones the DTI targets ask for on the indicator chart, with at most six lines', async () => {
    const page = await open('/indicators/DTI_WARD_INDEX');
    const chart = page.locator('.chart-card [role="img"]').first();
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('svg').waitFor({ timeout: 20_000 });
    expect(await chart.getAttribute('aria-label')).toMatch(
      /Các vùng tô nhạt là vùng chỉ tiêu yêu cầu .*, \d+ vùng/,
    );
    // ECharts draws each band as a translucent area in its ward's colour.
    await expect
      .poll(() => chart.locator('svg path[fill-opacity="0.12"]').count())
      .toBeGreaterThan(0);
    const legend = await chart.locator('svg text').allTextContents();
    expect(legend.filter((x) => /kế hoạch|kết quả/.test(x)).length).toBeLessThanOrEqual(6);
    await page.screenshot({ path: join(ARTIFACTS, 'indicator-dti-bands.png'), fullPage: true });
    await page.close();
  });

  it('offers the pillar scores as a radar too, kept in the URL, with the same table', async () => {
    const page = await open('/wards/chu-van-an?year=2025');
    const card = page.locator('section[aria-labelledby="pillars-heading"]');
    await card.scrollIntoViewIfNeeded();
    expect(
      await card.getByRole('button', { name: 'Biểu đồ cột' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await card.getByRole('button', { name: 'Biểu đồ radar' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pillars')).toBe('radar');
    const chart = card.locator('[role="img"]');
    await chart.locator('svg').waitFor({ timeout: 20_000 });
    expect(await chart.getAttribute('aria-label')).toContain('Biểu đồ radar điểm theo trụ cột');
    await page.reload();
    await settled(page);
    const again = page.locator('section[aria-labelledby="pillars-heading"]');
    expect(
      await again.getByRole('button', { name: 'Biểu đồ radar' }).getAttribute('aria-pressed'),
    ).toBe('true');
    // The table alternative is there in the radar view as in the bars view.
    expect(await again.locator('table caption').textContent()).toContain('Điểm theo trụ cột của');
    await again.scrollIntoViewIfNeeded();
    await again.locator('svg').waitFor({ timeout: 20_000 });
    await again.screenshot({ path: join(ARTIFACTS, 'ward-chu-van-an-pillars-radar.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('which of Chu Văn An’s 2025 targets were met, with figures, in a printable report', async () => {
    const page = await open('/wards/chu-van-an/report?year=2025');
    expect(await page.locator('.report-summary').textContent()).toContain('đạt 20/20');
    const contactless = page.locator('table.report-table tbody tr', { hasText: 'phi tiếp xúc' });
    expect(await contactless.textContent()).toContain('82,54%');
    expect(await contactless.textContent()).toContain('Đạt');
    expect(await page.locator('.report-footer').textContent()).toContain('lotrinh-scoring/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const pdf = join(ARTIFACTS, 'report-chu-van-an-2025.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Several A4 pages, each repeating the table header (thead as table-header-group).
    expect((bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(
      1,
    );
    await page.close();
  });

  it('which Hồng Bàng tasks are due in 12/2026 and who leads them, with the month as printed', async () => {
    const page = await open('/wards/hong-bang');
    await page.getByLabel('Tháng đến hạn', { exact: true }).selectOption('12/2026');
    await expect.poll(() => page.url()).toContain('due=12%2F2026');
    const rows = page.locator('table.tasks tbody tr');
    expect(await rows.count()).toBe(4);
    const texts = await rows.allTextContents();
    expect(texts.every((t) => t.includes('12/2026'))).toBe(true);
    expect(texts.join(' ')).toContain('Văn phòng HĐND & UBND phường');
    expect(texts.join(' ')).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(await page.locator('main').textContent()).not.toContain('31/12/2026');
    // The filter is a link: a reload keeps it.
    await page.reload();
    await settled(page);
    await page.locator('table.tasks').waitFor();
    expect(await page.locator('table.tasks tbody tr').count()).toBe(4);
    await page.close();
  });

  it('which wards set no target for an indicator the city framework asks for; the heatmap tells "no target" from "not reported"', async () => {
    const page = await open('/?year=2025');
    const coverage = page.locator('ul.coverage-list');
    expect(await coverage.textContent()).toContain(
      'xã Thanh Miện: đã đặt 27/27 chỉ tiêu của khung thành phố (100%)',
    );
    expect(await coverage.textContent()).toContain('phường Hồng An: đã đặt 3/27');
    const dti = page.locator('table.heatmap tbody tr', { hasText: 'Chỉ số chuyển đổi số phường' });
    const cells = dti.locator('td');
    // Columns: Hải An, Hồng An, Thanh Miện, Chu Văn An, Hồng Bàng.
    expect(await cells.nth(0).locator('.status').textContent()).toBe('? Chưa báo cáo');
    expect(await cells.nth(4).locator('.status').textContent()).toBe('– Chưa có chỉ tiêu');
    await page.close();
  });

  it('opens a heatmap cell on demand: the targets behind it as printed, their document, the reason', async () => {
    const page = await open('/?year=2025');
    const dti = page.locator('table.heatmap tbody tr', { hasText: 'Chỉ số chuyển đổi số phường' });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (GRAPHQL_URL.test(r.url())) requests.push(r.postData() ?? r.url());
    });
    // Hải An's column: expected ≥ 0,77 in 2025, nothing reported.
    await dti.locator('td').nth(0).getByRole('button').click();
    const detail = page.locator('.cell-detail');
    await detail.locator('h3').waitFor();
    // Fetched when opened, not with the overview.
    expect(requests.some((r) => r.includes('OverviewCell'))).toBe(true);
    expect(await detail.locator('h3').textContent()).toBe(
      'Chỉ số chuyển đổi số phường — phường Hải An, năm 2025',
    );
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H3');
    expect(await detail.textContent()).toContain('Chưa báo cáo kết quả năm 2025.');
    const first = await detail.locator('.cell-targets li').first().textContent();
    // The plan's line as printed, and the plan it is printed in.
    expect(first).toContain('2025: ≥ 0,77');
    expect(first).toContain('“≥ 0,77”');
    expect(first).toContain('Kế hoạch thực hiện Nghị quyết 57-NQ/TW');
    expect(first).toContain('phường Hải An');
    expect(first).toContain('dòng 1304');
    expect(await detail.locator('.cell-targets li').count()).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);
    await detail.screenshot({ path: join(ARTIFACTS, 'overview-cell-detail.png') });
    await detail.getByRole('button', { name: 'Đóng chi tiết' }).click();
    expect(await page.locator('.cell-detail').count()).toBe(0);
    await page.close();
  });
});

describe('links, state and delivery', () => {
  it('asks for data with persisted-query GETs, and the browser revalidates them (304)', async () => {
    const page = await product.current.browser.newPage();
    await page.goto(`${product.current.url}/wards/hong-bang`);
    await settled(page);
    // Back to the ward: the gateway knows every document now, the browser holds answers and tags.
    const requests: { method: string; url: string }[] = [];
    page.on('request', (request) => {
      if (GRAPHQL_URL.test(request.url()))
        requests.push({ method: request.method(), url: request.url() });
    });
    await page.goto(`${product.current.url}/wards/hai-an`);
    await settled(page);
    const before = product.current.gateway.frontDoor.stats();
    await page.goto(`${product.current.url}/wards/hong-bang`);
    await settled(page);
    // Settled means the page shows its data; on a loaded machine a revalidation may still be
    // on its way back, so give the counters a few seconds.
    for (
      let i = 0;
      i < 50 && product.current.gateway.frontDoor.stats().notModified === before.notModified;
      i++
    )
      await page.waitForTimeout(100);
    const after = product.current.gateway.frontDoor.stats();
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.method).toBe('GET');
      expect(new URL(r.url).searchParams.get('extensions')).toMatch(/"sha256Hash":"[0-9a-f]{64}"/);
    }
    // Answered before Express, as 304s: the browser sent the tags it kept.
    expect(after.notModified - before.notModified).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the year, pillar and language in the URL across a reload and on every link', async () => {
    const page = await open('/');
    await page.getByLabel('Năm', { exact: true }).selectOption('2030');
    await page.getByLabel('Trụ cột', { exact: true }).selectOption('DTI');
    await expect.poll(() => page.url()).toMatch(/year=2030/);
    expect(page.url()).toContain('pillar=DTI');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('City overview');
    expect(page.url()).toContain('lang=en');
    await page.reload();
    await settled(page);
    expect(await page.locator('h1').textContent()).toBe('City overview');
    expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2030');
    // The heatmap shows only the chosen pillar.
    expect(await page.locator('table.heatmap .pillar-row').count()).toBe(1);
    // Links carry the language.
    await page.locator('table.heatmap thead').getByRole('link', { name: /Chu V/ }).click();
    await expect.poll(() => page.url()).toContain('/wards/chu-van-an');
    expect(page.url()).toContain('lang=en');
    // Proper names keep their diacritics in English; only the kind is translated.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Chu Văn An ward');
    await page.close();
  });

  it('redirects old #/ links to their paths', async () => {
    const page = await product.current.browser.newPage();
    await page.goto(`${product.current.url}/#/wards/chu-van-an`);
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/wards/chu-van-an');
    expect(await page.locator('h1').textContent()).toContain('Chu Văn An');
    await page.goto(`${product.current.url}/#/compare`);
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('says when something cannot be found (no retry) and offers a retry when the network fails', async () => {
    const page = await open('/wards/khong-co-phuong');
    expect(await page.locator('h1').textContent()).toContain(
      'Không có phường, xã “khong-co-phuong”',
    );
    await page.close();
    const offline = await product.current.browser.newPage();
    await offline.route(GRAPHQL_URL, (route) => route.abort('connectionrefused'));
    await offline.goto(`${product.current.url}/wards/chu-van-an`);
    const alert = offline.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('Không kết nối được máy chủ');
    await offline.unroute(GRAPHQL_URL);
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await offline.locator('h1', { hasText: 'Chu Văn An' }).waitFor({ timeout: 20_000 });
    await offline.close();
  });

  it('loads under 300 KB of gzipped JavaScript for the overview, without ECharts or GraphiQL', async () => {
    const page = await product.current.browser.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) scripts.push(path);
    });
    await page.goto(product.current.url);
    await settled(page);
    await page.waitForLoadState('networkidle');
    const gzipped = scripts.reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(WEB_DIST, path))).length,
      0,
    );
    expect(scripts.some((s) => /echart|monaco|graphiql|explorer/i.test(s))).toBe(false);
    expect(gzipped).toBeLessThan(300 * 1024);
    await page.close();
  });

  it('gives the explorer a fixed layout with a way back to the dashboard', async () => {
    const page = await product.current.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${product.current.url}/explorer`);
    await page.getByRole('button', { name: /Execute query/ }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-vi.png') });
    await page.evaluate('window.scrollTo(0, 5000)');
    expect(await page.evaluate('window.scrollY')).toBe(0);
    expect(statSync(join(ARTIFACTS, 'explorer-vi.png')).size).toBeGreaterThan(0);
    // GraphiQL's own editor is a third-party widget; the page around it is ours.
    expect(await seriousViolations(page, ['.explorer-main'])).toEqual([]);
    await page.getByRole('link', { name: /Về trang tổng quan/ }).click();
    await settled(page);
    expect(await page.locator('h1').textContent()).toBe('Tổng quan thành phố');
    await page.close();
  }, 60_000);
});
