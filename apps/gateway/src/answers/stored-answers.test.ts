import { mkdtempSync } from 'node:fs';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../app.ts';
import { newToken } from '../auth/tokens.ts';
import { type Harness, PASSWORD, startHarness } from '../test-support.ts';
import { ByteLru } from './byte-lru.ts';
import { documentHash } from './operation.ts';

/**
 * Stored answers: served ahead of GraphQL, but never across data versions, languages or
 * scopes; GET with a persisted query, ETag and 304; two gateways on one database.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logError: () => {} });
});
afterAll(async () => {
  await h.close();
});

const stats = () => h.gateway.answers.stats();
const SCORECARD = `query Card($ward: String!, $year: Int!) {
  scorecard(ward: $ward, year: $year) { year entries { indicator { code } result { value } } }
}`;
const dtiOf = (data: {
  scorecard: { entries: { indicator: { code: string }; result: { value: number } | null }[] };
}) =>
  data.scorecard.entries.find((e) => e.indicator.code === 'DTI_WARD_INDEX')?.result?.value ?? null;

const RECORD = `mutation($input: RecordObservationInput!) {
  recordObservation(input: $input) { __typename }
}`;

/** A GET as the dashboard sends it: the persisted query's hash, and a preflight header. */
function persistedGet(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const params = new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentHash(query) } }),
  });
  return fetch(`${url}/graphql?${params}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
}

describe('stored answers', () => {
  it('serve the same document, variables, language and scope from the store', async () => {
    const vars = { ward: 'hong-an', year: 2025 };
    const first = await h.gql(SCORECARD, vars);
    const before = stats();
    // The same text POSTed again (an analyst, or the dashboard), variables in another order.
    const second = await h.gql(SCORECARD, { year: 2025, ward: 'hong-an' });
    expect(second.data).toEqual(first.data);
    expect(stats().hits).toBe(before.hits + 1);
    expect(stats().misses).toBe(before.misses);
    // Other variables are another answer.
    const other = await h.gql(SCORECARD, { ward: 'hong-an', year: 2026 });
    expect(stats().misses).toBe(before.misses + 1);
    expect(other.data).not.toEqual(first.data);
  });

  it('are never served across data versions: a write is visible in the next answer', async () => {
    const vars = { ward: 'hai-an', year: 2027 };
    const before = await h.gql(SCORECARD, vars);
    expect(dtiOf(before.data as never)).toBeNull();
    await h.gql(SCORECARD, vars); // stored now
    const recorded = await h.gql<{ recordObservation: { __typename: string } }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2027, value: 0.81 } },
      h.tokens.editor,
    );
    expect(recorded.data.recordObservation.__typename).toBe('MutationRecordObservationSuccess');
    const after = await h.gql(SCORECARD, vars);
    expect(dtiOf(after.data as never)).toBe(0.81);
  });

  it('show a renamed person by the new name, on this gateway at once (answers name people)', async () => {
    const recorded = await h.gql<{ recordObservation: { __typename: string } }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2031, value: 0.82 } },
      h.tokens.editor,
    );
    expect(recorded.data.recordObservation.__typename).toBe('MutationRecordObservationSuccess');
    const WHO = `{ observations(filter: { ward: "hai-an", indicator: "DTI_WARD_INDEX" }, first: 50) {
      edges { node { year recordedBy } } } }`;
    type Who = { observations: { edges: { node: { year: number; recordedBy: string | null } }[] } };
    const nameIn = (data: Who) =>
      data.observations.edges.find((e) => e.node.year === 2031)?.node.recordedBy;
    await h.gql<Who>(WHO);
    const stored = await h.gql<Who>(WHO); // served from the store now
    const renamed = `${nameIn(stored.data)} (đổi tên)`;
    const update = await h.gql<{ updateUser: { __typename: string } }>(
      'mutation($id: ID!, $name: String!) { updateUser(id: $id, input: { name: $name }) { __typename } }',
      { id: h.users.editor, name: renamed },
      h.tokens.admin,
    );
    expect(update.data.updateUser.__typename).toBe('MutationUpdateUserSuccess');
    expect(nameIn((await h.gql<Who>(WHO)).data)).toBe(renamed);
  });

  it('are never served across languages', async () => {
    type Wards = { wards: { slug: string; name: string; nameVi: string; nameEn: string }[] };
    const query = '{ wards { slug name nameVi nameEn } }';
    const vi = await h.gql<Wards>(query, {}, null, 'vi');
    const en = await h.gql<Wards>(query, {}, null, 'en');
    const viAgain = await h.gql<Wards>(query, {}, null, 'vi');
    const ward = (d: typeof vi) => d.data.wards.find((w) => w.slug === 'thanh-mien');
    expect(ward(vi)?.nameVi).not.toBe(ward(vi)?.nameEn);
    expect(ward(vi)?.name).toBe(ward(vi)?.nameVi);
    expect(ward(en)?.name).toBe(ward(en)?.nameEn);
    expect(viAgain.data).toEqual(vi.data);
  });

  it('are never served across scopes: one key per role and wards', async () => {
    const query = '{ pillars { code } }';
    await h.gql(query);
    const before = stats();
    await h.gql(query, {}, h.tokens.viewer); // signed in: another scope, computed afresh
    await h.gql(query, {}, h.tokens.editor);
    expect(stats().misses).toBe(before.misses + 2);
    await h.gql(query, {}, h.tokens.editors['hong-an']); // an editor of other wards
    expect(stats().misses).toBe(before.misses + 3);
    await h.gql(query, {}, h.tokens.editor); // the same scope again: stored
    expect(stats().hits).toBe(before.hits + 1);
  });

  it('never serve one user’s `me` to another, even beside storable fields', async () => {
    const query = '{ pillars { code } me { email } }';
    const admin = await h.gql<{ me: { email: string } }>(query, {}, h.tokens.admin);
    const viewer = await h.gql<{ me: { email: string } }>(query, {}, h.tokens.viewer);
    const anonymous = await h.gql<{ me: { email: string } | null }>(query);
    // Another viewer: the same role and wards, so the same scope as the first one.
    const other = await h.db.prisma.user.create({
      data: {
        email: 'viewer2@haiphong.gov.vn',
        name: 'viewer 2',
        role: 'viewer',
        passwordHash: 'x',
      },
    });
    const issued = newToken();
    await h.db.prisma.apiToken.create({
      data: { userId: other.id, name: 'test', tokenHash: issued.hash },
    });
    const viewer2 = await h.gql<{ me: { email: string } }>(query, {}, issued.token);
    expect(admin.data.me.email).toBe('admin@haiphong.gov.vn');
    expect(viewer.data.me.email).toBe('viewer@haiphong.gov.vn');
    expect(viewer2.data.me.email).toBe('viewer2@haiphong.gov.vn');
    expect(anonymous.data.me).toBeNull();
  });

  it('are not stored when the answer has errors', async () => {
    const query =
      '{ ward(slug: "hai-an") { slug } scorecard(ward: "nowhere", year: 2025) { year } }';
    const first = await h.gql(query);
    expect(first.errors?.length).toBeGreaterThan(0);
    const before = stats();
    await h.gql(query);
    expect(stats().hits).toBe(before.hits);
  });
});

describe('GET with a persisted query', () => {
  const COMPARE = `query Compare($year: Int!) {
    compareWards(year: $year) { wards { slug name } cells { ward { slug } entry { status attainment } } }
  }`;

  it('asks for the text once, then answers by hash with an ETag, and 304 when unchanged', async () => {
    const vars = { year: 2025 };
    const unknown = await persistedGet(h.url, COMPARE, vars);
    expect(await unknown.json()).toMatchObject({
      errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    // Apollo Client's retry: the text with its hash.
    const registered = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: COMPARE,
        variables: vars,
        extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(COMPARE) } },
      }),
    });
    const body = await registered.text();
    expect(JSON.parse(body).data.compareWards.wards).toHaveLength(5);

    const byHash = await persistedGet(h.url, COMPARE, vars);
    expect(byHash.status).toBe(200);
    const etag = byHash.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(await byHash.text()).toBe(body);

    const notModified = await persistedGet(h.url, COMPARE, vars, { 'if-none-match': etag ?? '' });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');

    // Another language is another answer, and another tag.
    const english = await persistedGet(h.url, COMPARE, vars, {
      'if-none-match': etag ?? '',
      'accept-language': 'en',
    });
    expect(english.status).toBe(200);
    expect(english.headers.get('etag')).not.toBe(etag);
  });

  it('sends a new answer and tag after a write that changes it', async () => {
    const vars = { year: 2028 };
    const query = COMPARE.replace('Compare(', 'Compare2028(');
    await h.gql(query, vars); // registers the text
    const first = await persistedGet(h.url, query, vars);
    const etag = first.headers.get('etag') ?? '';
    await h.gql(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2028, value: 0.9 } },
      h.tokens.editor,
    );
    const after = await persistedGet(h.url, query, vars, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('serves the stored bytes gzip-compressed to a client that accepts it', async () => {
    const vars = { year: 2025 };
    const plain = await (await persistedGet(h.url, COMPARE, vars)).text();
    const params = new URLSearchParams({
      variables: JSON.stringify(vars),
      extensions: JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: documentHash(COMPARE) },
      }),
    });
    // node:http, not fetch: fetch would decompress the body itself.
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((ok, fail) => {
      get(
        `${h.url}/graphql?${params}`,
        { headers: { 'apollo-require-preflight': 'true', 'accept-encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            ok({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        },
      ).on('error', fail);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(plain.length / 3);
    expect(gunzipSync(raw.body).toString()).toBe(plain);
  });

  it('refuses a hash that does not match the text, and mutations over GET', async () => {
    const bad = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ wards { slug } }',
        extensions: {
          persistedQuery: { version: 1, sha256Hash: documentHash('{ pillars { code } }') },
        },
      }),
    });
    expect(bad.status).toBe(400);
    const mutation = await fetch(
      `${h.url}/graphql?query=${encodeURIComponent('mutation { endSessionX }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(mutation.status).toBeGreaterThanOrEqual(400);
  });
});

it('runs a mutation POSTed by its hash alone once its text is known (as Apollo Client’s link sends it)', async () => {
  // The dashboard's sign-in after a sign-out: the second startSession is sent by hash only.
  const mutation = `mutation($e: String!, $p: String!) {
      startSession(email: $e, password: $p) { __typename ... on MutationStartSessionSuccess { data { email } } }
    }`;
  const variables = { e: 'viewer@haiphong.gov.vn', p: PASSWORD };
  const extensions = { persistedQuery: { version: 1, sha256Hash: documentHash(mutation) } };
  const send = (body: object) =>
    fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (res) => ({
      status: res.status,
      body: (await res.json()) as {
        data?: { startSession: { data?: { email: string } } };
        errors?: { extensions?: { code?: string } }[];
      },
      cookie: res.headers.getSetCookie().length > 0,
    }));
  const unknown = await send({ variables, extensions });
  expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const withText = await send({ query: mutation, variables, extensions });
  expect(withText.body.data?.startSession.data?.email).toBe('viewer@haiphong.gov.vn');
  const byHash = await send({ variables, extensions });
  expect(byHash.status).toBe(200);
  expect(byHash.body.data?.startSession.data?.email).toBe('viewer@haiphong.gov.vn');
  expect(byHash.cookie).toBe(true);
});

describe('two gateways on one database', () => {
  let second: Gateway;
  let server: Server;
  let url2: string;
  beforeAll(async () => {
    second = await createGateway(
      { WEB_DIST: mkdtempSync(join(tmpdir(), 'lt-')), NODE_ENV: 'test' },
      h.db,
      { logError: () => {}, syncIntervalMs: 100, rateLimitPerMinute: 100_000 },
    );
    server = await new Promise<Server>((ok) => {
      const s = second.listen(0, '127.0.0.1', () => ok(s));
    });
    url2 = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await second.stop();
  });

  const onSecond = async (vars: Record<string, unknown>) => {
    const res = await fetch(`${url2}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SCORECARD, variables: vars }),
    });
    return dtiOf(((await res.json()) as { data: never }).data);
  };

  it('gateway 2 never serves a stored answer older than a write on gateway 1, after its sync interval', async () => {
    const vars = { ward: 'hai-an', year: 2029 };
    expect(await onSecond(vars)).toBeNull();
    expect(await onSecond(vars)).toBeNull(); // stored on gateway 2
    const hitsBefore = second.answers.stats().hits;
    expect(hitsBefore).toBeGreaterThan(0);
    const recorded = await h.gql<{ recordObservation: { __typename: string } }>(
      RECORD,
      { input: { ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2029, value: 0.77 } },
      h.tokens.editor,
    );
    expect(recorded.data.recordObservation.__typename).toBe('MutationRecordObservationSuccess');
    await new Promise((r) => setTimeout(r, 400)); // a few sync intervals
    expect(await onSecond(vars)).toBe(0.77);
  });
});

describe('ByteLru', () => {
  it('keeps the recently used values within its byte budget', () => {
    const lru = new ByteLru<string>(100);
    lru.set('a', 'a', 40);
    lru.set('b', 'b', 40);
    expect(lru.get('a')).toBe('a'); // a is now the most recent
    lru.set('c', 'c', 40); // 120 > 100: b, the least recent, goes
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('a');
    expect(lru.get('c')).toBe('c');
    expect(lru.bytes).toBe(80);
    lru.set('huge', 'x', 101);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.bytes).toBe(80);
  });
});
