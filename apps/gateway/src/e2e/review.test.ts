import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PLAN } from './seed-plan.ts';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

/**
 * Issue #12's story: a city administrator uploads Hải An's plan text as a new ward's plan,
 * accepts the extractor's proposals for PHỤ LỤC 2 row 20 (the DTI milestones 2025–2045), saves
 * them, and sees the ward's DTI trajectory on its ward page.
 */
const product = useProduct();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

describe('reviewing the proposed targets of an uploaded plan', () => {
  it('upload → proposals beside the text → accept PHỤ LỤC 2 row 20 → DTI trajectory', async () => {
    const admin = await product.current.createUser({ role: 'city_admin' });
    const page = await product.current.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await product.current.signIn(page, admin);

    // A new ward…
    await page.goto(`${product.current.url}/admin/wards`);
    await settled(page);
    const form = page.locator('section[aria-labelledby="add-ward-heading"]');
    await form.getByLabel('Tên tiếng Việt (có dấu)').fill('Nam Hải');
    await form.getByLabel('Phường', { exact: true }).check();
    await form.getByRole('button', { name: 'Thêm phường, xã' }).click();
    await form.getByRole('link', { name: /nam-hai/ }).click();
    await expect
      .poll(() => page.locator('h1').first().textContent())
      .toBe('Quản lý phường Nam Hải');
    await settled(page);

    // …whose plan is the text of 000_09cdf2dd6a89ba5e.txt.
    const docs = page.locator('section[aria-labelledby="documents-heading"]');
    await docs.getByLabel(/Tệp văn bản/).setInputFiles(SEED_PLAN);
    await docs.getByText(/Đã đọc 000_09cdf2dd6a89ba5e\.txt: \d+ dòng/).waitFor();
    await docs.getByLabel('Số hiệu').fill('78/KH-UBND');
    await docs.getByLabel('Ngày ban hành').fill('(không ghi ngày)');
    await docs
      .getByLabel('Trích yếu (tiếng Việt)')
      .fill('Kế hoạch thực hiện Nghị quyết số 57-NQ/TW giai đoạn 2025–2045');
    await docs.getByLabel('Giai đoạn từ năm').fill('2025');
    await docs.getByLabel('đến năm').fill('2045');
    await docs.getByRole('button', { name: 'Thêm văn bản' }).click();
    await docs.getByRole('link', { name: 'Rà soát chỉ tiêu đề xuất' }).click();

    // The proposals beside the text.
    await page.locator('ol.proposal-list li').first().waitFor({ timeout: 60_000 });
    await settled(page);
    expect(await page.locator('ol.proposal-list > li').count()).toBeGreaterThan(50);
    await page.getByLabel('Mục', { exact: true }).selectOption('PHỤ LỤC 2');
    await page.getByLabel('Dòng bảng', { exact: true }).fill('20');
    const row20 = page.locator('ol.proposal-list > li');
    await expect.poll(() => row20.count()).toBe(5);
    const texts = await row20.allTextContents();
    expect(texts.every((t) => t.includes('Chỉ số chuyển đổi số phường'))).toBe(true);
    expect(texts.map((t) => t.match(/· (20\d\d) ·/)?.[1])).toEqual([
      '2025',
      '2030',
      '2035',
      '2040',
      '2045',
    ]);

    // Focus shows a proposal's line in the text, marked and scrolled into view (keyboard only).
    await row20.nth(1).locator('.proposal-head').focus();
    const marked = page.locator('.review-text .doc-line-marked');
    await expect.poll(() => marked.first().getAttribute('data-line')).toBe('1304');
    expect(await marked.first().isVisible()).toBe(true);
    const box = await page.locator('.review-text .doc-text').boundingBox();
    const line = await marked.first().boundingBox();
    expect(box && line && line.y >= box.y && line.y + line.height <= box.y + box.height).toBe(true);
    await shot(page, 'review-hai-an-plan');
    expect(await seriousViolations(page)).toEqual([]);

    // Accept the five with the keyboard, and save them.
    for (let i = 0; i < 5; i++) {
      await row20.nth(i).getByRole('button', { name: 'Chấp nhận' }).focus();
      await page.keyboard.press('Enter');
      expect(
        await row20.nth(i).getByRole('button', { name: 'Chấp nhận' }).getAttribute('aria-pressed'),
      ).toBe('true');
    }
    await page.getByRole('button', { name: 'Lưu 5 chỉ tiêu đã chấp nhận' }).click();
    await page.getByText('Đã lưu 5 chỉ tiêu cho phường Nam Hải.').waitFor();

    // A target the reviewer adds by selecting its text (row 21's 2025 figure, as if missed).
    await page.getByRole('button', { name: 'Thêm chỉ tiêu máy bỏ sót' }).click();
    const added = page.locator('.review-add');
    await page.evaluate(`(() => {
      const el = document.querySelector('.review-text .doc-line[data-line="1323"]');
      el.scrollIntoView();
      const node = el.firstChild;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, node.textContent.indexOf('%') + 1);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    })()`);
    expect(await added.getByLabel('Từ dòng').inputValue()).toBe('1323');
    expect(await added.getByLabel('Nội dung như bản in').inputValue()).toBe('≥ 70%');
    await added.getByLabel('Tìm chỉ tiêu').fill('phi địa giới');
    await added.getByLabel('Chỉ tiêu', { exact: true }).selectOption('DG_BORDERLESS_PROCEDURES');
    await added.getByLabel('Năm mốc').fill('2025');
    await added.getByLabel('Giá trị', { exact: true }).fill('70');
    await added
      .getByLabel('Cách ghi của phường, xã')
      .fill('Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính');
    await added.getByLabel('Mục', { exact: true }).fill('PHỤ LỤC 2');
    await added.getByLabel('Dòng bảng (STT)').fill('21');
    await added.getByRole('button', { name: 'Thêm vào danh sách đã chấp nhận' }).click();
    const manual = page.locator('ol.proposal-list > li', { hasText: 'phi địa giới' });
    expect(
      await manual.getByRole('button', { name: 'Chấp nhận' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('button', { name: 'Lưu 1 chỉ tiêu đã chấp nhận' }).click();
    await page.getByText('Đã lưu 1 chỉ tiêu cho phường Nam Hải.').waitFor();

    // The ward page draws its DTI trajectory from the saved targets.
    await page.getByRole('link', { name: 'Xem trang của phường Nam Hải' }).click();
    await page.goto(`${product.current.url}/wards/nam-hai?year=2030&indicator=DTI_WARD_INDEX`);
    await settled(page);
    const dti = page
      .locator('table.gap-table tbody tr')
      .filter({ has: page.getByRole('button', { name: /Chỉ số chuyển đổi số phường/ }) });
    expect(await dti.textContent()).toContain('≥ 0,8');
    expect(await dti.textContent()).toContain(
      'lộ trình: +0,006/năm từ mốc 0,77 (2025) đến 0,8 (2030)',
    );
    const chart = dti.locator('xpath=following-sibling::tr[1]');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('svg').first().waitFor({ timeout: 20_000 });
    expect(await chart.locator('[role="img"]').getAttribute('aria-label')).toContain(
      'Chỉ số chuyển đổi số phường',
    );
    await shot(page, 'ward-nam-hai-dti');
    await page.close();
  }, 300_000);

  it('works on a tablet (820×1180): the text above the proposals, no sideways scrolling', async () => {
    const admin = await product.current.createUser({ role: 'city_admin' });
    const page = await product.current.browser.newPage({ viewport: { width: 820, height: 1180 } });
    await product.current.signIn(page, admin);
    await page.goto(`${product.current.url}/admin/wards/nam-hai`);
    await settled(page);
    await page.getByRole('link', { name: 'Rà soát chỉ tiêu đề xuất' }).click();
    await page.locator('ol.proposal-list li').first().waitFor({ timeout: 60_000 });
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBe(0);
    // A second visit: what was saved (row 20's five, row 21's 2025 added by hand) is not offered again.
    expect(await page.locator('.review-counts').textContent()).toContain('đã lưu 6.');
    await page.getByLabel('Dòng bảng', { exact: true }).fill('20');
    await expect.poll(() => page.locator('ol.proposal-list .badge-saved').count()).toBe(5);
    await page.getByLabel('Dòng bảng', { exact: true }).fill('');
    const text = await page.locator('.review-text').boundingBox();
    const list = await page.locator('ol.proposal-list').boundingBox();
    expect(text && list && text.y < list.y).toBe(true);
    await shot(page, 'review-hai-an-plan-tablet');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);
});
