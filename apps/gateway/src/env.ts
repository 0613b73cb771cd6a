import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The gateway's configuration, read and validated here and nowhere else.
 * Invalid values stop start-up with a message naming the variable.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Built dashboard to serve at `/`; the default is the web app's Vite output. */
  WEB_DIST: z.string().min(1).default(resolve(here, '../../web/dist')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** postgres://… for a PostgreSQL server; unset for the embedded PGlite database. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Embedded database directory (default <repo>/data/pglite). */
  LOTRINH_DATA_DIR: z.string().min(1).optional(),
  /** First start only: the city administrator created when there are no users yet. */
  LOTRINH_ADMIN_EMAIL: z.email().optional(),
  LOTRINH_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /** PostgreSQL only: how often to pick up other gateway processes' writes (0 = never). */
  SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(15),
  /**
   * The longest an import may take. On PostgreSQL, an import still unfinished after this long
   * belongs to a gateway that crashed, and is marked failed at start-up.
   */
  IMPORT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(600),
  /** GraphQL and export requests per minute, per token or per address. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
