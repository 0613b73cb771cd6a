// The embedded database's own thread (see pglite-thread.ts). PGlite is PostgreSQL compiled to
// WebAssembly and runs synchronously wherever it lives: here, a 250-row insert no longer
// stops the gateway's event loop. Plain JavaScript so that it starts without tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/** Errors cross the thread as data; Prisma knows a driver error by its name and `cause`. */
function serialize(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = {};
  for (const [k, v] of Object.entries(error)) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) fields[k] = v;
  }
  return {
    ...fields,
    name: error.name,
    message: error.message,
    ...(error.name === 'DriverAdapterError' ? { cause: error.cause } : {}),
  };
}

const port = parentPort;
const transactions = new Map();
let nextTransaction = 1;
let client;
let adapter;

async function handle(op, tx, args) {
  const target = tx ? transactions.get(tx) : adapter;
  if (!target) throw new Error(`No open transaction ${tx} in the database thread.`);
  switch (op) {
    case 'queryRaw':
      return target.queryRaw(args[0]);
    case 'executeRaw':
      return target.executeRaw(args[0]);
    case 'executeScript':
      return adapter.executeScript(args[0]);
    case 'startTransaction': {
      const started = await adapter.startTransaction(args[0]);
      const id = nextTransaction++;
      transactions.set(id, started);
      return { id, options: started.options };
    }
    case 'commit':
    case 'rollback':
      try {
        return await target[op]();
      } finally {
        transactions.delete(tx);
      }
    case 'query':
      return (await client.query(args[0], args[1] ?? [])).rows;
    case 'exec':
      await client.exec(args[0]);
      return undefined;
    case 'close':
      await client.close();
      return undefined;
    default:
      throw new Error(`Unknown database thread operation ${op}.`);
  }
}

/** Posts a reply; one that cannot be copied across threads becomes an error for the caller. */
function reply(id, message) {
  try {
    port.postMessage({ id, ...message });
  } catch (error) {
    // An uncaught throw here would end the thread, and the database with it, for one bad value.
    try {
      port.postMessage({ id, error: serialize(error) });
    } catch {
      port.postMessage({
        id,
        error: { name: 'Error', message: 'The database reply could not be sent.' },
      });
    }
  }
}

port.on('message', ({ id, op, tx, args }) => {
  handle(op, tx, args).then(
    (result) => reply(id, { result }),
    (error) => reply(id, { error: serialize(error) }),
  );
});

try {
  client = workerData.dataDir ? new PGlite(workerData.dataDir) : new PGlite();
  await client.waitReady;
  adapter = await new PrismaPGlite(client).connect();
  port.postMessage({ id: 0, result: 'ready' });
} catch (error) {
  port.postMessage({ id: 0, error: serialize(error) });
}
