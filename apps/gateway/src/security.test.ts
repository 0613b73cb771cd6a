import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGateway, type GatewayOptions } from './app.ts';
import { type Harness, PASSWORD, startHarness } from './test-support.ts';

/**
 * The security suite (issue 8). The authorisation matrix is authorization.test.ts; here:
 * token expiry on a fake clock, the rate limiter's keying, sign-in throttling, the last
 * administrator, headers and CSP, CSRF prevention, and error bodies in every NODE_ENV.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logError: () => {} });
});
let ran = 0;
afterAll(async () => {
  console.log(`security_tests ${ran}`);
  await h.close();
});
afterEach((context) => {
  vi.useRealTimers();
  if (context.task.result?.state !== 'fail') ran++;
});

/** Another gateway on the shared database (its own rate limiter and sign-in throttle). */
async function gatewayWith(options: GatewayOptions) {
  const gateway = await createGateway(
    { WEB_DIST: mkdtempSync(join(tmpdir(), 'lt-')), NODE_ENV: 'test' },
    h.db,
    {
      logError: () => {},
      ...options,
    },
  );
  const server = await new Promise<Server>((ok) => {
    const s = gateway.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tokens: h.tokens,
    gql: async <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      token: string | null = null,
    ) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data: T;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      return { status: res.status, ...body };
    },
    close: async () => {
      server.close();
      await gateway.stop();
    },
  };
}

const SIGN_IN =
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename ... on MutationSignInSuccess { data { token } } ... on Error { message } } }';
type SignIn = { signIn: { __typename: string; data?: { token: string }; message?: string } };

describe('tokens', () => {
  it('stop working when they expire (fake clock)', async () => {
    const issued = await h.gql<{ issueApiToken: { data: { token: string } } }>(
      'mutation { issueApiToken(name: "short", expiresInDays: 1) { ... on MutationIssueApiTokenSuccess { data { token } } } }',
      {},
      h.tokens.viewer,
    );
    const token = issued.data.issueApiToken.data.token;
    expect((await h.gql('{ me { role } }', {}, token)).data).toEqual({ me: { role: 'VIEWER' } });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 23 * 3_600_000 });
    expect((await h.gql('{ me { role } }', {}, token)).data).toEqual({ me: { role: 'VIEWER' } });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    expect((await h.gql('{ me { role } }', {}, token)).data).toEqual({ me: null });
  });
});

describe('the rate limiter', () => {
  it('keys made-up tokens on the address: "Bearer junk1", "junk2"… share one allowance', async () => {
    const limited = await gatewayWith({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 1; i <= 4; i++)
        statuses.push((await limited.gql('{ me { id } }', {}, `junk${i}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // No token at all shares it too.
      expect((await limited.gql('{ me { id } }')).status).toBe(429);
      // A valid token has the user's own allowance…
      expect((await limited.gql('{ me { id } }', {}, limited.tokens.viewer)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('keys valid tokens on the user: two tokens of one user share one allowance', async () => {
    const limited = await gatewayWith({ rateLimitPerMinute: 3 });
    try {
      const signIn = await limited.gql<SignIn>(SIGN_IN, {
        e: 'viewer@haiphong.gov.vn',
        p: PASSWORD,
      });
      const second = signIn.data.signIn.data?.token as string;
      const statuses: number[] = [];
      for (const token of [limited.tokens.viewer, second, limited.tokens.viewer, second])
        statuses.push((await limited.gql('{ me { id } }', {}, token)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('sign-in throttling', () => {
  it('locks an account after 5 wrong passwords, refuses even the right one, and backs off', async () => {
    const t = await gatewayWith({ signInThrottle: { perAddress: 1_000 } });
    try {
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
      const email = 'viewer@haiphong.gov.vn';
      const kinds: string[] = [];
      for (let i = 0; i < 50; i++) {
        const res = await t.gql<SignIn>(SIGN_IN, { e: email, p: `sai-mat-khau-${i}` });
        kinds.push(String(res.errors?.[0]?.extensions?.code ?? res.data.signIn.__typename));
      }
      expect(kinds.slice(0, 5)).toEqual(Array(5).fill('ValidationError'));
      expect(kinds.slice(5)).toEqual(Array(45).fill('RATE_LIMITED'));
      const right = await t.gql<SignIn>(SIGN_IN, { e: email, p: PASSWORD });
      expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(right.errors?.[0]?.message).toMatch(
        /^Quá nhiều lần đăng nhập sai\. Hãy thử lại sau \d+ giây\.$/,
      );
      expect(right.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: 60 });
      // Other accounts are not locked.
      const other = await t.gql<SignIn>(SIGN_IN, { e: 'admin@haiphong.gov.vn', p: PASSWORD });
      expect(other.data.signIn.__typename).toBe('MutationSignInSuccess');

      // After the first lock-out (1 min), 5 more wrong passwords lock it for twice as long.
      vi.setSystemTime(Date.now() + 61_000);
      for (let i = 0; i < 5; i++) await t.gql(SIGN_IN, { e: email, p: 'sai-mat-khau-nua' });
      const again = await t.gql<SignIn>(SIGN_IN, { e: email, p: PASSWORD });
      expect(again.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: 120 });
      vi.setSystemTime(Date.now() + 121_000);
      const after = await t.gql<SignIn>(SIGN_IN, { e: email, p: PASSWORD });
      expect(after.data.signIn.__typename).toBe('MutationSignInSuccess');
    } finally {
      await t.close();
    }
  });

  it('locks an address after 20 wrong passwords for any accounts (password spraying)', async () => {
    const t = await gatewayWith({});
    try {
      for (let i = 0; i < 20; i++)
        await t.gql(SIGN_IN, { e: `nobody${i}@haiphong.gov.vn`, p: 'mat-khau-doan-thu' });
      const res = await t.gql<SignIn>(SIGN_IN, { e: 'admin@haiphong.gov.vn', p: PASSWORD });
      expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      const en = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ query: SIGN_IN, variables: { e: 'x@y.vn', p: 'p' } }),
      });
      expect(((await en.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
        /^Too many failed sign-ins\. Try again in \d+ seconds\.$/,
      );
    } finally {
      await t.close();
    }
  });
});

describe('administrators', () => {
  const UPDATE =
    'mutation($id: ID!, $input: UserUpdateInput!) { updateUser(id: $id, input: $input) { __typename ... on Error { message } } }';
  type Update = { updateUser: { __typename: string; message?: string } };

  it('keep the last active city administrator, and disabling a user ends their tokens for good', async () => {
    const t = await startHarness();
    try {
      const admin = t.users.admin;
      for (const input of [{ role: 'VIEWER' }, { disabled: true }]) {
        const res = await t.gql<Update>(UPDATE, { id: admin, input }, t.tokens.admin);
        expect(res.data.updateUser.__typename).toBe('ConflictError');
        expect(res.data.updateUser.message).toMatch(/quản trị viên thành phố cuối cùng/);
      }
      expect((await t.gql('{ me { role } }', {}, t.tokens.admin)).data).toEqual({
        me: { role: 'CITY_ADMIN' },
      });
      // With a second administrator, the first may step down.
      const promoted = await t.gql<Update>(
        UPDATE,
        { id: t.users.viewer, input: { role: 'CITY_ADMIN' } },
        t.tokens.admin,
      );
      expect(promoted.data.updateUser.__typename).toBe('MutationUpdateUserSuccess');
      const demoted = await t.gql<Update>(
        UPDATE,
        { id: admin, input: { role: 'VIEWER' } },
        t.tokens.viewer,
      );
      expect(demoted.data.updateUser.__typename).toBe('MutationUpdateUserSuccess');
      const last = await t.gql<Update>(
        UPDATE,
        { id: t.users.viewer, input: { disabled: true } },
        t.tokens.viewer,
      );
      expect(last.data.updateUser.__typename).toBe('ConflictError');

      // Disabling the editor revokes their token; re-enabling does not bring it back.
      const editorToken = t.tokens.editor;
      expect((await t.gql('{ me { role } }', {}, editorToken)).data).toEqual({
        me: { role: 'WARD_EDITOR' },
      });
      await t.gql(UPDATE, { id: t.users.editor, input: { disabled: true } }, t.tokens.viewer);
      const revoked = await t.db.prisma.apiToken.findMany({ where: { userId: t.users.editor } });
      expect(revoked.every((tok) => tok.revokedAt !== null)).toBe(true);
      await t.gql(UPDATE, { id: t.users.editor, input: { disabled: false } }, t.tokens.viewer);
      expect((await t.gql('{ me { role } }', {}, editorToken)).data).toEqual({ me: null });
      const signIn = await t.gql<SignIn>(SIGN_IN, {
        e: 'editor@hai-an.haiphong.gov.vn',
        p: PASSWORD,
      });
      expect(signIn.data.signIn.__typename).toBe('MutationSignInSuccess');
    } finally {
      await t.close();
    }
  });
});

describe('requests that would take the server down', () => {
  it('refuses compareWards with 3000 × 3000 items at once, without the memory to build it', async () => {
    const before = process.memoryUsage().rss;
    const res = await h.gql(
      'query($w: [String!], $i: [String!]) { compareWards(wards: $w, indicators: $i, year: 2025) { cells { entry { status } } } }',
      { w: Array(3000).fill('hai-an'), i: Array(3000).fill('DG_ONLINE_DOSSIERS') },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/^Đối số "(wards|indicators)" tối đa 200 mục\.$/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

describe('headers', () => {
  it('sends the security headers and a CSP on the dashboard, the explorer, the API and exports', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'lotrinh-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Lộ Trình</title>');
    writeFileSync(join(dist, 'explorer.html'), '<!doctype html><title>Explorer</title>');
    const gateway = await createGateway({ WEB_DIST: dist, NODE_ENV: 'test' }, h.db);
    const server = await new Promise<Server>((ok) => {
      const s = gateway.listen(0, '127.0.0.1', () => ok(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const responses = [
        await fetch(`${url}/`),
        await fetch(`${url}/wards/hai-an`),
        await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } }),
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ me { id } }"}',
        }),
        await fetch(`${url}/export/targets.csv?ward=hong-bang`),
        await fetch(`${url}/healthz`),
      ];
      for (const res of responses) {
        expect(res.status).toBe(200);
        expect(Object.fromEntries(res.headers)).toMatchObject(SECURITY_HEADERS);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("default-src 'self'");
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
      }
      // Inline styles only on the explorer's page (Monaco needs them), nowhere else.
      const [dashboard, , explorer] = responses;
      expect(dashboard?.headers.get('content-security-policy')).toContain("style-src 'self';");
      expect(explorer?.headers.get('content-security-policy')).toContain(
        "style-src 'self' 'unsafe-inline';",
      );
    } finally {
      server.close();
      await gateway.stop();
    }
  });
});

describe('CSRF prevention (Apollo)', () => {
  it('refuses simple cross-site requests: GET without a preflight header, form and text bodies', async () => {
    const query =
      'mutation { signIn(email: "a@b.vn", password: "mat-khau-du-dai") { __typename } }';
    const sessions = () => h.db.prisma.apiToken.count({ where: { name: 'session' } });
    const before = await sessions();
    const get = await fetch(`${h.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF|content-type/i);
    }
    // A GET that did get past it still cannot run a mutation.
    const mutation = await fetch(`${h.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
    expect(await sessions()).toBe(before);
  });
});

describe('error bodies', () => {
  it.each(['development', 'production', 'test'] as const)(
    'are JSON without stack traces or paths with NODE_ENV=%s',
    async (NODE_ENV) => {
      const dist = mkdtempSync(join(tmpdir(), 'lotrinh-web-'));
      const gateway = await createGateway({ WEB_DIST: dist, NODE_ENV }, h.db, {
        logError: () => {},
      });
      const server = await new Promise<Server>((ok) => {
        const s = gateway.listen(0, '127.0.0.1', () => ok(s));
      });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const post = (body: string) =>
          fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
        for (const [res, status, code] of [
          [await post('{bad'), 400, 'BAD_REQUEST'],
          [await post(`{"query":"${'x'.repeat(9 * 1024 * 1024)}"}`), 413, 'PAYLOAD_TOO_LARGE'],
          [await fetch(`${url}/nope`, { method: 'POST' }), 404, 'NOT_FOUND'],
        ] as const) {
          expect(res.status).toBe(status);
          expect(res.headers.get('content-type')).toMatch(/^application\/json/);
          const text = await res.text();
          expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
          expect(text).not.toMatch(/ at |node_modules|\/work\/|\.ts|\.js|<pre>|SyntaxError/);
        }
      } finally {
        server.close();
        await gateway.stop();
      }
    },
  );
});

describe('an install under a dot folder (~/.apps/lotrinh)', () => {
  it('serves the dashboard and the explorer', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'lotrinh-')), '.apps', 'lotrinh', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Lộ Trình</title>');
    writeFileSync(join(dist, 'explorer.html'), '<!doctype html><title>Explorer</title>');
    writeFileSync(join(dist, '.secret'), 'not for clients');
    const gateway = await createGateway({ WEB_DIST: dist, NODE_ENV: 'test' }, h.db);
    const server = await new Promise<Server>((ok) => {
      const s = gateway.listen(0, '127.0.0.1', () => ok(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const explorer = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(explorer.status).toBe(200);
      expect(await explorer.text()).toContain('<title>Explorer</title>');
      for (const path of ['/', '/wards/hai-an'])
        expect(await (await fetch(`${url}${path}`)).text()).toContain('<title>Lộ Trình</title>');
      // Dot files inside the build are still not served.
      expect(await (await fetch(`${url}/.secret`)).text()).not.toContain('not for clients');
    } finally {
      server.close();
      await gateway.stop();
    }
  });
});
