import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, PASSWORD, startHarness } from '../test-support.ts';
import { newToken } from './tokens.ts';
import { ViewerCache } from './viewer-cache.ts';

/**
 * Token lookups are cached briefly (keyed by the token's hash), and never honoured from the
 * cache once the token is revoked, the session ended or the user's role, wards or state changed.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logError: () => {} });
}, 300_000);
afterAll(async () => {
  await h?.close();
});

const ME = '{ me { email role wards } }';
type Me = { me: { email: string; role: string; wards: string[] } | null };

async function postWith(query: string, headers: Record<string, string>, variables = {}) {
  const res = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await res.json()) as { data: Record<string, unknown> | null },
    setCookie: res.headers.getSetCookie(),
  };
}

/** A new user (straight into the database) with a token. */
async function userWithToken(email: string, role: 'viewer' | 'ward_editor' = 'viewer') {
  const user = await h.db.prisma.user.create({
    data: { email, name: email, role, passwordHash: 'x' },
  });
  const { token, hash } = newToken();
  const row = await h.db.prisma.apiToken.create({
    data: { userId: user.id, name: 'test', tokenHash: hash },
  });
  return { id: user.id, tokenId: row.id, token };
}

describe('cached viewer lookups', () => {
  it('look a token up once, not on every request', async () => {
    const { token } = await userWithToken('cache-once@haiphong.gov.vn');
    const before = h.gateway.viewers.lookups;
    for (let i = 0; i < 3; i++) {
      const me = await h.gql<Me>(ME, {}, token);
      expect(me.data.me?.email).toBe('cache-once@haiphong.gov.vn');
    }
    expect(h.gateway.viewers.lookups).toBe(before + 1);
  });

  it('never honour a revoked token from the cache', async () => {
    const { token, tokenId } = await userWithToken('cache-revoked@haiphong.gov.vn');
    expect((await h.gql<Me>(ME, {}, token)).data.me?.email).toBe('cache-revoked@haiphong.gov.vn');
    const revoked = await h.gql<{ revokeApiToken: { __typename: string } }>(
      'mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }',
      { id: tokenId },
      h.tokens.admin,
    );
    expect(revoked.data.revokeApiToken.__typename).toBe('MutationRevokeApiTokenSuccess');
    expect((await h.gql<Me>(ME, {}, token)).data.me).toBeNull();
  });

  it('never honour an ended session from the cache', async () => {
    const started = await postWith(
      'mutation($e: String!, $p: String!) { startSession(email: $e, password: $p) { __typename } }',
      {},
      { e: 'viewer@haiphong.gov.vn', p: PASSWORD },
    );
    const cookie = (started.setCookie[0] ?? '').split(';')[0] as string;
    expect(cookie).toMatch(/^lotrinh_session=lt_/);
    const signedIn = await postWith(ME, { cookie });
    expect((signedIn.body.data as Me).me?.email).toBe('viewer@haiphong.gov.vn');
    await postWith('mutation { endSession }', { cookie });
    // The browser (or a copy of the cookie) sends it again: nobody.
    const after = await postWith(ME, { cookie });
    expect((after.body.data as Me).me).toBeNull();
  });

  it('never honour an old role, old wards or a disabled account from the cache', async () => {
    const { id, token } = await userWithToken('cache-role@haiphong.gov.vn');
    expect((await h.gql<Me>(ME, {}, token)).data.me).toMatchObject({ role: 'VIEWER', wards: [] });
    const update = (input: Record<string, unknown>) =>
      h.gql<{ updateUser: { __typename: string } }>(
        'mutation($id: ID!, $input: UserUpdateInput!) { updateUser(id: $id, input: $input) { __typename } }',
        { id, input },
        h.tokens.admin,
      );
    expect(
      (await update({ role: 'WARD_EDITOR', wards: ['hai-an'] })).data.updateUser.__typename,
    ).toBe('MutationUpdateUserSuccess');
    expect((await h.gql<Me>(ME, {}, token)).data.me).toMatchObject({
      role: 'WARD_EDITOR',
      wards: ['hai-an'],
    });
    await update({ wards: ['hong-an'] });
    expect((await h.gql<Me>(ME, {}, token)).data.me?.wards).toEqual(['hong-an']);
    await update({ disabled: true });
    expect((await h.gql<Me>(ME, {}, token)).data.me).toBeNull();
  });

  it('drop entries when another gateway changes a user (the User data version moves)', async () => {
    const { id, token } = await userWithToken('cache-other@haiphong.gov.vn');
    expect((await h.gql<Me>(ME, {}, token)).data.me?.role).toBe('VIEWER');
    // Another process's write: straight into the database, seen by this gateway's next sync.
    await h.db.prisma.user.update({ where: { id }, data: { disabledAt: new Date() } });
    await h.gateway.store.sync();
    expect((await h.gql<Me>(ME, {}, token)).data.me).toBeNull();
  });

  it('trust a lookup for the TTL at most, and never past the token’s expiry', async () => {
    let now = Date.now();
    const credentials = 0;
    const cache = new ViewerCache(h.db.prisma, () => credentials, { ttlMs: 1_000, now: () => now });
    const { token, tokenId } = await userWithToken('cache-ttl@haiphong.gov.vn');
    expect((await cache.viewer(token))?.email).toBe('cache-ttl@haiphong.gov.vn');
    expect(cache.cached(token)?.email).toBe('cache-ttl@haiphong.gov.vn');
    // Revoked behind the cache's back (another gateway: tokens move no data version).
    await h.db.prisma.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    now += 999;
    expect(cache.cached(token)?.email).toBe('cache-ttl@haiphong.gov.vn');
    now += 1;
    expect(cache.cached(token)).toBeUndefined();
    expect(await cache.viewer(token)).toBeNull();

    // A token expiring sooner than the TTL is trusted until it expires, not a moment longer.
    const soon = await userWithToken('cache-expiry@haiphong.gov.vn');
    await h.db.prisma.apiToken.update({
      where: { id: soon.tokenId },
      data: { expiresAt: new Date(now + 300) },
    });
    expect(await cache.viewer(soon.token)).not.toBeNull();
    now += 300;
    expect(cache.cached(soon.token)).toBeUndefined();
    expect(await cache.viewer(soon.token)).toBeNull();
  });

  it('keep no entry looked up while people changed (the lookup may predate the change)', async () => {
    let credentials = 0;
    const cache = new ViewerCache(h.db.prisma, () => credentials);
    const { token } = await userWithToken('cache-race@haiphong.gov.vn');
    const pending = cache.viewer(token);
    credentials++; // a revocation lands while the query runs
    expect((await pending)?.email).toBe('cache-race@haiphong.gov.vn');
    expect(cache.cached(token)).toBeUndefined();
  });
});
