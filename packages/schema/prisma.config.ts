import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma downloads its schema engine on first use, which fails offline. Generation does not
// need it, only a path that exists: point at a committed stub that explains the situation when
// something (prisma migrate, db push) does try to run it. A real engine set by the environment wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./bin/schema-engine-unavailable.sh', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
