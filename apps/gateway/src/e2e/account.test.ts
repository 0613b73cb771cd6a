import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

const product = useProduct();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Polls until the expectation holds; password checks hash with scrypt, slow on a busy machine. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

describe('changing a temporary password', () => {
  it('an editor given a temporary password changes it first, then goes on to the results form', async () => {
    const editor = await product.current.createUser({
      role: 'ward_editor',
      wards: ['hong-an'],
      mustChangePassword: true,
    });
    const page = await product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await product.current.signIn(page, editor, { redirect: '/wards/hong-an/enter' });
    await eventually(() => new URL(page.url()).pathname).toBe('/account/password');
    await page.locator('form.password-form').waitFor();
    expect(await page.locator('.notice-warn').innerText()).toContain('mật khẩu tạm');
    // The header's reminder is not repeated on the page that answers it.
    expect(await page.locator('.viewer-notice').count()).toBe(0);
    await shot(page, 'account-password-temporary');
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.locator('form.password-form');
    // Checked before sending: the two new passwords differ.
    await form.getByLabel('Mật khẩu hiện tại').fill(editor.password);
    await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-rieng-cua-toi');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-rieng-cua-ban');
    await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    expect(await form.locator('.field-error').allTextContents()).toEqual([
      'Hai lần nhập mật khẩu mới không khớp.',
    ]);
    // Checked by the gateway: the current password is wrong.
    await form.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-rieng-cua-toi');
    await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await eventually(() => form.locator('.field-error').allTextContents()).toEqual([
      'Mật khẩu hiện tại không đúng.',
    ]);
    expect(await form.getByLabel('Mật khẩu hiện tại').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Mật khẩu hiện tại').fill(editor.password);
    await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const done = page.locator('.account-password .notice-ok');
    await eventually(() => done.textContent()).toContain('Đã đổi mật khẩu.');
    await shot(page, 'account-password-done');
    await done.getByRole('link', { name: 'Tiếp tục' }).click();
    await eventually(() => new URL(page.url()).pathname).toBe('/wards/hong-an/enter');
    await settled(page);
    await page.locator('form.entry-form').waitFor();
    expect(await page.locator('.viewer-notice').count()).toBe(0);
    await page.close();
  }, 180_000);

  it('before the change, the header reminds them on every page', async () => {
    const editor = await product.current.createUser({
      role: 'ward_editor',
      wards: ['hong-an'],
      mustChangePassword: true,
    });
    const page = await product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await product.current.signIn(page, editor, { redirect: '/wards/hong-an/enter' });
    await page.goto(`${product.current.url}/wards/hong-an`);
    await settled(page);
    const reminder = page.locator('.viewer-notice a');
    expect(await reminder.textContent()).toBe('Bạn cần đổi mật khẩu tạm trước khi nhập số liệu');
    await reminder.click();
    await eventually(() => new URL(page.url()).pathname).toBe('/account/password');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/wards/hong-an');
    await page.close();
  }, 120_000);
});
