import pg from 'pg';

/** The channel the data-version trigger notifies (migration 20261126000000_data_version_notify). */
export const DATA_VERSION_CHANNEL = 'lotrinh_data_version';

/**
 * What a watcher reports: a table another process wrote to, or `resync` after the listening
 * connection was (re)established, when notifications may have been missed meanwhile.
 */
export type DataChange = { kind: 'table'; table: string } | { kind: 'resync' };

export interface DataChangeWatchOptions {
  /** Connection string of the database to watch. */
  url: string;
  /** This process's application_name: notifications from its own writes are ignored. */
  origin: string;
  onChange: (change: DataChange) => void;
  onError?: (error: Error) => void;
  /** First reconnection delay in ms (doubles up to 30 s). */
  retryMs?: number;
}

/** Reads a notification's payload: "<table> <application_name>". */
export function parsePayload(payload: string | undefined): { table: string; origin: string } {
  const text = payload ?? '';
  const space = text.indexOf(' ');
  return space < 0
    ? { table: text, origin: '' }
    : { table: text.slice(0, space), origin: text.slice(space + 1) };
}

/**
 * Listens for other processes' writes on one dedicated connection (LISTEN needs a session that
 * stays open, which a pooled connection is not). When the connection drops (a PostgreSQL
 * restart, a network cut) it reconnects with backoff and reports `resync`. Returns `stop`.
 */
export function watchDataChanges(options: DataChangeWatchOptions): () => Promise<void> {
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = options.retryMs ?? 500;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, 30_000);
  };

  const connect = async () => {
    const c = new pg.Client({
      connectionString: options.url,
      application_name: `${options.origin}-watch`,
    });
    c.on('notification', (message) => {
      const { table, origin } = parsePayload(message.payload);
      if (origin !== options.origin) options.onChange({ kind: 'table', table });
    });
    let dropped = false;
    const drop = (error?: Error) => {
      if (dropped) return;
      dropped = true;
      if (error) options.onError?.(error);
      if (client === c) client = null;
      c.end().catch(() => {});
      retry();
    };
    c.on('error', drop);
    c.on('end', () => drop());
    try {
      await c.connect();
      await c.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
    } catch (error) {
      drop(error as Error);
      return;
    }
    if (stopped) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    delay = options.retryMs ?? 500;
    options.onChange({ kind: 'resync' });
  };

  void connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}
