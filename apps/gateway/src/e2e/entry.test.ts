import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

/**
 * Issue 10's first browser story: a ward editor signs in, records Hải An's 2025 DTI result of
 * "0,78" in the results form, and the ward page's gap to the target changes at once.
 * Hải An's plan (PHỤ LỤC 2, row 20, line 1304) sets DTI ≥ 0,77 for 2025.
 */
const product = useProduct();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The DTI row of the ward page's gap tables, as text. */
async function dtiRow(page: Page): Promise<string> {
  const row = page.locator('tr', { hasText: 'Chỉ số chuyển đổi số' }).first();
  await row.waitFor({ timeout: 30_000 });
  return (await row.innerText()).replace(/\s+/g, ' ');
}

describe('entering results', () => {
  it('an editor records Hải An’s 2025 DTI of 0,78 and sees the gap change', async () => {
    const editor = await product.current.createUser({ role: 'ward_editor', wards: ['hai-an'] });
    const page = await product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await product.current.signIn(page, editor, { redirect: '/wards/hai-an?year=2025' });
    await settled(page);
    const before = await dtiRow(page);
    expect(before).toContain('≥ 0,77');
    expect(before).toContain('Chưa báo cáo');
    expect(before).not.toContain('0,78');

    // The ward page links to the form for someone who may edit the ward.
    await page.getByRole('link', { name: 'Nhập kết quả' }).click();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/wards/hai-an/enter');
    const row = page.locator('fieldset.entry-row[data-indicator="DTI_WARD_INDEX"]');
    expect(await row.locator('.entry-target').innerText()).toContain('≥ 0,77');
    expect(await row.locator('.entry-current').innerText()).toContain('chưa có');

    // An index above 1 is refused inline with the gateway's own words, before anything is sent.
    const value = row.getByLabel(/^Giá trị/);
    await value.fill('1,2');
    await expect
      .poll(() => row.locator('.field-error').first().textContent(), { timeout: 15_000 })
      .toBe('Chỉ số từ 0 đến 1 (ví dụ 0,77).');
    expect(await value.getAttribute('aria-invalid')).toBe('true');

    // "0.780" could be 780 or 0,78: the form asks instead of guessing.
    await value.fill('0,780');
    await expect
      .poll(() => row.locator('.entry-row-status').textContent())
      .toBe('Hợp lệ: sẽ ghi kết quả mới.');
    await value.fill('1.780');
    const question = row.locator('.field-question');
    await question.waitFor();
    expect(await question.innerText()).toContain('“1.780” có thể là hai số khác nhau');
    await question.getByRole('button', { name: /dấu chấm là dấu thập phân/ }).click();
    expect(await value.inputValue()).toBe('1,78');
    await expect
      .poll(() => row.locator('.field-error').first().textContent(), { timeout: 15_000 })
      .toBe('Chỉ số từ 0 đến 1 (ví dụ 0,77).');

    await value.fill('0,78');
    await row.getByLabel('Số văn bản').fill('125/BC-UBND');
    await expect
      .poll(() => row.locator('.entry-row-status').textContent(), { timeout: 15_000 })
      .toBe('Hợp lệ: sẽ ghi kết quả mới.');
    await shot(page, 'entry-hai-an-2025-filled');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lưu 1 kết quả' }).click();
    const summary = page.locator('.entry-summary .notice-ok');
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toContain('Đã lưu 1 kết quả.');
    // What is recorded now shows on the row, with who recorded it.
    await expect
      .poll(() => row.locator('.entry-current').innerText(), { timeout: 15_000 })
      .toContain('0,78');
    expect(await row.locator('.entry-current').innerText()).toContain('ward_editor');
    await shot(page, 'entry-hai-an-2025-saved');

    // The ward page (reached in the app, so from Apollo's cache) shows the new figures.
    await summary.getByRole('link').click();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/wards/hai-an');
    await expect.poll(() => dtiRow(page), { timeout: 30_000 }).toContain('0,78');
    const after = await dtiRow(page);
    expect(after).not.toContain('Chưa báo cáo');
    expect(after).toContain('Đạt');
    // 0,78 against ≥ 0,77: one hundredth above the target.
    expect(after).toContain('+0,01');
    // The new figure cites its evidence and who recorded it, like a printed figure cites its line.
    const cited = page.locator('.source-list li', { hasText: '125/BC-UBND' }).first();
    expect(await cited.innerText()).toMatch(
      /^Báo cáo 125\/BC-UBND — ward_editor \d+ nhập lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: “0,78”$/,
    );
    await shot(page, 'entry-hai-an-2025-ward-after');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('a correction shows its history: who, when, old → new', async () => {
    const editor = await product.current.createUser({
      role: 'ward_editor',
      wards: ['hai-an'],
      name: 'Trần Thị Bình',
    });
    const page = await product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await product.current.signIn(page, editor, { redirect: '/wards/hai-an/enter?year=2025' });
    await settled(page);
    const row = page.locator('fieldset.entry-row[data-indicator="DTI_WARD_INDEX"]');
    await expect.poll(() => row.locator('.entry-current').innerText()).toContain('0,78');
    await row.getByLabel(/^Giá trị/).fill('0,79');
    await row.getByLabel('Ghi chú').fill('Số liệu chính thức của Sở');
    await expect
      .poll(() => row.locator('.entry-row-status').textContent(), { timeout: 15_000 })
      .toBe('Hợp lệ: sẽ điều chỉnh kết quả đã ghi (phiên bản 1 được giữ trong lịch sử).');
    await page.getByRole('button', { name: 'Lưu 1 kết quả' }).click();
    await expect
      .poll(() => row.locator('.entry-current').innerText(), { timeout: 30_000 })
      .toContain('0,79');
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    const history = row.locator('.entry-history li');
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.nth(0).innerText()).toMatch(/^Phiên bản 1 — ward_editor \d+, .*: 0,78$/);
    expect(await history.nth(1).innerText()).toMatch(
      /^Phiên bản 2 — Trần Thị Bình, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: 0,78 → 0,79 — Số liệu chính thức của Sở$/,
    );
    await shot(page, 'entry-hai-an-2025-history');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('someone who may not edit the ward is told so, not shown a form', async () => {
    const editor = await product.current.createUser({ role: 'ward_editor', wards: ['hong-an'] });
    const page = await product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await product.current.signIn(page, editor, { redirect: '/wards/hai-an/enter?year=2025' });
    await settled(page);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Không có quyền truy cập');
    expect(await page.locator('form.entry-form').count()).toBe(0);
    await page.close();
  }, 60_000);
});
