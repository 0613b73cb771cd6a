// `npm run db:seed`: migrates, then loads the five wards' knowledge base (idempotent).
import { databaseOptionsFromEnv } from '../src/config.ts';
import { openDatabase } from '../src/database.ts';
import { seedDatabase } from '../src/seed.ts';

try {
  const db = await openDatabase(databaseOptionsFromEnv());
  const result = await seedDatabase(db.prisma);
  console.log(
    `${db.kind} ${db.location}: ${result.targets} targets, ${result.tasks} tasks; ${result.observationsCreated} result(s) added, ${result.observationsKept} kept.`,
  );
  await db.close();
} catch (error) {
  console.error(`${(error as Error).name}: ${(error as Error).message}`);
  process.exit(1);
}
