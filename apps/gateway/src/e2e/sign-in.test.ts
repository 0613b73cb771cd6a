import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

const product = useProduct();

async function newPage(): Promise<Page> {
  return product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe('signing in and out', () => {
  it('an editor signs in, sees who they are and their ward, and signs out', async () => {
    const editor = await product.current.createUser({ role: 'ward_editor', wards: ['hai-an'] });
    const page = await newPage();
    await page.goto(`${product.current.url}/sign-in`);
    await settled(page);
    await shot(page, 'sign-in-vi');
    expect(await seriousViolations(page)).toEqual([]);

    await product.current.signIn(page, editor);
    const who = page.locator('.viewer-menu');
    expect(await who.locator('.viewer-role').textContent()).toBe('Cán bộ nhập liệu phường, xã');
    await expect.poll(() => who.locator('.viewer-wards').textContent()).toContain('phường Hải An');
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'lotrinh_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await shot(page, 'signed-in-editor');
    expect(await seriousViolations(page)).toEqual([]);

    await who.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await page.locator('form.sign-in-form').waitFor();
    expect(await page.locator('.viewer-menu .viewer-name').count()).toBe(0);
    expect((await page.context().cookies()).some((c) => c.name === 'lotrinh_session')).toBe(false);
    await page.close();
  }, 90_000);

  it('says a wrong password in words, in Vietnamese and in English', async () => {
    const viewer = await product.current.createUser({ role: 'viewer' });
    const page = await newPage();
    await page.goto(`${product.current.url}/sign-in`);
    await settled(page);
    await page.locator('input[name="email"]').fill(viewer.email);
    await page.locator('input[name="password"]').fill('sai-mat-khau-roi');
    await page.locator('form.sign-in-form button[type="submit"]').click();
    const alert = page.locator('form.sign-in-form [role="alert"]');
    await expect.poll(() => alert.textContent()).toBe('Sai thư điện tử hoặc mật khẩu.');
    await shot(page, 'sign-in-wrong-password-vi');

    await page.goto(`${product.current.url}/sign-in?lang=en`);
    await settled(page);
    await page.locator('form.sign-in-form button[type="submit"]').click();
    await expect.poll(() => alert.textContent()).toBe('Enter your email.');
    await page.close();
  }, 60_000);
});
