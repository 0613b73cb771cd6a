import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, deflatedRepeat, storedRandom } from '../../src/services/zip-fixtures.ts';
import {
  type GatewayProcess,
  gql,
  signIn,
  startGatewayProcess,
} from '../support/gateway-process.ts';

/**
 * Load suite: autocannon for a fixed time on the comparison query (the city department's
 * document in docs/queries) and the ward page's queries, with a writer recording results
 * alongside and /healthz polled throughout, against a real gateway process on loopback.
 * 0 errors, /healthz within 1 s. Then three zip bombs at once: refused, the process's peak
 * RSS (VmHWM) growing by less than 50 MB. Prints `load_p99_ms <p99> ms (…)`.
 */

const COMPARE = readFileSync(
  fileURLToPath(
    new URL('../../../../docs/queries/city-department-compare-wards.graphql', import.meta.url),
  ),
  'utf8',
);
// The ward page's queries, read from the page itself so that the suite follows the page.
const WARD_PAGE = readFileSync(
  fileURLToPath(new URL('../../../web/src/pages/ward/queries.ts', import.meta.url)),
  'utf8',
);
const WARD_QUERIES = [...WARD_PAGE.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1] as string);

const READS = [
  { query: COMPARE, variables: { year: 2025 } },
  // One set of variables for all: GraphQL ignores those an operation does not declare.
  ...WARD_QUERIES.map((query) => ({
    query,
    variables: { ward: 'hai-an', year: 2025, indicator: 'DS_VNEID' },
  })),
];
const DURATION_S = 5;

let gateway: GatewayProcess;
let dir: string;
let p99 = Number.NaN;
const notes: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lotrinh-load-'));
  gateway = await startGatewayProcess({ dataDir: join(dir, 'data') });
}, 300_000);
afterAll(async () => {
  console.log(`load_p99_ms ${p99} ms (${notes.join('; ')})`);
  await gateway?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('load', () => {
  it('serves the comparison and ward page with a writer alongside: 0 errors, /healthz within 1 s', async () => {
    expect(WARD_QUERIES.length).toBeGreaterThanOrEqual(2);
    for (const read of READS) {
      const res = await gql(gateway.url, read.query, read.variables);
      expect(res.errors).toBeUndefined();
    }
    const token = await signIn(gateway.url);

    let running = true;
    const writes = { ok: 0, failed: 0 };
    const writer = (async () => {
      for (let year = 2020; running && year <= 2050; year++)
        for (let month = 1; running && month <= 12; month++) {
          const res = await gql<{ recordObservation: { __typename: string } }>(
            gateway.url,
            'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { __typename } }',
            { input: { ward: 'hong-an', indicator: 'DS_VNEID', year, month, value: 50 } },
            token,
          ).catch(() => null);
          if (res?.data?.recordObservation.__typename === 'MutationRecordObservationSuccess')
            writes.ok++;
          else writes.failed++;
        }
    })();

    let healthzMax = 0;
    let healthzFailures = 0;
    const health = (async () => {
      while (running) {
        const started = performance.now();
        try {
          const res = await fetch(`${gateway.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
          if (res.status !== 200) healthzFailures++;
        } catch {
          healthzFailures++;
        }
        healthzMax = Math.max(healthzMax, performance.now() - started);
        await sleep(100);
      }
    })();

    let graphqlErrors = 0;
    const result = await autocannon({
      url: `${gateway.url}/graphql`,
      connections: 4,
      duration: DURATION_S,
      requests: READS.map((read) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(read),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
        },
      })),
    });
    running = false;
    await Promise.all([writer, health]);

    p99 = result.latency.p99;
    notes.push(
      `p50 ${result.latency.p50} ms, ${result.requests.total} requests in ${DURATION_S} s, ${result.errors + result.non2xx + graphqlErrors} errors, /healthz max ${Math.round(healthzMax)} ms, ${writes.ok} writes alongside`,
    );
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(graphqlErrors).toBe(0);
    expect(result.requests.total).toBeGreaterThan(0);
    expect(writes.failed).toBe(0);
    expect(writes.ok).toBeGreaterThan(0);
    expect(healthzFailures).toBe(0);
    expect(healthzMax).toBeLessThan(1_000);
  }, 120_000);

  it('refuses three 1.1 MB → 450 MB zip bombs at once, the process growing by less than 50 MB', async () => {
    const token = await signIn(gateway.url);
    const bomb = buildZip([
      deflatedRepeat('xl/worksheets/sheet1.xml', 450),
      storedRandom('xl/media/image1.png', 650_000),
    ]).toString('base64');
    // Start-up (migrations, seed) has its own peak: measure from here.
    const before = Math.round(gateway.rssMb());
    gateway.resetPeakRss();
    const started = performance.now();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        gql<{ importObservations: { data: { status: string } } }>(
          gateway.url,
          'mutation($c: String!) { importObservations(fileName: "bomb.xlsx", format: XLSX, contentBase64: $c) { ... on MutationImportObservationsSuccess { data { status } } } }',
          { c: bomb },
          token,
        ),
      ),
    );
    const elapsed = Math.round(performance.now() - started);
    for (const r of results) expect(r.data?.importObservations.data.status).toBe('failed');
    const peak = Math.round(gateway.peakRssMb());
    // What the bombs cost, measured from the process's state before them: start-up alone (a
    // first start migrates and seeds PGlite) leaves the process at 550–950 MB on our machines.
    expect(peak - before).toBeLessThan(50);
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    notes.push(`3 zip bombs refused in ${elapsed} ms, gateway RSS ${before} → peak ${peak} MB`);
  }, 120_000);
});
