import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

/**
 * Issue #10's story: a city administrator adds a sixth ward with one plan document and three
 * targets, entirely through the dashboard; the ward then shows on the overview, in the heatmap
 * and in compareWards like the five built-in ones.
 */
const product = useProduct();

// A short plan, as a ward's Resolution 57 plan prints its targets (lines are 1-based).
const PLAN = [
  'ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI', // 1
  'KẾ HOẠCH', // 2
  'Thực hiện Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ,', // 3
  'đổi mới sáng tạo và chuyển đổi số giai đoạn 2025 – 2030', // 4
  '', // 5
  'III. MỤC TIÊU', // 6
  '1. Chỉ số chuyển đổi số phường năm 2025 đạt ≥ 0,75;', // 7
  '   đến năm 2030 đạt ≥ 0,85.', // 8
  '2. Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp', // 9
  'đến năm 2030 đạt ít nhất 80%.', // 10
  '3. Tỷ lệ người dân có tài khoản định danh điện tử mức 2 đến năm 2030 đạt 95%.', // 11
].join('\n');

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${product.current.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Selects `text` inside line `line` of the document view, as a mouse would, and lets go. */
async function selectInLine(page: Page, line: number, text: string) {
  // A string, run through DevTools: the gateway's type-check has no DOM types, and the page's
  // CSP refuses eval, not DevTools.
  await page.evaluate(`(() => {
    const el = document.querySelector('.doc-line[data-line="${line}"]');
    const node = el.firstChild;
    const at = node.textContent.indexOf(${JSON.stringify(text)});
    if (at < 0) throw new Error('not on line ${line}');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + ${JSON.stringify(text)}.length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  })()`);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe('an administrator adds a sixth ward with its plan and three targets', () => {
  it('from the wards page to the overview, the heatmap and compareWards', async () => {
    const admin = await product.current.createUser({ role: 'city_admin' });
    const page = await product.current.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await product.current.signIn(page, admin);
    await page.goto(`${product.current.url}/admin/wards`);
    await settled(page);
    await page.locator('table.admin-wards tbody tr').first().waitFor();
    expect(await page.locator('table.admin-wards tbody tr').count()).toBe(5);
    expect(await page.locator('table.admin-wards').textContent()).toContain('Có sẵn');
    expect(await seriousViolations(page)).toEqual([]);

    // Inline validation, before anything is sent.
    const form = page.locator('section[aria-labelledby="add-ward-heading"]');
    await form.getByLabel('Tên tiếng Việt (có dấu)').fill('Dong Hai');
    await form.getByLabel('Mã đường dẫn').focus();
    expect(await form.textContent()).toContain('Tên phải viết tiếng Việt có dấu');
    await form.getByLabel('Tên tiếng Việt (có dấu)').fill('Đông Hải');
    expect(await form.getByLabel('Mã đường dẫn').inputValue()).toBe('dong-hai');
    await form.getByRole('button', { name: 'Thêm phường, xã' }).click();
    expect(await form.textContent()).toContain('Bắt buộc nhập'); // the kind
    await form.getByLabel('Phường', { exact: true }).check();
    await form
      .getByLabel('Đơn vị cũ (trước 2025)')
      .fill('phường Đông Hải 1, phường Đông Hải 2, phường Đằng Hải');
    await shot(page, 'admin-wards-form');
    await form.getByRole('button', { name: 'Thêm phường, xã' }).click();
    await form.getByRole('status').filter({ hasText: 'Đã thêm' }).waitFor();
    await page.locator('table.admin-wards tbody tr', { hasText: 'Đông Hải' }).waitFor();
    expect(
      await page.locator('table.admin-wards tbody tr', { hasText: 'Đông Hải' }).textContent(),
    ).toContain('Thêm mới');

    // Its plan: a wrong file is refused in the browser with the reason, then the right one.
    await form.getByRole('link', { name: /dong-hai/ }).click();
    await expect
      .poll(() => page.locator('h1').first().textContent())
      .toBe('Quản lý phường Đông Hải');
    await settled(page);
    const docs = page.locator('section[aria-labelledby="documents-heading"]');
    const fileInput = docs.getByLabel(/Tệp văn bản/);
    await fileInput.setInputFiles({
      name: 'ke-hoach.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x50, 0x68, 0xfb, 0x6e, 0x67]), // "Phường" in a legacy code page
    });
    await docs.getByText('không ở mã UTF-8').waitFor();
    await fileInput.setInputFiles({
      name: 'ke-hoach-57-dong-hai.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(PLAN, 'utf8'),
    });
    await docs.getByText('Đã đọc ke-hoach-57-dong-hai.txt: 11 dòng').waitFor();
    await docs.getByLabel('Số hiệu').fill('125/KH-UBND');
    await docs.getByLabel('Ngày ban hành').fill('20/10/2025');
    await docs
      .getByLabel('Trích yếu (tiếng Việt)')
      .fill('Kế hoạch thực hiện Nghị quyết số 57-NQ/TW giai đoạn 2025–2030');
    await docs.getByLabel('Giai đoạn từ năm').fill('2025');
    await docs.getByLabel('đến năm').fill('2030');
    await docs.getByRole('button', { name: 'Thêm văn bản' }).click();
    await docs.locator('ul.admin-documents li').waitFor();
    expect(await docs.locator('ul.admin-documents').textContent()).toContain('125/KH-UBND');

    // Three targets, each citing its printed text: the first by selecting it in the text.
    const add = page.locator('section[aria-labelledby="add-target-heading"]');
    await add.locator('.doc-line[data-line="11"]').waitFor();
    const target = async (t: {
      search: string;
      code: string;
      year: string;
      value: string;
      wording: string;
      row: string;
      cite: () => Promise<void>;
    }) => {
      await add.getByLabel('Tìm chỉ tiêu').fill(t.search);
      await add.getByLabel('Chỉ tiêu', { exact: true }).selectOption(t.code);
      await add.getByLabel('Năm mốc').fill(t.year);
      await add.getByLabel('Giá trị', { exact: true }).fill(t.value);
      await add.getByLabel('Cách ghi của phường, xã').fill(t.wording);
      await add.getByLabel('Mục', { exact: true }).fill('III. MỤC TIÊU');
      await add.getByLabel('Dòng bảng (STT)').fill(t.row);
      await t.cite();
      await add.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await add
        .getByRole('status')
        .filter({ hasText: `Đã lưu chỉ tiêu năm ${t.year}` })
        .waitFor();
    };
    await target({
      search: 'chuyển đổi số',
      code: 'DTI_WARD_INDEX',
      year: '2025',
      value: '0,75',
      wording: 'Chỉ số chuyển đổi số phường',
      row: '1',
      cite: async () => {
        await selectInLine(page, 7, '≥ 0,75');
        expect(await add.getByLabel('Từ dòng').inputValue()).toBe('7');
        expect(await add.getByLabel('Nội dung như bản in').inputValue()).toBe('≥ 0,75');
        expect(await add.locator('.doc-line-marked').count()).toBe(1);
        await shot(page, 'admin-ward-target-form');
      },
    });
    // A figure not printed in the cited line is refused in the form, as the API would.
    await add.getByLabel('Tìm chỉ tiêu').fill('chuyển đổi số');
    await add.getByLabel('Chỉ tiêu', { exact: true }).selectOption('DTI_WARD_INDEX');
    await add.getByLabel('Từ dòng').fill('7');
    await add.getByLabel('Nội dung như bản in').fill('≥ 0,85');
    await add.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await add.getByText('Nội dung này không có trong các dòng đã dẫn.').waitFor();
    await target({
      search: 'chuyển đổi số',
      code: 'DTI_WARD_INDEX',
      year: '2030',
      value: '0,85',
      wording: 'Chỉ số chuyển đổi số phường',
      row: '1',
      cite: async () => {
        await add.getByLabel('Từ dòng').fill('7');
        await add.getByLabel('Đến dòng').fill('8');
        await add.getByLabel('Nội dung như bản in').fill('đến năm 2030 đạt ≥ 0,85');
      },
    });
    await target({
      search: 'dịch vụ công trực tuyến',
      code: 'DG_ONLINE_SERVICE_USAGE',
      year: '2030',
      value: '80',
      wording: 'Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp',
      row: '2',
      cite: async () => {
        await add.getByLabel('Từ dòng').fill('10');
        await add.getByLabel('Nội dung như bản in').fill('ít nhất 80%');
      },
    });
    const targets = page.locator('table.admin-targets tbody tr');
    await expect.poll(() => targets.count()).toBe(3);
    expect(await targets.first().textContent()).toContain('dòng 7');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'admin-ward-dong-hai');

    // The overview and its heatmap show the sixth ward with its 2025 DTI target, not reported.
    await page.goto(`${product.current.url}/?year=2025`);
    await settled(page);
    const heatmap = page.locator('table.heatmap');
    await heatmap.waitFor();
    expect(await heatmap.locator('thead').textContent()).toContain('Đông Hải');
    const columns = await heatmap.locator('thead th').allTextContents();
    const column = columns.findIndex((c) => c.includes('Đông Hải')) - 1;
    const dti = heatmap.locator('tbody tr', { hasText: 'Chỉ số chuyển đổi số phường' });
    const dtiCell = dti.locator('td').nth(column);
    expect(await dtiCell.locator('.status').textContent()).toBe('? Chưa báo cáo');
    expect(await dtiCell.locator('.cell-target').textContent()).toBe('≥ 0,75');
    expect(await page.locator('main').textContent()).toContain('6 phường');
    await shot(page, 'overview-with-dong-hai');
    await page.close();

    // compareWards answers for it like for the built-in wards.
    const data = await gql<{
      compareWards: {
        wards: { slug: string }[];
        cells: {
          ward: { slug: string };
          indicator: { code: string };
          entry: { status: string } | null;
        }[];
      };
    }>(
      `query($year: Int!) { compareWards(year: $year) {
        wards { slug } cells { ward { slug } indicator { code } entry { status } } } }`,
      { year: 2030 },
    );
    expect(data.compareWards.wards.map((w) => w.slug)).toContain('dong-hai');
    const cell = (code: string) =>
      data.compareWards.cells.find((c) => c.ward.slug === 'dong-hai' && c.indicator.code === code);
    expect(cell('DTI_WARD_INDEX')?.entry?.status).toBe('NOT_REPORTED');
    expect(cell('DG_ONLINE_SERVICE_USAGE')?.entry?.status).toBe('NOT_REPORTED');
  }, 240_000);

  it('withdraws a target with a reason: kept and shown as withdrawn, no longer scored', async () => {
    const admin = await product.current.createUser({ role: 'city_admin' });
    const page = await product.current.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await product.current.signIn(page, admin);
    await page.goto(`${product.current.url}/admin/wards/dong-hai`);
    await settled(page);
    const row = page.locator('table.admin-targets tbody tr', { hasText: 'dịch vụ công' });
    await row.getByRole('button', { name: /Rút chỉ tiêu/ }).click();
    await row.getByRole('button', { name: 'Xác nhận rút' }).click();
    await row.getByText('Phải ghi lý do rút chỉ tiêu.').waitFor();
    await row.getByLabel('Lý do rút').fill('Trùng với chỉ tiêu của thành phố');
    await row.getByRole('button', { name: 'Xác nhận rút' }).click();
    await row.getByText('Đã rút: Trùng với chỉ tiêu của thành phố').waitFor();
    expect(await page.locator('table.admin-targets tbody tr').count()).toBe(3);
    const data = await gql<{
      compareWards: {
        cells: { ward: { slug: string }; indicator: { code: string }; entry: unknown }[];
      };
    }>(
      `query { compareWards(year: 2030, wards: ["dong-hai"]) { cells { ward { slug } indicator { code } entry { status } } } }`,
    );
    const online = data.compareWards.cells.find(
      (c) => c.indicator.code === 'DG_ONLINE_SERVICE_USAGE',
    );
    expect(online?.entry ?? null).toBeNull();
    await page.close();
  }, 120_000);

  it('imports targets from a CSV: the dry run shows each bad row with its column and writes nothing; fixed, it imports', async () => {
    const admin = await product.current.createUser({ role: 'city_admin' });
    const page = await product.current.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await product.current.signIn(page, admin);
    await page.goto(`${product.current.url}/admin/wards/dong-hai`);
    await settled(page);
    const targets = page.locator('table.admin-targets tbody tr');
    await expect.poll(() => targets.count()).toBe(3);
    const section = page.locator('section[aria-labelledby="import-heading"]');
    const csv = (line: number) =>
      Buffer.from(
        [
          'indicator,year,comparator,value,unit,wording,section,row,line,sourceText',
          `DS_VNEID,2030,đạt,95,percent,Tỷ lệ người dân có tài khoản định danh điện tử mức 2,III. MỤC TIÊU,3,${line},đạt 95%`,
        ].join('\n'),
        'utf8',
      );
    const file = section.getByLabel('Tệp CSV hoặc XLSX');
    // Line 10 does not print "đạt 95%": refused in the preview, nothing written.
    await file.setInputFiles({ name: 'chi-tieu.csv', mimeType: 'text/csv', buffer: csv(10) });
    await section.getByRole('button', { name: 'Kiểm tra (chưa ghi)' }).click();
    const errors = section.locator('table.import-errors tbody tr');
    await errors.first().waitFor();
    expect(await errors.count()).toBe(1);
    expect(await errors.first().locator('td').first().textContent()).toBe('2');
    expect((await errors.first().locator('td').nth(2).textContent())?.length).toBeGreaterThan(10);
    expect(await section.textContent()).toContain('Chưa ghi gì.');
    expect(await section.getByRole('button', { name: /Nhập \d+ chỉ tiêu/ }).count()).toBe(0);
    await shot(page, 'admin-ward-import-preview');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await settled(page);
    await expect.poll(() => targets.count()).toBe(3);
    // Fixed: the preview is clean, and the import writes the one target.
    await file.setInputFiles({ name: 'chi-tieu.csv', mimeType: 'text/csv', buffer: csv(11) });
    await section.getByRole('button', { name: 'Kiểm tra (chưa ghi)' }).click();
    await section.getByRole('button', { name: 'Nhập 1 chỉ tiêu' }).click();
    await section.getByRole('status').filter({ hasText: 'Đã nhập 1 chỉ tiêu.' }).waitFor();
    await expect.poll(() => targets.count()).toBe(4);
    expect(await page.locator('table.admin-targets').textContent()).toContain('dòng 11');
    await page.close();
  }, 120_000);

  it('is in English on request and refuses a signed-out visitor with a sign-in link', async () => {
    const page = await product.current.browser.newPage({ viewport: { width: 820, height: 1180 } });
    await page.goto(`${product.current.url}/admin/wards?lang=en`);
    await page.locator('h1').first().waitFor();
    expect(await page.getByRole('link', { name: /Sign in/i }).count()).toBeGreaterThan(0);
    const admin = await product.current.createUser({ role: 'city_admin' });
    await product.current.signIn(page, admin);
    await page.goto(`${product.current.url}/admin/wards/dong-hai?lang=en`);
    await settled(page);
    expect(await page.locator('h1').textContent()).toBe('Manage Đông Hải ward');
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBe(0);
    await shot(page, 'admin-ward-dong-hai-en-tablet');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
