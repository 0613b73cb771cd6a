import { z } from 'zod';
import type { DatabaseOptions } from './database.ts';

/**
 * Database settings from the environment, for this package's scripts. The gateway reads the
 * same two variables in its own env.ts and passes them to `openDatabase`.
 */
const DatabaseEnv = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  LOTRINH_DATA_DIR: z.string().min(1).optional(),
});

export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const parsed = DatabaseEnv.parse(env);
  return { url: parsed.DATABASE_URL, dataDir: parsed.LOTRINH_DATA_DIR };
}
