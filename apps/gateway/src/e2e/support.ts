import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Database } from '@lotrinh/schema';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createGateway, type Gateway } from '../app.ts';
import { hashPassword } from '../auth/passwords.ts';
import { seededDatabase } from '../test-support.ts';

/**
 * End to end in a real browser: Debian's Chromium (installed by the root `npm test` when
 * missing) driven by Playwright, against the gateway serving the real dashboard build on a fresh
 * embedded database.
 */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));
/** Screenshots and PDFs of every route, for people to look at (git-ignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../../../artifacts', import.meta.url));
const CHROMIUM = process.env.LOTRINH_CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readAxe();

function readAxe(): string {
  const require = createRequire(import.meta.url);
  return (require('axe-core') as { source: string }).source;
}

/** A role as the database names it, or as GraphQL does. */
export type E2eRole =
  | 'city_admin'
  | 'ward_editor'
  | 'viewer'
  | 'CITY_ADMIN'
  | 'WARD_EDITOR'
  | 'VIEWER';

export interface Credentials {
  email: string;
  password: string;
}

export interface Product {
  url: string;
  browser: Browser;
  /** The product's database, for arranging data a story needs (not for asserting what the UI did). */
  db: Database;
  /**
   * A new active user with a password (a fresh email each call), straight into the database:
   * `createUser({ role: 'ward_editor', wards: ['hai-an'] })`. `mustChangePassword`: as if an
   * administrator had chosen the password.
   */
  createUser: (user: {
    role: E2eRole;
    wards?: string[];
    name?: string;
    mustChangePassword?: boolean;
  }) => Promise<Credentials>;
  /**
   * Signs in through the real `/sign-in` page (the session cookie lands in the page's browser
   * context) and waits until the header shows who is signed in. Lands on `redirect` (default `/`).
   */
  signIn: (page: Page, credentials: Credentials, options?: { redirect?: string }) => Promise<void>;
  /** The gateway serving the product (its counters: stored answers, the front door). */
  gateway: Gateway;
  /** Content-Security-Policy violations reported by any page since the last call (then cleared). */
  takeCspViolations: () => string[];
  stop: () => Promise<void>;
}

/**
 * Every page the tests open reports Content-Security-Policy violations (securitypolicyviolation
 * events and the console's "Refused to …" lines), so each test can prove the dashboard and the
 * explorer work under the gateway's CSP.
 */
function reportCspViolations(browser: Browser, violations: string[]) {
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    // Code the tests inject through DevTools (axe-core, which compiles its message templates
    // with new Function) has no source file: only the product's own code counts.
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => {
        if (e.sourceFile) console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' in ' + e.sourceFile);
      });`,
    });
    page.on('console', (message) => {
      const text = message.text();
      if (!message.location().url) return;
      if (/Content Security Policy|CSP violation|Refused to/i.test(text)) violations.push(text);
    });
    return page;
  };
}

export async function startProduct(): Promise<Product> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const db: Database = await seededDatabase();
  const gateway: Gateway = await createGateway({ WEB_DIST, NODE_ENV: 'test' }, db);
  const server = await new Promise<Server>((ok) => {
    const s = gateway.listen(0, '127.0.0.1', () => ok(s));
  });
  const browser = await chromium.launch({
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
  const violations: string[] = [];
  reportCspViolations(browser, violations);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let users = 0;
  return {
    url,
    browser,
    db,
    gateway,
    createUser: async ({ role, wards = [], name, mustChangePassword = false }) => {
      users += 1;
      const dbRole = role.toLowerCase() as 'city_admin' | 'ward_editor' | 'viewer';
      const email = `${dbRole.replace('_', '-')}-${users}@e2e.haiphong.gov.vn`;
      const password = `mat-khau-e2e-${users}`;
      await db.prisma.user.create({
        data: {
          email,
          name: name ?? `${dbRole} ${users}`,
          role: dbRole,
          passwordHash: await hashPassword(password),
          mustChangePassword,
          wards: { create: wards.map((wardSlug) => ({ wardSlug })) },
        },
      });
      return { email, password };
    },
    signIn: async (page, { email, password }, options = {}) => {
      const redirect = options.redirect ? `?redirect=${encodeURIComponent(options.redirect)}` : '';
      await page.goto(`${url}/sign-in${redirect}`);
      await page.locator('form.sign-in-form input[name="email"]').fill(email);
      await page.locator('form.sign-in-form input[name="password"]').fill(password);
      await page.locator('form.sign-in-form button[type="submit"]').click();
      await page.locator('.viewer-menu .viewer-name').waitFor({ timeout: 30_000 });
      await settled(page);
    },
    takeCspViolations: () => violations.splice(0),
    stop: async () => {
      await browser.close();
      server.close();
      await gateway.stop();
      await db.close();
    },
  };
}

/**
 * The product for one test file: started before its tests (from the built dashboard), stopped
 * after them, and every test fails if it left a Content-Security-Policy violation behind.
 */
export function useProduct(): { readonly current: Product } {
  let started: Product | undefined;
  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`))
      throw new Error(`Build the dashboard first (npm run build): ${WEB_DIST} is empty.`);
    started = await startProduct();
  }, 120_000);
  afterAll(async () => {
    await started?.stop();
  });
  afterEach(() => {
    expect(started?.takeCspViolations()).toEqual([]);
  });
  return {
    get current() {
      if (!started) throw new Error('The product starts in beforeAll.');
      return started;
    },
  };
}

/** Waits until the page has its heading and nothing is still loading. */
export async function settled(page: Page) {
  await page.locator('h1').first().waitFor({ timeout: 30_000 });
  // Polled with page.evaluate (run through DevTools): waitForFunction with a string predicate
  // evaluates it inside the page, which the gateway's CSP (no 'unsafe-eval') refuses.
  await expect
    .poll(() => page.evaluate('document.querySelectorAll(\'[role="status"].loading\').length'), {
      timeout: 30_000,
    })
    .toBe(0);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page (WCAG 2.1 A/AA rules and best practice). */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  // Evaluated through DevTools, not as an inline <script>, which the gateway's CSP refuses.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (excluded) => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { exclude: excluded.map((s) => [s]) },
      { resultTypes: ['violations'] },
    );
    return result.violations;
  }, exclude);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
