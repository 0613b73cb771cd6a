import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { INDICATORS } from '@lotrinh/indicators';
import { type Database, openDatabase } from '@lotrinh/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PostgresServer,
  startPostgres,
} from '../../../../packages/schema/test/postgres-server.ts';
import {
  type GatewayProcess,
  gql,
  signIn,
  startGatewayProcess,
} from '../support/gateway-process.ts';

/**
 * Durability suite: a stream of writes (single results and imports) against a real gateway
 * process, SIGKILL in the middle, restart; then every acknowledged write must be in the
 * database and every import either wholly there (succeeded) or wholly absent (failed, with a
 * reason — never left validating/applying). On PGlite and on PostgreSQL, plus a PostgreSQL
 * stop/start while writing: /readyz says not ready, the gateway recovers by itself, and
 * nothing acknowledged is lost. Prints `durability_lost_writes <n> writes`.
 */

const RECORD = `mutation($input: RecordObservationInput!) {
  recordObservation(input: $input) { __typename }
}`;
const IMPORT = `mutation($c: String!) {
  importObservations(fileName: "durability.csv", format: CSV, contentBase64: $c) {
    ... on MutationImportObservationsSuccess { data { id status validRows } }
  }
}`;

interface Write {
  ward: string;
  indicator: string;
  year: number;
  month: number;
  value: number;
}

const PERCENT = INDICATORS.filter((i) => i.unit === 'percent').map((i) => i.code);

/** Distinct monthly periods (the seed only has annual results, so none collide). */
function* periods(ward: string, firstYear: number): Generator<Write> {
  let n = 0;
  for (const indicator of PERCENT)
    for (let year = firstYear; year <= 2050; year++)
      for (let month = 1; month <= 12; month++)
        yield { ward, indicator, year, month, value: (n++ % 100) + 0.25 };
}

/** Sends single writes one after another until stopped; keeps those acknowledged. */
function startWriter(url: () => string, token: () => string, ward: string, firstYear: number) {
  const acked: Write[] = [];
  let failed = 0;
  let running = true;
  const source = periods(ward, firstYear);
  const done = (async () => {
    for (const w of source) {
      if (!running) break;
      try {
        const res = await gql<{ recordObservation: { __typename: string } }>(
          url(),
          RECORD,
          { input: w },
          token(),
          10_000,
        );
        if (res.data?.recordObservation.__typename === 'MutationRecordObservationSuccess')
          acked.push(w);
        else failed++;
      } catch {
        failed++; // the server is down or restarting: not acknowledged
        await sleep(50);
      }
    }
  })();
  return {
    acked,
    failures: () => failed,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** Sends 200-row imports one after another until stopped; keeps the acknowledged job ids. */
function startImporter(url: string, token: string, ward: string) {
  const acked: { id: string; rows: number }[] = [];
  let running = true;
  let inFlight = false;
  const source = periods(ward, 2020);
  const done = (async () => {
    while (running) {
      // next(), not for…of with break: breaking out of a for…of closes the generator.
      const rows: Write[] = [];
      for (let next = source.next(); !next.done; next = source.next()) {
        rows.push(next.value);
        if (rows.length === 200) break;
      }
      const csv = `ward,indicator,year,month,value\n${rows
        .map((r) => `${r.ward},${r.indicator},${r.year},${r.month},${r.value}`)
        .join('\n')}\n`;
      inFlight = true;
      try {
        const res = await gql<{
          importObservations: { data?: { id: string; status: string; validRows: number } };
        }>(url, IMPORT, { c: Buffer.from(csv).toString('base64') }, token, 30_000);
        const job = res.data?.importObservations.data;
        if (job?.status === 'succeeded') acked.push({ id: job.id, rows: job.validRows });
      } catch {
        running = false; // killed
      }
      inFlight = false;
    }
  })();
  return {
    acked,
    inFlight: () => inFlight,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
  progress: () => string = () => '',
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${progress()})`);
    await sleep(25);
  }
}

/** Checks the database against what was acknowledged; returns the number of lost writes. */
async function verify(db: Database, acked: Write[], imports: { id: string; rows: number }[]) {
  const stored = await db.prisma.observation.findMany({
    where: { month: { gt: 0 } },
    select: { wardSlug: true, indicatorCode: true, year: true, month: true, value: true },
  });
  const key = (w: { ward: string; indicator: string; year: number; month: number }) =>
    `${w.ward}|${w.indicator}|${w.year}|${w.month}`;
  const byKey = new Map(
    stored.map((o) => [
      key({ ward: o.wardSlug, indicator: o.indicatorCode, year: o.year, month: o.month }),
      Number(o.value),
    ]),
  );
  const lost = acked.filter((w) => byKey.get(key(w)) !== w.value);

  const jobs = await db.prisma.importJob.findMany({
    select: {
      id: true,
      status: true,
      validRows: true,
      errors: true,
      _count: { select: { observations: true } },
    },
  });
  for (const job of jobs) {
    expect(['succeeded', 'failed']).toContain(job.status);
    if (job.status === 'succeeded') expect(job._count.observations).toBe(job.validRows);
    else {
      expect(job._count.observations).toBe(0);
      expect(JSON.stringify(job.errors)).toMatch(/"message":"\S/);
    }
  }
  for (const a of imports) {
    const job = jobs.find((j) => j.id === a.id);
    expect(job?.status).toBe('succeeded');
    expect(job?._count.observations).toBe(a.rows);
  }
  return { lost: lost.length, jobs };
}

const figures: string[] = [];
let lostInAll = 0;
let pgServer: PostgresServer | undefined;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(() => {
  return async () => {
    while (cleanups.length) await cleanups.pop()?.();
    pgServer?.stop();
  };
});
afterAll(() => {
  console.log(`durability_lost_writes ${lostInAll} writes (${figures.join('; ')})`);
});

async function freshPostgresDatabase(): Promise<string> {
  pgServer ??= await startPostgres();
  const name = `d_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgServer.url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return pgServer.url(name);
}

describe.each(['pglite', 'postgres'] as const)('kill -9 during writes on %s', (backend) => {
  it('keeps every acknowledged write and leaves no import half applied', async () => {
    let database: { url?: string; dataDir?: string };
    if (backend === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'lotrinh-durability-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      database = { dataDir: join(dir, 'data') };
    } else database = { url: await freshPostgresDatabase() };

    const t0 = Date.now();
    const log = (what: string) => console.log(`[${backend}] ${what} at ${Date.now() - t0} ms`);
    // On PostgreSQL, start-up fails only unfinished imports older than the import timeout
    // (other gateways may be importing): a short one here, so the restart below sweeps them.
    const env = { IMPORT_TIMEOUT_SECONDS: '1' };
    let gateway: GatewayProcess = await startGatewayProcess(database, env);
    log('started');
    cleanups.push(() => gateway.kill('SIGKILL').then(() => undefined));
    const token = await signIn(gateway.url);
    const writer = startWriter(
      () => gateway.url,
      () => token,
      'hong-an',
      2020,
    );
    const importer = startImporter(gateway.url, token, 'thanh-mien');
    await until(
      () => writer.acked.length >= 30 && importer.acked.length >= 1 && importer.inFlight(),
      60_000,
      'writes and an import in flight',
      () => `${writer.acked.length} writes, ${importer.acked.length} imports acknowledged`,
    );
    log(`killing after ${writer.acked.length} writes, ${importer.acked.length} imports`);
    await gateway.kill('SIGKILL');
    await importer.stop();
    await writer.stop();

    await sleep(1_100);
    gateway = await startGatewayProcess(database, env);
    log('restarted');
    expect(gateway.output()).toMatch(/Marked \d+ interrupted import\(s\) as failed|is running/);
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    await gateway.kill('SIGTERM');

    const db = await openDatabase({ ...database, migrate: false });
    try {
      const { lost, jobs } = await verify(db, writer.acked, importer.acked);
      expect(lost).toBe(0);
      lostInAll += lost;
      const interrupted = jobs.filter((j) => j.status === 'failed');
      expect(interrupted.length).toBeLessThanOrEqual(1);
      figures.push(
        `${backend}: ${writer.acked.length} writes and ${importer.acked.length} imports acknowledged, ${interrupted.length} interrupted import failed`,
      );
    } finally {
      await db.close();
    }
  }, 480_000);
});

describe('PostgreSQL stopped and started during writes', () => {
  it('reports not ready, recovers by itself and loses nothing acknowledged', async () => {
    const url = await freshPostgresDatabase();
    const server = pgServer as PostgresServer;
    const gateway = await startGatewayProcess({ url });
    cleanups.push(() => gateway.kill('SIGKILL').then(() => undefined));
    const token = await signIn(gateway.url);
    const ready = async () => (await fetch(`${gateway.url}/readyz`)).status;
    const writer = startWriter(
      () => gateway.url,
      () => token,
      'hong-bang',
      2020,
    );
    await until(() => writer.acked.length >= 20, 20_000, 'first writes');

    server.pause();
    const downAt = Date.now();
    await until(async () => (await ready()) === 503, 10_000, '/readyz to report 503');
    const ackedWhileDown = writer.acked.length;
    await sleep(1_500);
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    server.resume();
    await until(async () => (await ready()) === 200, 20_000, '/readyz to recover');
    const recoveredMs = Date.now() - downAt;
    const before = writer.acked.length;
    await until(() => writer.acked.length >= before + 20, 20_000, 'writes after recovery');
    await writer.stop();

    expect(gateway.child.exitCode).toBeNull();
    const db = await openDatabase({ url, migrate: false });
    try {
      const { lost } = await verify(db, writer.acked, []);
      expect(lost).toBe(0);
      lostInAll += lost;
    } finally {
      await db.close();
    }
    figures.push(
      `postgres restart: ${writer.acked.length} writes acknowledged (${ackedWhileDown} before the stop), ${writer.failures()} refused while down, ready again ${recoveredMs} ms after the stop`,
    );
  }, 480_000);
});
