import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PostgresServer,
  startPostgres,
} from '../../../../packages/schema/test/postgres-server.ts';
import { documentHash } from '../../src/answers/operation.ts';
import {
  type GatewayProcess,
  gql,
  signIn,
  startGatewayProcess,
} from '../support/gateway-process.ts';

/**
 * Several gateways on one PostgreSQL database, as the README's scaling section describes: two
 * real gateway processes (`src/main.ts`), each with its own stored answers and read model. A
 * write on either must reach the other's answers and ETags at once, through the database's
 * notifications (the poll, every 60 s here, is only the fallback), and from then on the other
 * never serves the older answer, nor answers 304 to the older tag.
 */

const SYNC_SECONDS = 60;
/** Long enough for a notification and a reload on a loaded two-core machine; far below the poll. */
const AT_ONCE_MS = 3_000;
const SCORECARD = `query Card($ward: String!, $year: Int!) {
  scorecard(ward: $ward, year: $year) { year entries { indicator { code } result { value } } }
}`;
const WARDS = 'query Wards { wards { slug } }';
const RECORD = `mutation($input: RecordObservationInput!) {
  recordObservation(input: $input) { __typename ... on Error { message } }
}`;
const CREATE_WARD = `mutation($input: WardInput!) {
  createWard(input: $input) { __typename ... on Error { message } }
}`;

let server: PostgresServer;
let one: GatewayProcess;
let two: GatewayProcess;
let token: string;

beforeAll(async () => {
  server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE two_gateways');
  await admin.end();
  const env = { SYNC_INTERVAL_SECONDS: String(SYNC_SECONDS) };
  // One after the other: the first migrates and seeds, the second finds the database ready.
  one = await startGatewayProcess({ url: server.url('two_gateways') }, env);
  two = await startGatewayProcess({ url: server.url('two_gateways') }, env);
  token = await signIn(one.url);
});

afterAll(async () => {
  await one?.kill('SIGTERM');
  await two?.kill('SIGTERM');
  server?.stop();
});

/** A GET with the persisted query's hash and text, as an API client sends it. */
async function get(
  g: GatewayProcess,
  query: string,
  variables: Record<string, unknown>,
  etag?: string,
): Promise<{ status: number; etag: string | null; body: unknown }> {
  const params = new URLSearchParams({
    query,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentHash(query) } }),
  });
  const res = await fetch(`${g.url}/graphql?${params}`, {
    headers: { 'apollo-require-preflight': 'true', ...(etag ? { 'if-none-match': etag } : {}) },
  });
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    body: res.status === 304 ? null : await res.json(),
  };
}

const dti = (body: unknown) =>
  (
    body as {
      data: {
        scorecard: { entries: { indicator: { code: string }; result: { value: number } | null }[] };
      };
    }
  ).data.scorecard.entries.find((e) => e.indicator.code === 'DTI_WARD_INDEX')?.result?.value ??
  null;

/** Polls until `check` holds; returns the milliseconds it took, or fails after `ms`. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not seen within ${ms} ms`);
    await sleep(50);
  }
  return Date.now() - start;
}

async function record(g: GatewayProcess, ward: string, year: number, value: number) {
  const res = await gql<{ recordObservation: { __typename: string } }>(
    g.url,
    RECORD,
    { input: { ward, indicator: 'DTI_WARD_INDEX', year, value } },
    token,
  );
  expect(res.data?.recordObservation.__typename).toBe('MutationRecordObservationSuccess');
}

describe('two gateway processes on one PostgreSQL database', () => {
  it('a result written on one reaches the other’s stored answer and ETag at once, not at its next poll', async () => {
    const vars = { ward: 'hai-an', year: 2029 };
    const before = await get(two, SCORECARD, vars);
    expect(before.status).toBe(200);
    expect(dti(before.body)).toBeNull();
    expect(before.etag).toMatch(/^W\/"/);
    // Stored on gateway 2: the same tag again, and 304 to it.
    expect((await get(two, SCORECARD, vars, before.etag ?? '')).status).toBe(304);

    await record(one, 'hai-an', 2029, 0.81);
    // The writer's own answers change at once.
    expect(dti((await get(one, SCORECARD, vars)).body)).toBe(0.81);

    // Gateway 2 answers the old tag with the new answer (never 304) once it has synced…
    const took = await within(AT_ONCE_MS, async () => {
      const after = await get(two, SCORECARD, vars, before.etag ?? '');
      return after.status === 200 && dti(after.body) === 0.81;
    });
    expect(took).toBeLessThan(AT_ONCE_MS);
    // …and from then on never the older answer, nor a 304 to its tag.
    for (let i = 0; i < 5; i++) {
      const again = await get(two, SCORECARD, vars, before.etag ?? '');
      expect(again.status).toBe(200);
      expect(dti(again.body)).toBe(0.81);
      expect(again.etag).not.toBe(before.etag);
    }
  });

  it('works both ways: a write on the second gateway reaches the first', async () => {
    const vars = { ward: 'hong-an', year: 2029 };
    const before = await get(one, SCORECARD, vars);
    expect(dti(before.body)).toBeNull();
    await record(two, 'hong-an', 2029, 0.79);
    await within(AT_ONCE_MS, async () => dti((await get(one, SCORECARD, vars)).body) === 0.79);
    expect((await get(one, SCORECARD, vars, before.etag ?? '')).status).toBe(200);
  });

  it('a ward created on one gateway appears in the other’s stored ward list', async () => {
    const slugsOn = async (g: GatewayProcess) =>
      ((await get(g, WARDS, {})).body as { data: { wards: { slug: string }[] } }).data.wards.map(
        (w) => w.slug,
      );
    expect(await slugsOn(two)).not.toContain('le-chan');
    const created = await gql<{ createWard: { __typename: string } }>(
      one.url,
      CREATE_WARD,
      { input: { slug: 'le-chan', nameVi: 'Phường Lê Chân', kind: 'PHUONG' } },
      token,
    );
    expect(created.data?.createWard.__typename).toBe('MutationCreateWardSuccess');
    await within(AT_ONCE_MS, async () => (await slugsOn(two)).includes('le-chan'));
  });
});
