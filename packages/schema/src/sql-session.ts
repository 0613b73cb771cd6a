import type pg from 'pg';

/**
 * One database connection for raw SQL (migrations, locks, checks): the same interface over
 * PGlite (in its own thread, see pglite-thread.ts) and a pooled PostgreSQL client, so the
 * runner is tested on both.
 */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
}

export function pgClientSession(client: pg.PoolClient | pg.Client): SqlSession {
  return {
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as Row[],
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

/** Runs `fn` inside BEGIN … COMMIT on the session, rolling back on any error. */
export async function inTransaction<T>(session: SqlSession, fn: () => Promise<T>): Promise<T> {
  await session.exec('BEGIN');
  try {
    const result = await fn();
    await session.exec('COMMIT');
    return result;
  } catch (error) {
    await session.exec('ROLLBACK');
    throw error;
  }
}
