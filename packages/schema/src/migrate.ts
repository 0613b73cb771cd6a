import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EditedMigrationError, NewerSchemaError } from './errors.ts';
import { inTransaction, type SqlSession } from './sql-session.ts';

/** A committed migration: `prisma/migrations/<name>/migration.sql`. */
export interface Migration {
  name: string;
  sql: string;
  /** sha256 of the file, as Prisma Migrate records it. */
  checksum: string;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

/**
 * Key of the PostgreSQL advisory lock held while migrating, so two processes starting together
 * never apply the same migration twice. (Any constant works; this one spells "lotrinh".)
 */
export const MIGRATION_LOCK_KEY = 0x6c6f7472696e68;

export const checksumOf = (sql: string) => createHash('sha256').update(sql).digest('hex');

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/** Prisma Migrate's own bookkeeping table, so `prisma migrate` can take over where it runs. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies pending migrations in name order, each in its own transaction together with its
 * `_prisma_migrations` row, under an advisory lock. Refuses to run when an applied migration
 * was edited (checksum) or when the database knows migrations this code does not (newer schema).
 */
export async function migrate(
  session: SqlSession,
  migrations: readonly Migration[] = readMigrations(),
): Promise<MigrateResult> {
  await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const applied = new Map(
      rows
        .filter((r) => r.finished_at !== null && r.rolled_back_at === null)
        .map((r) => [r.migration_name, r]),
    );
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new NewerSchemaError(
        `The database has migrations this version of Lộ Trình does not know (${unknown.join(', ')}): it was created by a newer version. Upgrade Lộ Trình, or point it at another database.`,
      );
    }

    const result: MigrateResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const done = applied.get(migration.name);
      if (done) {
        if (done.checksum !== migration.checksum) {
          throw new EditedMigrationError(
            `Migration ${migration.name} was changed after it was applied (checksum ${done.checksum.slice(0, 12)}… in the database, ${migration.checksum.slice(0, 12)}… on disk). Restore the original file and add a new migration instead.`,
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      await inTransaction(session, async () => {
        await session.exec(migration.sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
      });
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}
