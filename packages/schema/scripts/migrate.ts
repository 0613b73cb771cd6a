// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { databaseOptionsFromEnv } from '../src/config.ts';
import { openDatabase } from '../src/database.ts';

try {
  const db = await openDatabase({ ...databaseOptionsFromEnv(), migrate: true });
  const { applied = [], alreadyApplied = [] } = db.migration ?? {};
  console.log(
    `${db.kind} ${db.location}: ${applied.length} migration(s) applied${applied.length ? ` (${applied.join(', ')})` : ''}, ${alreadyApplied.length} already applied.`,
  );
  await db.close();
} catch (error) {
  console.error(`${(error as Error).name}: ${(error as Error).message}`);
  process.exit(1);
}
