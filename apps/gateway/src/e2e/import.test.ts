import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

/**
 * Issue 10's import story: a ward editor fills in the results template, and the dry run shows
 * the one bad row's error with its row and column while nothing is written; with the row fixed
 * the import runs as a job whose progress bar is seen, and the result links to what changed.
 */
const product = useProduct();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Hải An's current results for 2025, read through the public API. */
async function haiAnResults2025(): Promise<{ indicator: string; value: number | null }[]> {
  const res = await fetch(`${product.current.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ observations(filter: { ward: "hai-an", year: 2025 }, first: 100) { edges { node { indicator { code } value } } } }',
    }),
  });
  const body = (await res.json()) as {
    data: {
      observations: { edges: { node: { indicator: { code: string }; value: number | null } }[] };
    };
  };
  return body.data.observations.edges.map((e) => ({
    indicator: e.node.indicator.code,
    value: e.node.value,
  }));
}

describe('importing results from a file', () => {
  it('a bad row is shown with its row and column and nothing is written; fixed, the import succeeds', async () => {
    const editor = await product.current.createUser({ role: 'ward_editor', wards: ['hai-an'] });
    const page = await product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await product.current.signIn(page, editor, { redirect: '/wards/hai-an/import?year=2025' });
    await settled(page);
    expect(await page.locator('h1').textContent()).toBe(
      'Nhập kết quả từ tệp — phường Hải An, năm 2025',
    );

    // The template the page offers: that ward's indicators for 2025, targets and units.
    const href = await page.getByRole('link', { name: 'Tải mẫu CSV' }).getAttribute('href');
    expect(href).toBe('/export/templates/results.csv?ward=hai-an&year=2025');
    const template = await page.request.get(`${product.current.url}${href}`);
    expect(template.headers()['content-disposition']).toContain('ket-qua-hai-an-2025.csv');
    const parsed = Papa.parse<string[]>((await template.text()).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    const [header, ...rows] = parsed.data as [string[], ...string[][]];
    expect(header.slice(0, 9)).toEqual([
      'Phường',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Đơn vị',
      'Chỉ tiêu như in',
      'Năm',
      'Quý',
      'Tháng',
      'Giá trị',
    ]);
    const dti = rows.find((r) => r[1] === 'DTI_WARD_INDEX');
    expect(dti?.slice(0, 6)).toEqual([
      'hai-an',
      'DTI_WARD_INDEX',
      'Chỉ số chuyển đổi số phường',
      'chỉ số (0–1)',
      '≥ 0,77',
      '2025',
    ]);
    const percentRows = rows.filter((r) => r[3] === '% (0–100)').slice(0, 2);
    expect(percentRows).toHaveLength(2);

    // Three rows filled in; the third is a percentage of 120 (row 4 of the file, column I).
    const fill = (row: string[], value: string) => row.map((c, i) => (i === 8 ? value : c));
    const csv = (lines: string[][]) => `${Papa.unparse([header, ...lines])}\r\n`;
    const picked = [dti as string[], percentRows[0] as string[], percentRows[1] as string[]];
    const bad = csv([
      fill(picked[0] as string[], '0,8'),
      fill(picked[1] as string[], '82,54'),
      fill(picked[2] as string[], '120'),
    ]);
    const input = page.getByLabel('Tệp CSV hoặc XLSX');
    await input.setInputFiles({
      name: 'ket-qua.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.getByRole('button', { name: 'Kiểm tra (chưa ghi gì)' }).click();
    const preview = page.locator('.import-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.locator('[data-count="new"]').textContent()).toBe('2');
    expect(await preview.locator('[data-count="conflicts"]').textContent()).toBe('1');
    const errorRows = preview.locator('table.import-errors tbody tr');
    expect(await errorRows.count()).toBe(1);
    expect(await errorRows.first().locator('td').allTextContents()).toEqual([
      '4',
      'Giá trị (I)',
      'Tỷ lệ phần trăm từ 0 đến 100 (ví dụ 82,54 cho 82,54%).',
    ]);
    expect(await preview.locator('.notice-error').textContent()).toContain('Chưa ghi gì');
    expect(await preview.getByRole('button', { name: /Xác nhận/ }).count()).toBe(0);
    await shot(page, 'import-preview-bad-row');
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing was written by the dry run.
    expect(await haiAnResults2025()).toEqual([]);

    // Fixed: the preview counts three new results and offers to import them.
    const good = csv([
      fill(picked[0] as string[], '0,8'),
      fill(picked[1] as string[], '82,54'),
      fill(picked[2] as string[], '12'),
    ]);
    await input.setInputFiles({
      name: 'ket-qua-da-sua.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await page.getByRole('button', { name: 'Kiểm tra (chưa ghi gì)' }).click();
    const confirm = preview.getByRole('button', { name: 'Xác nhận nhập 3 kết quả' });
    await confirm.waitFor({ timeout: 30_000 });
    expect(await preview.locator('[data-count="new"]').textContent()).toBe('3');
    expect(await preview.locator('[data-count="conflicts"]').textContent()).toBe('0');
    expect(await haiAnResults2025()).toEqual([]);

    await confirm.click();
    const progress = page.locator('progress.import-progress');
    await progress.waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('job')).toMatch(/^[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.locator('.import-progress-label').textContent(), { timeout: 30_000 })
      .toBe('Đã xong 3/3 dòng.');
    expect(await progress.getAttribute('max')).toBe('3');
    expect(await progress.getAttribute('value')).toBe('3');
    expect(await page.locator('.import-result .notice-ok').textContent()).toBe(
      'Đã nhập: 3 kết quả mới, 0 điều chỉnh, 0 không đổi.',
    );
    const changes = page.locator('.import-changes li');
    expect(await changes.count()).toBe(3);
    expect(await changes.allTextContents()).toContain(
      'DTI_WARD_INDEX — hai-an, năm 2025: 1 kết quả',
    );
    await shot(page, 'import-succeeded');
    expect(await seriousViolations(page)).toEqual([]);
    expect(
      (await haiAnResults2025()).sort((a, b) => a.indicator.localeCompare(b.indicator)),
    ).toEqual(
      [
        { indicator: 'DTI_WARD_INDEX', value: 0.8 },
        { indicator: picked[1]?.[1] as string, value: 82.54 },
        { indicator: picked[2]?.[1] as string, value: 12 },
      ].sort((a, b) => a.indicator.localeCompare(b.indicator)),
    );

    // The result links to what changed: the ward page opens on the DTI row, with the figure.
    await changes.filter({ hasText: 'DTI_WARD_INDEX' }).getByRole('link').click();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/wards/hai-an');
    const row = page.locator('tr', { hasText: 'Chỉ số chuyển đổi số' }).first();
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('0,8');
    await page.close();
  }, 240_000);

  it('a viewer is told they may not import, and gets no file field', async () => {
    const viewer = await product.current.createUser({ role: 'viewer' });
    const page = await product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await product.current.signIn(page, viewer, { redirect: '/wards/hai-an/import?year=2025' });
    await settled(page);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Không có quyền truy cập');
    expect(await page.getByLabel('Tệp CSV hoặc XLSX').count()).toBe(0);
    await page.close();
  }, 60_000);
});
