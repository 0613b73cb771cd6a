import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database.ts';
import { EditedMigrationError, NewerSchemaError } from '../src/errors.ts';
import { checksumOf, type Migration, migrate, readMigrations } from '../src/migrate.ts';
import { BACKENDS, freshDatabase } from './backends.ts';
import { loadDmmf, schemaDrift } from './drift.ts';

const MIGRATIONS = readMigrations();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

describe.each(BACKENDS)('migrations on $name', (backend) => {
  it('migrates an empty database and records each migration with its checksum', async () => {
    const db = await freshDatabase(backend);
    closers.push(db.close);
    expect(db.migration?.applied).toEqual(MIGRATIONS.map((m) => m.name));
    const rows = await db.withSession((s) =>
      s.query<{ migration_name: string; checksum: string; finished_at: unknown }>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      ),
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
      MIGRATIONS.map((m) => [m.name, m.checksum]),
    );
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    // A second run has nothing left to do.
    expect(await db.withSession((s) => migrate(s, MIGRATIONS))).toEqual({
      applied: [],
      alreadyApplied: MIGRATIONS.map((m) => m.name),
    });
  });

  it('matches the Prisma models exactly (drift test)', async () => {
    const db = await freshDatabase(backend);
    closers.push(db.close);
    expect(await db.withSession((s) => schemaDrift(s))).toEqual([]);
  });

  it('notices drift: a column the models do not have, a missing index', async () => {
    const db = await freshDatabase(backend);
    closers.push(db.close);
    await db.withSession((s) =>
      s.exec('ALTER TABLE "Ward" ADD COLUMN "extra" TEXT; DROP INDEX "User_email_key";'),
    );
    const problems = await db.withSession((s) => schemaDrift(s, loadDmmf()));
    expect(problems).toEqual(
      expect.arrayContaining([
        'column Ward.extra is not in the Prisma schema',
        'index User_email_key on User(email) is missing',
      ]),
    );
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const db = await freshDatabase(backend);
    closers.push(db.close);
    const [first, ...rest] = MIGRATIONS;
    if (!first) throw new Error('no migrations');
    const edited: Migration = {
      ...first,
      sql: `${first.sql}\n-- edited`,
      checksum: checksumOf(`${first.sql}\n-- edited`),
    };
    await expect(db.withSession((s) => migrate(s, [edited, ...rest]))).rejects.toThrow(
      EditedMigrationError,
    );
  });

  it('applies a failing migration not at all', async () => {
    const db = await freshDatabase(backend);
    closers.push(db.close);
    const bad: Migration = {
      name: '29990101000000_bad',
      sql: 'CREATE TABLE "Half" (id INT); SELECT 1/0;',
      checksum: 'x',
    };
    await expect(db.withSession((s) => migrate(s, [...MIGRATIONS, bad]))).rejects.toThrow(
      /division by zero/,
    );
    const left = await db.withSession((s) =>
      s.query(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half' UNION ALL SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`,
        [bad.name],
      ),
    );
    expect(left).toEqual([]);
  });

  it('refuses to open a database created by a newer version, with a clear message', async () => {
    const { cleanup, ...options } = await backend.fresh();
    closers.push(cleanup);
    const first = await openDatabase(options);
    await first.withSession((s) =>
      s.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('future', 'x', '29990101000000_future', now(), 1)`,
      ),
    );
    await first.close();
    const reopening = openDatabase(options);
    await expect(reopening).rejects.toThrow(NewerSchemaError);
    await expect(reopening).rejects.toThrow(/created by a newer version/);
  });
});
