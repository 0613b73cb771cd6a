import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousViolations, settled, useProduct } from './support.ts';

const product = useProduct();

async function newPage(): Promise<Page> {
  return product.current.browser.newPage({ viewport: { width: 1280, height: 900 } });
}

/** Polls until the expectation holds; sign-in hashes a password, which a busy machine takes time over. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

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
    await eventually(() => who.locator('.viewer-wards').textContent()).toContain('phường Hải An');
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'lotrinh_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await shot(page, 'signed-in-editor');
    expect(await seriousViolations(page)).toEqual([]);

    await who.getByRole('button', { name: 'Đăng xuất' }).click();
    await eventually(() => new URL(page.url()).pathname).toBe('/sign-in');
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
    await eventually(() => alert.textContent()).toBe('Sai thư điện tử hoặc mật khẩu.');
    await shot(page, 'sign-in-wrong-password-vi');

    await page.goto(`${product.current.url}/sign-in?lang=en`);
    await settled(page);
    await page.locator('form.sign-in-form button[type="submit"]').click();
    await eventually(() => alert.textContent()).toBe('Enter your email.');
    await page.close();
  }, 60_000);
});

describe('administering users and reading the audit log', () => {
  it('an administrator creates a ward editor on the users page, and the editor signs in with the password shown once', async () => {
    const admin = await product.current.createUser({ role: 'city_admin', name: 'Quản trị E2E' });
    const page = await newPage();
    await product.current.signIn(page, admin, { redirect: '/admin/users' });
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await settled(page);
    const form = page.locator('section.create-user form');
    await form.getByLabel('Họ và tên').fill('Nguyễn Văn Biên');
    await form.getByLabel('Thư điện tử').fill('bien.tap@hong-an.haiphong.gov.vn');
    await form.getByLabel('Vai trò').selectOption('WARD_EDITOR');
    // A ward editor needs a ward: the API's message appears beside the wards.
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await eventually(() => form.locator('.ward-checklist .field-error').textContent()).toBe(
      'Biên tập viên phường cần ít nhất một phường, xã.',
    );
    await form.getByLabel('phường Hồng An').check();
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const temporary = page.locator('section.create-user .password-value');
    await temporary.waitFor();
    const password = (await temporary.textContent()) ?? '';
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const row = page.locator('.users-table tbody tr', {
      hasText: 'bien.tap@hong-an.haiphong.gov.vn',
    });
    await eventually(() => row.locator('td').nth(1).textContent()).toBe('phường Hồng An');
    await shot(page, 'admin-users');
    expect(await seriousViolations(page)).toEqual([]);

    // The new editor, in a browser of their own.
    const editorPage = await product.current.browser.newPage();
    await product.current.signIn(editorPage, {
      email: 'bien.tap@hong-an.haiphong.gov.vn',
      password,
    });
    await eventually(() =>
      editorPage.locator('.viewer-menu .viewer-wards').textContent(),
    ).toContain('phường Hồng An');
    // An editor is not an administrator: the users page says so instead of going blank.
    await editorPage.goto(`${product.current.url}/admin/users`);
    await settled(editorPage);
    expect(await editorPage.locator('h1').textContent()).toBe('Không có quyền truy cập');
    await shot(editorPage, 'admin-users-forbidden');

    // Disabling them ends their session at once.
    await row.getByRole('button', { name: /^Khoá/ }).click();
    await eventually(() => row.locator('td').nth(2).textContent()).toBe('Đã khoá');
    await editorPage.reload();
    await settled(editorPage);
    expect(await editorPage.locator('h1').textContent()).toBe('Cần đăng nhập');
    expect(await editorPage.locator('.viewer-menu .viewer-name').count()).toBe(0);
    await editorPage.close();
    await page.close();
  }, 120_000);

  it('the audit log filters by ward through the URL and says when nothing matches', async () => {
    const admin = await product.current.createUser({ role: 'city_admin' });
    const page = await newPage();
    await product.current.signIn(page, admin, { redirect: '/admin/audit' });
    // A change in Hải An, made through the API with this browser's session cookie.
    const recorded = await page.request.post(`${product.current.url}/graphql`, {
      data: {
        query:
          'mutation { recordObservation(input: { ward: "hai-an", indicator: "DS_VNEID", year: 2026, value: 61 }) { __typename } }',
      },
    });
    expect(await recorded.json()).toEqual({
      data: { recordObservation: { __typename: 'MutationRecordObservationSuccess' } },
    });
    await page.reload();
    await settled(page);
    await page.getByLabel('Phường, xã').selectOption('hai-an');
    await eventually(() => new URL(page.url()).searchParams.get('ward')).toBe('hai-an');
    await settled(page);
    const rows = page.locator('.audit-table tbody tr');
    await eventually(() => rows.count()).toBeGreaterThan(0);
    const wards = await rows.locator('td:nth-child(5)').allTextContents();
    expect(new Set(wards)).toEqual(new Set(['phường Hải An']));
    expect(await rows.first().locator('td:nth-child(3)').textContent()).toBe('Ghi kết quả');
    expect(await rows.first().locator('.change-new').allTextContents()).toContain('61');
    // Fields in words, not the database's names ("value", "createdAt").
    const fields = await rows.first().locator('.change-field').allTextContents();
    expect(fields).toContain('Giá trị: ');
    expect(fields).not.toContain('value: ');
    const changes = await rows.first().locator('.audit-changes li').allTextContents();
    expect(changes).toContain('Năm: — → 2026'); // a year, never "2.026"
    await shot(page, 'admin-audit-hai-an');
    expect(await seriousViolations(page)).toEqual([]);

    // A link with the filters opens the same view; a ward without changes says so.
    await page.goto(`${product.current.url}/admin/audit?ward=hong-bang&lang=en`);
    await settled(page);
    expect(await page.locator('.admin-audit .empty').textContent()).toBe(
      'No changes match the filters.',
    );
    await shot(page, 'admin-audit-empty-en');
    await page.close();
  }, 120_000);

  it('signed out, an admin page offers the sign-in page and comes back after it', async () => {
    const admin = await product.current.createUser({ role: 'city_admin' });
    const page = await newPage();
    await page.goto(`${product.current.url}/admin/audit?ward=hai-an`);
    await settled(page);
    expect(await page.locator('h1').textContent()).toBe('Cần đăng nhập');
    await page.locator('main').getByRole('link', { name: 'Đăng nhập' }).click();
    await eventually(() => new URL(page.url()).pathname).toBe('/sign-in');
    await page.locator('input[name="email"]').fill(admin.email);
    await page.locator('input[name="password"]').fill(admin.password);
    await page.locator('form.sign-in-form button[type="submit"]').click();
    await eventually(() => new URL(page.url()).pathname).toBe('/admin/audit');
    expect(new URL(page.url()).searchParams.get('ward')).toBe('hai-an');
    await page.close();
  }, 60_000);
});
