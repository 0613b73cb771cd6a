import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type DatabaseOptions, openDatabase } from '../src/database.ts';

/**
 * The two backends every database test runs on: embedded PGlite (in a temporary data
 * directory, as in production) and a real PostgreSQL server.
 */
export interface Backend {
  name: 'pglite' | 'postgres';
  /** Options for a new, empty database of this backend. */
  fresh: () => Promise<DatabaseOptions & { cleanup: () => Promise<void> }>;
}

async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = inject('postgresAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return {
    url: admin.replace(/\/postgres$/, `/${name}`),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const BACKENDS: Backend[] = [
  {
    name: 'pglite',
    fresh: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lotrinh-pglite-'));
      return {
        dataDir: join(dir, 'data'),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    fresh: async () => {
      const { url, drop } = await createPgDatabase();
      return { url, cleanup: drop };
    },
  },
];

/** Opens a fresh, migrated database of the backend; `close` also deletes it. */
export async function freshDatabase(
  backend: Backend,
  options: Partial<DatabaseOptions> = {},
): Promise<Database & { options: DatabaseOptions }> {
  const { cleanup, ...fresh } = await backend.fresh();
  const db = await openDatabase({ ...fresh, ...options });
  return {
    ...db,
    options: fresh,
    close: async () => {
      await db.close();
      await cleanup();
    },
  };
}
