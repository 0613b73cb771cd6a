import type { AddressInfo } from 'node:net';
import { KNOWLEDGE_BASE, openDatabase, seedDatabase } from '@lotrinh/schema';
import { createGateway } from './app.ts';
import { readEnv } from './env.ts';
import { failInterruptedImports } from './services/import-observations.ts';
import { bootstrapAdmin } from './services/users.ts';

function fail(error: unknown): never {
  console.error(`Could not start Lộ Trình — ${(error as Error).name}: ${(error as Error).message}`);
  process.exit(1);
}

const env = (() => {
  try {
    return readEnv();
  } catch (error) {
    fail(error);
  }
})();

const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.LOTRINH_DATA_DIR }).catch(fail);
const migrated = db.migration?.applied.length ?? 0;
console.log(
  `Database: ${db.kind} at ${db.location}${migrated ? ` (applied ${migrated} migration(s))` : ''}.`,
);
// Idempotent: creates the five wards' data on first start, updates it after a catalog change,
// and never touches what users recorded.
const seeded = await seedDatabase(db.prisma).catch(fail);
console.log(
  `Knowledge base: ${seeded.targets} targets, ${seeded.tasks} tasks, ${seeded.observationsCreated} new result(s), ${seeded.documentTexts}/${KNOWLEDGE_BASE.documents.length} seed texts stored.`,
);
if (seeded.documentTexts < KNOWLEDGE_BASE.documents.length)
  console.log(
    'Some seed texts were not found (set LOTRINH_SEEDS_DIR): targets cannot be added to those documents until their text is stored.',
  );

// Imports a crashed process left validating or applying never wrote anything (their rows
// commit with their success): say so in the job instead of leaving it unfinished forever.
const interrupted = await failInterruptedImports(db, {
  timeoutMs: env.IMPORT_TIMEOUT_SECONDS * 1000,
}).catch(fail);
if (interrupted) console.log(`Marked ${interrupted} interrupted import(s) as failed.`);

const admin = await bootstrapAdmin(
  db.prisma,
  env.LOTRINH_ADMIN_EMAIL,
  env.LOTRINH_ADMIN_PASSWORD,
).catch(fail);
if (admin) console.log(`Created the city administrator ${admin.email} (LOTRINH_ADMIN_EMAIL).`);
// Nobody can sign in yet: say how to make the first administrator instead of leaving people guessing.
const noUsers = !admin && (await db.prisma.user.count().catch(fail)) === 0;

const { listen, stop } = await createGateway(env, db, {
  rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
  // Several gateways can share one PostgreSQL server: each picks up the others' writes (one
  // small read per interval). On the embedded database (one process) it finds nothing new.
  syncIntervalMs: env.SYNC_INTERVAL_SECONDS * 1000,
});

const server = listen(env.PORT, env.HOST, () => {
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;
  console.log(`Lộ Trình is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/healthz)`);
  if (noUsers)
    console.log(
      'No users yet. To create the first city administrator, stop Lộ Trình and run\n' +
        '  npm run admin:create -- --email <email> --name "<full name>"\n' +
        'or start once with LOTRINH_ADMIN_EMAIL and LOTRINH_ADMIN_PASSWORD set. Then sign in at ' +
        `${url}/sign-in.`,
    );
  else console.log(`Sign in at ${url}/sign-in.`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${env.PORT} is already in use. Set PORT to a free port, e.g. PORT=4100 npm start.`
      : `Could not start the server: ${error.message}`,
  );
  void db.close().finally(() => process.exit(1));
});

const shutdown = () => {
  server.close(() => {
    void stop()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
