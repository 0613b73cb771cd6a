import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

const product = useProduct();

async function newPage(): Promise<Page> {
  return product.current.browser.newPage({ viewport: { width: 1440, height: 900 } });
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The row of a task in the ward page's task table, by its code as printed. */
const taskRow = (page: Page, code: string): Locator =>
  page.locator('table.tasks > tbody > tr').filter({ has: page.locator(`#task-${code}`) });

describe('task progress on the ward page', () => {
  it('an editor updates a Hồng Bàng task with evidence, sees the history, and it stays after a reload', async () => {
    const editor = await product.current.createUser({
      role: 'ward_editor',
      wards: ['hong-bang'],
      name: 'Nguyễn Thị Lan',
    });
    const page = await newPage();
    await product.current.signIn(page, editor, { redirect: '/wards/hong-bang?year=2026' });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/wards/hong-bang');
    await settled(page);
    await page.locator('table.tasks').waitFor();

    // Task 12 (state metrology inspections, 12/2026) moves the indicator of the same name, and
    // the gap row of that indicator names the task.
    const row = taskRow(page, '12');
    expect(await row.locator('.task-indicators a').allTextContents()).toEqual([
      'Số cơ sở được kiểm tra nhà nước về đo lường',
    ]);
    const gapRow = page
      .locator('table.gap-table tr')
      .filter({ hasText: 'Số cơ sở được kiểm tra nhà nước về đo lường' });
    expect(await gapRow.locator('.gap-tasks a').allTextContents()).toEqual(['Nhiệm vụ 12']);

    await row.getByRole('button', { name: /Lịch sử, cập nhật/ }).click();
    const panel = page.locator('.task-progress');
    await panel.waitFor();
    expect(await panel.locator('.task-history-empty').textContent()).toBe(
      'Chưa có thay đổi tiến độ nào.',
    );

    // "Done" without evidence is refused before anything is sent, and nothing changes.
    await panel.getByLabel('Tiến độ mới').selectOption('DONE');
    await panel.getByLabel('Ghi chú').fill('Đã kiểm tra 2 cơ sở kinh doanh xăng dầu');
    await panel.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await expect
      .poll(() => panel.locator('.form-error').textContent())
      .toBe('Cần minh chứng để đánh dấu hoàn thành.');
    expect(await row.locator('.task-status').textContent()).toBe('Chưa bắt đầu');

    await panel.getByLabel(/Minh chứng/).fill('Báo cáo số 45/BC-UBND ngày 20/11/2026');
    await panel.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await expect
      .poll(() => panel.locator('.task-form-status').textContent())
      .toBe('Đã lưu tiến độ.');
    const entry = panel.locator('.task-history li');
    await expect.poll(() => entry.count()).toBe(1);
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('Nguyễn Thị Lan: Chưa bắt đầu → Hoàn thành');
    expect(text).toContain('Ghi chú: Đã kiểm tra 2 cơ sở kinh doanh xăng dầu');
    expect(text).toContain('Minh chứng: Báo cáo số 45/BC-UBND ngày 20/11/2026');
    expect(text).toMatch(/^\d\d\/\d\d\/20\d\d \d\d:\d\d/);
    expect(await row.locator('.task-status').textContent()).toBe('Hoàn thành');
    await shot(page, 'task-progress-editor');
    expect(await seriousViolations(page)).toEqual([]);

    // After a reload the status and its history come from the database.
    await page.reload();
    await settled(page);
    await page.locator('table.tasks').waitFor();
    expect(await taskRow(page, '12').locator('.task-status').textContent()).toBe('Hoàn thành');
    await taskRow(page, '12')
      .getByRole('button', { name: /Lịch sử, cập nhật \(1\)/ })
      .click();
    expect(await page.locator('.task-progress .task-history li').textContent()).toContain(
      'Minh chứng: Báo cáo số 45/BC-UBND ngày 20/11/2026',
    );
    // The status filter (kept in the URL) finds it.
    await page.getByLabel('Tiến độ', { exact: true }).selectOption('DONE');
    await expect.poll(() => new URL(page.url()).searchParams.get('task')).toBe('DONE');
    await expect
      .poll(() => page.locator('table.tasks > tbody > tr:not(.table-expansion)').count())
      .toBe(1);
    await page.close();
  }, 120_000);

  it('shows a signed-out visitor the history with a sign-in link, and no form', async () => {
    const page = await newPage();
    await page.goto(`${product.current.url}/wards/hai-an`);
    await settled(page);
    await page.locator('table.tasks').waitFor();
    await taskRow(page, 'PLK-6')
      .getByRole('button', { name: /Lịch sử, cập nhật/ })
      .click();
    const panel = page.locator('.task-progress');
    await panel.getByRole('link', { name: 'Đăng nhập để cập nhật tiến độ' }).waitFor();
    expect(await panel.locator('form').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('flags overdue tasks on the overview (headline and list) and on the ward page', async () => {
    const page = await newPage();
    await page.goto(`${product.current.url}/`);
    await settled(page);
    const headline = Number(await page.locator('.headline-tasksOverdue dd').textContent());
    const list = page.locator('.overdue-tasks table > tbody > tr');
    expect(headline).toBeGreaterThan(0);
    expect(await list.count()).toBe(headline);
    // Hải An's PHỤ LỤC 3 task II.1 was due 9/2025 and nobody has reported it done.
    const haiAn = list.filter({ hasText: 'PL3-II.1' });
    expect(await haiAn.locator('td').nth(2).textContent()).toContain('9/2025');
    await haiAn.getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/wards/hai-an');
    expect(new URL(page.url()).searchParams.get('task')).toBe('OVERDUE');
    await settled(page);
    await page.locator('table.tasks').waitFor();
    const rows = page.locator('table.tasks > tbody > tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const overdue of await rows.all())
      expect(await overdue.locator('.overdue').textContent()).toContain('Quá hạn');
    await shot(page, 'ward-hai-an-overdue-tasks');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps the task table’s header in view while its box scrolls', async () => {
    const page = await newPage();
    await page.goto(`${product.current.url}/wards/thanh-mien`);
    await settled(page);
    const box = page.locator('.data-table:has(table.tasks) .table-box');
    await box.waitFor();
    // Evaluated through DevTools as a string (the gateway's CSP refuses eval inside the page).
    const [boxTop, headerTop, scrolled] = (await page.evaluate(`(() => {
      const box = document.querySelector('.data-table:has(table.tasks) .table-box');
      box.scrollTop = 600;
      const th = box.querySelector('thead th');
      return [box.getBoundingClientRect().top, th.getBoundingClientRect().top, box.scrollTop];
    })()`)) as [number, number, number];
    expect(scrolled).toBeGreaterThan(0);
    expect(Math.abs(headerTop - boxTop)).toBeLessThan(2);
    await page.close();
  }, 60_000);
});
