import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/database.ts';
import { Prisma } from '../src/generated/prisma/client.ts';

// PGlite runs PostgreSQL synchronously; these tests check that it does so off the main thread.
describe('the embedded database in its own thread', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });

  it('leaves the event loop free while a long query runs', async () => {
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    // Seconds of work inside PostgreSQL, in one statement (on the main thread: no tick at all).
    const [row] = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM generate_series(1, 1000000) AS g(i) WHERE md5(i::text) LIKE 'a%'`;
    const took = performance.now() - started;
    clearInterval(timer);
    expect(Number(row?.n)).toBeGreaterThan(30_000);
    expect(took).toBeGreaterThan(100); // long enough to mean something
    // The timer kept firing while the query ran: at least one tick per 50 ms of query.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(took / 50));
    expect(longestGap).toBeLessThan(took / 2);
  }, 120_000);

  it('reports database errors as Prisma errors, and a failed transaction writes nothing', async () => {
    await db.prisma.$executeRawUnsafe('CREATE TABLE "ThreadProbe" ("id" int PRIMARY KEY)');
    const clash = db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('INSERT INTO "ThreadProbe" VALUES (1)');
      await tx.$executeRawUnsafe('INSERT INTO "ThreadProbe" VALUES (1)');
    });
    await expect(clash).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(clash).rejects.toMatchObject({
      meta: { driverAdapterError: { cause: { originalCode: '23505' } } },
    });
    const rows = await db.prisma.$queryRawUnsafe<unknown[]>('SELECT * FROM "ThreadProbe"');
    expect(rows).toEqual([]);
    // The connection is usable again after the rollback.
    await db.prisma.$executeRawUnsafe('INSERT INTO "ThreadProbe" VALUES (2)');
    expect(await db.prisma.$queryRawUnsafe('SELECT "id" FROM "ThreadProbe"')).toEqual([{ id: 2 }]);
  }, 120_000);

  it('a call whose arguments cannot reach the thread fails alone; the database keeps working', async () => {
    const notCopyable = () => 1;
    await expect(
      db.withSession((session) => session.query('SELECT $1::text AS v', [notCopyable as never])),
    ).rejects.toThrow(/could not be cloned/i);
    expect(await db.prisma.$queryRawUnsafe('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  }, 120_000);
});
