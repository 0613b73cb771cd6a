// One gateway on its own, for the national figures: started by bench/run.ts as a child process
// on the PostgreSQL database the synthetic units were written to, so its memory is the
// gateway's (read model, scores, stored answers, Node and its libraries) and nothing else's —
// not the generator's, not an in-process database's. It reports over the IPC channel:
//   → { kind: 'ready', port, loadMs, rescoreMs, rescoreAfterWriteMs }
//   ← 'memory'  → { kind: 'memory', rssMb, heapMb }   (after a full GC)
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { WardSlug } from '@lotrinh/indicators';
import { openDatabase } from '@lotrinh/schema';
import { createGateway } from '../src/app.ts';

const url = process.argv[2];
const send = process.send?.bind(process);
if (!url || !send) throw new Error('usage: forked by bench/run.ts with the database URL');

const db = await openDatabase({ url });
const loadStart = performance.now();
// createGateway's work is Store.load (the read model); the rest is building the Express app.
const gateway = await createGateway({ WEB_DIST: '/nonexistent', NODE_ENV: 'production' }, db, {
  rateLimitPerMinute: 100_000_000,
  logError: () => {},
  syncIntervalMs: 0,
});
const loadMs = performance.now() - loadStart;
const { store } = gateway;
// Every unit scored for one year, from nothing (no score is computed at load).
let t = performance.now();
store.ranking(2025);
const rescoreMs = performance.now() - t;
await store.refreshWard('syn-0100' as WardSlug);
t = performance.now();
store.ranking(2025);
const rescoreAfterWriteMs = performance.now() - t;

const server = await new Promise<Server>((ok) => {
  const s = gateway.app.listen(0, '127.0.0.1', () => ok(s));
});
process.on('message', (message) => {
  if (message === 'memory') {
    globalThis.gc?.();
    const m = process.memoryUsage();
    send({ kind: 'memory', rssMb: m.rss / 1048576, heapMb: m.heapUsed / 1048576 });
  }
});
process.on('disconnect', () => {
  server.close();
  void gateway.stop().finally(() => db.close().finally(() => process.exit(0)));
});
send({
  kind: 'ready',
  port: (server.address() as AddressInfo).port,
  loadMs,
  rescoreMs,
  rescoreAfterWriteMs,
});
