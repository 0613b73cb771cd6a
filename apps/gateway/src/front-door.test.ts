import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHash } from './answers/operation.ts';
import { type Harness, PASSWORD, startHarness } from './test-support.ts';

/**
 * The front door (`front-door.ts`) answers current stored answers before Express. Each test
 * checks that what it serves is what Express would have served: headers, CSRF, rate limit,
 * scope, language, data version, ETag/304; and that it leaves everything else to Express.
 */
const LIMIT = 30;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logError: () => {}, rateLimitPerMinute: LIMIT });
}, 300_000);
afterAll(async () => {
  await h?.close();
});

const served = () => h.gateway.frontDoor.stats().served;
const SCORECARD = `query Card($ward: String!, $year: Int!) {
  scorecard(ward: $ward, year: $year) { year entries { indicator { code name } result { value } } }
}`;
const RECORD = `mutation($input: RecordObservationInput!) {
  recordObservation(input: $input) { __typename }
}`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

/** Each test its own client address (trust proxy is loopback), so its own rate-limit bucket. */
let addresses = 0;
const newAddress = () => `10.0.0.${++addresses}`;

/** A persisted-query GET; `extra` adds a query-string parameter the front door leaves to Express. */
function getUrl(variables: Record<string, unknown>, extra = '') {
  const params = new URLSearchParams({
    operationName: 'Card',
    variables: JSON.stringify(variables),
    // As Apollo Client 4 sends it: it names itself beside the persisted query.
    extensions: JSON.stringify({
      clientLibrary: { name: '@apollo/client', version: '4.3.8' },
      persistedQuery: { version: 1, sha256Hash: documentHash(SCORECARD) },
    }),
  });
  return `${h.url}/graphql?${params}${extra}`;
}

async function get(url: string, headers: Record<string, string>) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return { res, text, headers: Object.fromEntries(res.headers) };
}

/** The POST that registers the document and stores its answer (through Express). */
async function prime(variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SCORECARD, operationName: 'Card', variables }),
  });
  expect(res.status).toBe(200);
  await res.text();
}

/** Headers that legitimately differ between two responses. */
const VOLATILE = new Set(['date', 'ratelimit', 'keep-alive', 'connection']);
const stable = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => !VOLATILE.has(k)));

describe('the front door', () => {
  it('sends exactly the headers Express sends, for a 200 and for a 304', async () => {
    const vars = { ward: 'hai-an', year: 2024 };
    const address = { ...PREFLIGHT, 'x-forwarded-for': newAddress() };
    await prime(vars, address);
    // An unknown parameter is left to Express, which serves the same stored answer.
    const before = served();
    const viaExpress = await get(getUrl(vars, '&unusual=1'), address);
    expect(served()).toBe(before);
    const viaFront = await get(getUrl(vars), address);
    expect(served()).toBe(before + 1);
    expect(viaFront.res.status).toBe(200);
    expect(viaFront.text).toBe(viaExpress.text);
    expect(stable(viaFront.headers)).toEqual(stable(viaExpress.headers));
    // The security headers are there (not merely equal): helmet's CSP, framing, nosniff.
    expect(viaFront.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(viaFront.headers['x-frame-options']).toBe('DENY');
    expect(viaFront.headers['x-content-type-options']).toBe('nosniff');
    expect(viaFront.headers['x-powered-by']).toBeUndefined();

    const etag = viaFront.headers.etag as string;
    const inm = { ...address, 'if-none-match': etag };
    const notModifiedExpress = await get(getUrl(vars, '&unusual=1'), inm);
    const notModifiedFront = await get(getUrl(vars), inm);
    expect(served()).toBe(before + 2);
    expect(notModifiedFront.res.status).toBe(304);
    expect(notModifiedExpress.res.status).toBe(304);
    expect(notModifiedFront.text).toBe('');
    expect(stable(notModifiedFront.headers)).toEqual(stable(notModifiedExpress.headers));
    expect(notModifiedFront.headers['cache-control']).toBe('no-cache');
    // A 304 carries validators and caching metadata only (RFC 9110 §15.4.5): the stored 200
    // keeps its security headers; both doors leave them out.
    expect(notModifiedFront.headers.etag).toBe(etag);
    expect(notModifiedFront.headers['content-security-policy']).toBeUndefined();
    expect(notModifiedExpress.headers['content-security-policy']).toBeUndefined();
    expect(notModifiedExpress.headers['x-frame-options']).toBeUndefined();
    expect(notModifiedFront.headers.vary).toBe(
      'Accept-Encoding, Accept-Language, Authorization, Cookie',
    );
  });

  it('negotiates brotli, gzip or identity as Express does', async () => {
    const vars = { ward: 'hai-an', year: 2023 };
    const address = { ...PREFLIGHT, 'x-forwarded-for': newAddress() };
    await prime(vars, address);
    for (const [accept, expected] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const before = served();
      const front = await fetch(getUrl(vars), {
        headers: { ...address, 'accept-encoding': accept },
      });
      expect(served()).toBe(before + 1);
      expect(front.headers.get('content-encoding') ?? undefined).toBe(expected);
      const express = await fetch(getUrl(vars, '&unusual=1'), {
        headers: { ...address, 'accept-encoding': accept },
      });
      expect(front.headers.get('content-encoding')).toBe(express.headers.get('content-encoding'));
      expect(await front.text()).toBe(await express.text());
    }
  });

  it('refuses a GET without a preflight header (CSRF), as Express does', async () => {
    const vars = { ward: 'hong-an', year: 2024 };
    const address = { 'x-forwarded-for': newAddress() };
    await prime(vars, address);
    const before = served();
    const simple = await get(getUrl(vars), address);
    expect(simple.res.status).toBe(400);
    expect(simple.text).toMatch(/CSRF/i);
    expect(served()).toBe(before);
    const preflighted = await get(getUrl(vars), { ...address, ...PREFLIGHT });
    expect(preflighted.res.status).toBe(200);
    expect(served()).toBe(before + 1);
  });

  it('counts every request in the same rate-limit bucket as Express, then leaves the 429 to it', async () => {
    const vars = { ward: 'hong-an', year: 2023 };
    const address = { ...PREFLIGHT, 'x-forwarded-for': newAddress() };
    await prime(vars, address); // one request (Express)
    const remaining: number[] = [];
    const statuses: number[] = [];
    const policies = new Set<string>();
    const start = served();
    for (let i = 0; i < LIMIT + 2; i++) {
      // Alternate the two doors: one allowance between them.
      const r = await get(getUrl(vars, i % 2 ? '&unusual=1' : ''), address);
      statuses.push(r.res.status);
      const left = /r=(\d+)/.exec(r.headers.ratelimit ?? '')?.[1];
      if (r.res.status === 200) remaining.push(Number(left));
      policies.add(r.headers['ratelimit-policy'] ?? '');
    }
    // LIMIT in all: the priming POST and LIMIT - 1 GETs, whichever door answered them.
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT - 1);
    expect(statuses.slice(LIMIT - 1)).toEqual([429, 429, 429]);
    expect(remaining).toEqual(Array.from({ length: LIMIT - 1 }, (_, i) => LIMIT - 2 - i));
    expect(served() - start).toBe(Math.ceil((LIMIT - 1) / 2));
    // One policy header for both doors: same name, quota, window and partition key.
    expect(policies.size).toBe(1);
    const refused = await get(getUrl(vars), address);
    expect(refused.res.status).toBe(429);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another address still has its own allowance.
    const other = await get(getUrl(vars), { ...PREFLIGHT, 'x-forwarded-for': newAddress() });
    expect(other.res.status).toBe(200);
  });

  it('keys a direct client (no proxy header) by its socket address, as Express does', async () => {
    const vars = { ward: 'hong-bang', year: 2023 };
    await prime(vars, PREFLIGHT);
    const before = served();
    const express = await get(getUrl(vars, '&unusual=1'), PREFLIGHT);
    const front = await get(getUrl(vars), PREFLIGHT);
    expect(served()).toBe(before + 1);
    expect(front.headers['ratelimit-policy']).toBe(express.headers['ratelimit-policy']);
    const left = (r: { headers: Record<string, string> }) =>
      Number(/r=(\d+)/.exec(r.headers.ratelimit ?? '')?.[1]);
    expect(left(front)).toBe(left(express) - 1);
  });

  it('counts a signed-in caller per user, whatever address they come from', async () => {
    const vars = { ward: 'chu-van-an', year: 2024 };
    const auth = { ...PREFLIGHT, authorization: `Bearer ${h.tokens.editors['thanh-mien']}` };
    await prime(vars, auth);
    const before = served();
    const a = await get(getUrl(vars), { ...auth, 'x-forwarded-for': newAddress() });
    const b = await get(getUrl(vars), { ...auth, 'x-forwarded-for': newAddress() });
    expect(served()).toBe(before + 2);
    const left = (r: { headers: Record<string, string> }) =>
      Number(/r=(\d+)/.exec(r.headers.ratelimit ?? '')?.[1]);
    expect(left(b)).toBe(left(a) - 1);
  });

  it('never serves one scope’s answer to another: anonymous, token, cookie, a bad Bearer', async () => {
    const vars = { ward: 'thanh-mien', year: 2024 };
    const address = { ...PREFLIGHT, 'x-forwarded-for': newAddress() };
    await prime(vars, address); // anonymous: stored
    const misses = () => h.gateway.answers.stats().misses;
    let before = { served: served(), misses: misses() };
    const anonymous = await get(getUrl(vars), address);
    expect(anonymous.headers['cache-control']).toBe('no-cache');
    expect(served()).toBe(before.served + 1);

    // A viewer's token: another scope, so Express computes it once, then the front door serves it.
    const viewer = { ...address, authorization: `Bearer ${h.tokens.viewer}` };
    before = { served: served(), misses: misses() };
    const first = await get(getUrl(vars), viewer);
    expect(served()).toBe(before.served);
    expect(misses()).toBe(before.misses + 1);
    const again = await get(getUrl(vars), viewer);
    expect(served()).toBe(before.served + 1);
    expect(again.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers['cache-control']).toBe('private, no-cache');

    // The dashboard's cookie session of the same viewer: the same scope (role and wards).
    const started = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...address },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { startSession(email: $e, password: $p) { __typename } }',
        variables: { e: 'viewer@haiphong.gov.vn', p: PASSWORD },
      }),
    });
    const cookie = (started.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
    expect(cookie).toMatch(/^lotrinh_session=lt_/);
    before = { served: served(), misses: misses() };
    const byCookie = await get(getUrl(vars), { ...address, cookie });
    expect(served()).toBe(before.served + 1);
    expect(byCookie.headers['cache-control']).toBe('private, no-cache');
    // A cookie sent by another site's page (Fetch Metadata) does not count: anonymous.
    const crossSite = await get(getUrl(vars), {
      ...address,
      cookie,
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.headers['cache-control']).toBe('no-cache');

    // A bad Bearer beside a good cookie is judged by the Bearer alone: anonymous, not the viewer.
    const bad = await get(getUrl(vars), { ...address, cookie, authorization: 'Bearer lt_junk' });
    expect(bad.res.status).toBe(200);
    expect(bad.headers['cache-control']).toBe('no-cache');
    expect(bad.headers.etag).toBe(anonymous.headers.etag);

    // An editor of other wards: yet another scope.
    before = { served: served(), misses: misses() };
    await get(getUrl(vars), { ...address, authorization: `Bearer ${h.tokens.editor}` });
    expect(misses()).toBe(before.misses + 1);
    expect(served()).toBe(before.served);
  });

  it('answers in the request’s language, never the other one’s', async () => {
    const vars = { ward: 'hong-bang', year: 2024 };
    const address = { ...PREFLIGHT, 'x-forwarded-for': newAddress() };
    await prime(vars, { ...address, 'accept-language': 'vi' });
    await prime(vars, { ...address, 'accept-language': 'en' });
    const before = served();
    const vi = await get(getUrl(vars), { ...address, 'accept-language': 'vi' });
    const en = await get(getUrl(vars), { ...address, 'accept-language': 'en-GB,en;q=0.9' });
    expect(served()).toBe(before + 2);
    expect(vi.text).not.toBe(en.text);
    expect(vi.headers.etag).not.toBe(en.headers.etag);
  });

  it('never serves an answer of an older data version: a write goes to Express, then the new answer', async () => {
    const vars = { ward: 'hai-an', year: 2029 };
    const address = { ...PREFLIGHT, 'x-forwarded-for': newAddress() };
    await prime(vars, address);
    const old = await get(getUrl(vars), address);
    expect(old.res.status).toBe(200);
    const recorded = await h.gql<{ recordObservation: { __typename: string } }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2029, value: 0.66 } },
      h.tokens.editor,
    );
    expect(recorded.data.recordObservation.__typename).toBe('MutationRecordObservationSuccess');
    const before = served();
    // The browser still holds the old tag: it gets the new answer, not a 304.
    const fresh = await get(getUrl(vars), {
      ...address,
      'if-none-match': old.headers.etag as string,
    });
    expect(served()).toBe(before);
    expect(fresh.res.status).toBe(200);
    expect(fresh.headers.etag).not.toBe(old.headers.etag);
    expect(fresh.text).toContain('0.66');
    expect(old.text).not.toContain('0.66');
    // And from then on the front door serves (and revalidates) the new one.
    const notModified = await get(getUrl(vars), {
      ...address,
      'if-none-match': fresh.headers.etag as string,
    });
    expect(notModified.res.status).toBe(304);
    expect(served()).toBe(before + 1);
  });

  it('leaves misses, POSTs, mutations and unknown hashes to Express', async () => {
    const address = { ...PREFLIGHT, 'x-forwarded-for': newAddress() };
    const before = served();
    // Never asked before: a miss, computed by Express and stored.
    const miss = await get(getUrl({ ward: 'hong-bang', year: 2022 }), address);
    expect(miss.res.status).toBe(200);
    // A hash nobody sent the text of.
    const unknown = await get(
      `${h.url}/graphql?extensions=${encodeURIComponent(
        JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }),
      )}`,
      address,
    );
    expect(JSON.parse(unknown.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // A mutation's hash over GET: Apollo refuses it.
    await prime({ ward: 'hong-bang', year: 2021 }, address);
    const mutation = 'mutation { endSession }';
    await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...address },
      body: JSON.stringify({ query: mutation }),
    });
    const getMutation = await get(
      `${h.url}/graphql?extensions=${encodeURIComponent(
        JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentHash(mutation) } }),
      )}`,
      address,
    );
    // Apollo's answer (persisted queries are off there), never a stored one, never run.
    expect(JSON.parse(getMutation.text).errors?.length).toBeGreaterThan(0);
    expect(JSON.parse(getMutation.text).data?.endSession).toBeUndefined();
    expect(served()).toBe(before);
  });
});
