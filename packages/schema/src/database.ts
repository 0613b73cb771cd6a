import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type DataChange, watchDataChanges } from './data-change-watch.ts';
import { lockDataDir } from './data-dir-lock.ts';
import {
  DatabaseConfigError,
  DatabaseUnreachableError,
  DataDirectoryInUseError,
  redactUrl,
} from './errors.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { type MigrateResult, migrate, readMigrations } from './migrate.ts';
import { PgliteThread } from './pglite-thread.ts';
import { pgClientSession, type SqlSession } from './sql-session.ts';

export type { PrismaClient };

/** Default embedded data directory: `<repo>/data/pglite`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/pglite', import.meta.url));

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; absent selects embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** Called for every SQL query Prisma sends (query-count tests, debugging). */
  onQuery?: (sql: string) => void;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  /** Where the data lives, safe to print (password redacted). */
  location: string;
  prisma: PrismaClient;
  /** Raw SQL on one connection (migrations, checks, locks). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  migration: MigrateResult | null;
  /**
   * PostgreSQL only (the embedded database has one process, so nobody else writes): hears at
   * once when another process commits a write. Returns `stop`.
   */
  watchDataChanges?: (
    onChange: (change: DataChange) => void,
    onError?: (error: Error) => void,
  ) => () => Promise<void>;
  close(): Promise<void>;
}

export function parseDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError(
      `DATABASE_URL is not a valid URL: ${redactUrl(url)}. Expected postgres://user:password@host:5432/database.`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//). Lộ Trình runs on PostgreSQL only; leave DATABASE_URL unset for the embedded database.`,
    );
  }
  if (!parsed.hostname) throw new DatabaseConfigError('DATABASE_URL has no host name.');
  return parsed;
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const db = options.url
    ? await openPostgres(options.url, options.poolSize ?? 10, options.onQuery)
    : await openPglite(options.dataDir ?? DEFAULT_DATA_DIR, options.onQuery);
  if (options.migrate !== false) {
    try {
      db.migration = await db.withSession((s) => migrate(s, readMigrations()));
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

function createPrisma(
  adapter: PrismaPg | ReturnType<PgliteThread['adapterFactory']>,
  onQuery?: (sql: string) => void,
): PrismaClient {
  // The thread's factory has the shape of pglite-prisma-adapter's (see pglite-thread.ts).
  const options = { adapter: adapter as PrismaPg };
  if (!onQuery) return new PrismaClient(options);
  const prisma = new PrismaClient({ ...options, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma as unknown as PrismaClient;
}

async function openPglite(dataDir: string, onQuery?: (sql: string) => void): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const dir = inMemory ? dataDir : resolve(dataDir);
  let unlock: () => void = () => {};
  if (!inMemory) {
    try {
      unlock = lockDataDir(dir);
    } catch (error) {
      if (error instanceof DataDirectoryInUseError) throw error;
      throw new DatabaseConfigError(
        `Cannot use ${dir} as the data directory (${(error as Error).message}). Set LOTRINH_DATA_DIR to a writable directory.`,
      );
    }
  }
  let thread: PgliteThread;
  try {
    // Its own thread: PGlite's queries run synchronously and would stall every other request.
    thread = await PgliteThread.open(inMemory ? undefined : dir);
  } catch (error) {
    unlock();
    const hint =
      !inMemory && existsSync(join(dir, 'PG_VERSION'))
        ? ' The directory may come from another PostgreSQL version or be damaged.'
        : '';
    throw new DatabaseConfigError(
      `Could not open the embedded database in ${dir}: ${(error as Error).message}.${hint}`,
    );
  }
  const prisma = createPrisma(thread.adapterFactory(), onQuery);
  const session = thread.session();
  return {
    kind: 'pglite',
    location: dir,
    prisma,
    migration: null,
    // PGlite is one connection: every session is the same one.
    withSession: (fn) => fn(session),
    close: async () => {
      await prisma.$disconnect();
      await thread.close();
      unlock();
    },
  };
}

async function openPostgres(
  url: string,
  poolSize: number,
  onQuery?: (sql: string) => void,
): Promise<Database> {
  const parsed = parseDatabaseUrl(url);
  // Names this process's connections: the data-version trigger puts the name in its
  // notifications, so this process can tell its own writes from other gateways'.
  const origin = `lotrinh-${process.pid}-${randomBytes(4).toString('hex')}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    application_name: origin,
  });
  // Idle clients can error when the server goes away; without a listener that would crash the process.
  pool.on('error', (error) => console.error(`PostgreSQL pool error: ${error.message}`));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseUnreachableError(
      `Cannot reach PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1)} (${code}). Is the server running and DATABASE_URL right (${redactUrl(url)})?`,
    );
  }
  const prisma = createPrisma(new PrismaPg(pool), onQuery);
  return {
    kind: 'postgres',
    location: redactUrl(url),
    prisma,
    migration: null,
    watchDataChanges: (onChange, onError) =>
      watchDataChanges({ url, origin, onChange, ...(onError ? { onError } : {}) }),
    withSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn(pgClientSession(client));
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
