import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataChange, parsePayload } from '../src/data-change-watch.ts';
import { type Database, type DatabaseOptions, openDatabase } from '../src/database.ts';
import { recordObservations } from '../src/observations.ts';
import { seedDatabase } from '../src/seed.ts';
import { BACKENDS, freshDatabase } from './backends.ts';

const postgres = BACKENDS.find((b) => b.name === 'postgres');
if (!postgres) throw new Error('the PostgreSQL backend is missing');

/** Waits until `check` holds, polling every 20 ms; fails after `ms`. */
async function until(ms: number, check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await sleep(20);
  }
}

/**
 * Two processes on one PostgreSQL database, as two gateways are: each opens its own pool (its
 * own application_name). A write by one is heard by the other at commit, never by itself.
 */
describe('watching other processes’ writes on PostgreSQL', () => {
  let one: Database & { options: DatabaseOptions };
  let two: Database;
  const heardByOne: DataChange[] = [];
  const heardByTwo: DataChange[] = [];
  let stops: (() => Promise<void>)[] = [];
  const tables = (heard: DataChange[]) =>
    heard.flatMap((c) => (c.kind === 'table' ? [c.table] : []));
  const resyncs = (heard: DataChange[]) => heard.filter((c) => c.kind === 'resync').length;

  beforeAll(async () => {
    one = await freshDatabase(postgres);
    await seedDatabase(one.prisma);
    two = await openDatabase({ url: one.options.url });
    const watch = (db: Database, heard: DataChange[]) => {
      if (!db.watchDataChanges) throw new Error('PostgreSQL offers watchDataChanges');
      return db.watchDataChanges((c) => heard.push(c));
    };
    stops = [watch(one, heardByOne), watch(two, heardByTwo)];
    // Listening once each: the first `resync` says the connection is up.
    await until(10_000, () => resyncs(heardByOne) === 1 && resyncs(heardByTwo) === 1);
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
    await two?.close();
    await one?.close();
  });

  it('hears another process’s committed write at once, and never its own', async () => {
    heardByOne.length = 0;
    heardByTwo.length = 0;
    await recordObservations(
      one.prisma,
      [{ ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2031, value: 0.8 }],
      { source: 'user' },
    );
    await until(5_000, () => tables(heardByTwo).includes('Observation'));
    await sleep(200);
    expect(tables(heardByOne)).toEqual([]);
  });

  it('hears nothing of a write that rolled back', async () => {
    heardByTwo.length = 0;
    await expect(
      one.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('UPDATE "Indicator" SET "code" = "code"');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // A later committed write is heard: the rolled-back one would have come first.
    await two.withSession((s) => s.exec('UPDATE "Pillar" SET "code" = "code" WHERE false'));
    await until(5_000, () => tables(heardByOne).includes('Pillar'));
    expect(tables(heardByTwo)).not.toContain('Indicator');
  });

  it('reconnects after its connection is cut, and says to resync (writes may have been missed)', async () => {
    heardByTwo.length = 0;
    await one.withSession((s) =>
      s.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE '%-watch' AND pid <> pg_backend_pid()`,
      ),
    );
    await until(10_000, () => resyncs(heardByTwo) >= 1);
    await recordObservations(
      one.prisma,
      [{ ward: 'hai-an', indicator: 'DTI_WARD_INDEX', year: 2032, value: 0.81 }],
      { source: 'user' },
    );
    await until(5_000, () => tables(heardByTwo).includes('Observation'));
  });
});

describe('watching on the embedded database', () => {
  it('is not offered: one process owns it, so nobody else writes', async () => {
    const pglite = BACKENDS.find((b) => b.name === 'pglite');
    if (!pglite) throw new Error('the PGlite backend is missing');
    const db = await freshDatabase(pglite);
    try {
      expect(db.watchDataChanges).toBeUndefined();
    } finally {
      await db.close();
    }
  });
});

describe('parsePayload', () => {
  it('splits "<table> <application_name>", the name possibly empty', () => {
    expect(parsePayload('Observation lotrinh-12-ab')).toEqual({
      table: 'Observation',
      origin: 'lotrinh-12-ab',
    });
    expect(parsePayload('Target ')).toEqual({ table: 'Target', origin: '' });
    expect(parsePayload(undefined)).toEqual({ table: '', origin: '' });
  });
});
