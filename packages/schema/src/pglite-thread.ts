import { Worker } from 'node:worker_threads';
import type { SqlSession } from './sql-session.ts';

/**
 * The embedded database (PGlite) in a worker thread of its own, behind Prisma's driver-adapter
 * interface and a raw SQL session. PGlite runs PostgreSQL as WebAssembly, synchronously: on the
 * main thread a 5,000-row import stalled every other request for ~100 ms per 250-row statement
 * (reads p99 204 ms during an import). Here the main thread only posts messages; the database
 * work runs beside it, on the second core. Semantics stay PGlite's: one connection, and an open
 * transaction holds it (other queries wait, as before).
 */
export class PgliteThread {
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on(
      'message',
      ({ id, result, error }: { id: number; result?: unknown; error?: Wire }) => {
        const call = this.pending.get(id);
        if (!call) return;
        this.settled(id);
        if (error) call.reject(revive(error));
        else call.resolve(result);
      },
    );
    const fail = (error: Error) => {
      this.failure = error;
      for (const [id, call] of this.pending) {
        this.settled(id);
        call.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      const error = new Error(
        `The embedded database thread stopped (${code}): every database call fails until Lộ Trình is restarted.`,
      );
      // Reads keep being answered from memory and /readyz says 503; say why once, loudly.
      if (!this.closing) console.error(error.message);
      fail(error);
    });
    // An idle database must not keep a finished script alive; a pending query must.
    worker.unref();
  }

  /** Starts PGlite on `dataDir` (undefined: in memory) in a new thread; rejects if it cannot open. */
  static async open(dataDir: string | undefined): Promise<PgliteThread> {
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir },
    });
    const thread = new PgliteThread(worker);
    try {
      await thread.call(0, 'open', []);
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    return thread;
  }

  private settled(id: number) {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private call<T>(id: number, op: string, args: unknown[], tx?: number): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      // id 0 is the thread's own "ready" message: nothing to send.
      if (id === 0) return;
      try {
        this.worker.postMessage({ id, op, tx, args });
      } catch (error) {
        // Arguments that cannot be copied to the thread: this call fails, nothing stays pending.
        this.settled(id);
        reject(error);
      }
    });
  }

  request<T>(op: string, args: unknown[], tx?: number): Promise<T> {
    return this.call<T>(this.nextId++, op, args, tx);
  }

  /** A raw SQL session (migrations, checks): PGlite's `query` and `exec`, in the thread. */
  session(): SqlSession {
    return {
      query: <Row>(sql: string, params: unknown[] = []) =>
        this.request<Row[]>('query', [sql, params]),
      exec: async (sql) => {
        await this.request('exec', [sql]);
      },
    };
  }

  /** Prisma's driver-adapter factory: pglite-prisma-adapter's, run in the thread. */
  adapterFactory() {
    const queryable = (tx?: number) => ({
      provider: 'postgres' as const,
      adapterName: 'pglite-prisma-adapter',
      queryRaw: (query: unknown) => this.request('queryRaw', [query], tx),
      executeRaw: (query: unknown) => this.request<number>('executeRaw', [query], tx),
    });
    const adapter = {
      ...queryable(),
      executeScript: async (script: string) => {
        await this.request('executeScript', [script]);
      },
      startTransaction: async (isolationLevel?: string) => {
        const { id, options } = await this.request<{ id: number; options: unknown }>(
          'startTransaction',
          [isolationLevel],
        );
        return {
          ...queryable(id),
          options,
          commit: async () => {
            await this.request('commit', [], id);
          },
          rollback: async () => {
            await this.request('rollback', [], id);
          },
        };
      },
      getConnectionInfo: () => ({ supportsRelationJoins: true }),
      dispose: async () => {},
    };
    return {
      provider: 'postgres' as const,
      adapterName: 'pglite-prisma-adapter',
      connect: async () => adapter,
    };
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    try {
      await this.request('close', []);
    } finally {
      await this.worker.terminate();
    }
  }
}

type Wire = { name?: string; message: string; cause?: unknown } & Record<string, unknown>;

/** An error from the thread as an Error here, with its fields (Prisma reads name and cause). */
function revive(wire: Wire): Error {
  const error = new Error(wire.message) as Error & Record<string, unknown>;
  for (const [k, v] of Object.entries(wire)) if (k !== 'message') error[k] = v;
  return error;
}
