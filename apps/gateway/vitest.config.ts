import { defineConfig, defineProject } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) copies without an exports map. Node loads
// the CommonJS one for Pothos and Apollo, Vite would pick the ESM one for our sources: two
// realms, and "Cannot use GraphQLObjectType from another module". Point both at one copy.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

/**
 * Suites that start real gateway processes (and PostgreSQL servers) and measure them: they run
 * after the in-process tests, one file at a time, so that neither slows the other down on a
 * two-core machine (start-up of a gateway on a fresh embedded database is CPU-bound).
 */
const PROCESS_SUITES = [
  'test/durability/**/*.test.ts',
  'test/load/**/*.test.ts',
  'test/shared-database/**/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      defineProject({
        resolve,
        test: {
          name: 'gateway',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: PROCESS_SUITES,
          // Generous: CI shares two cores with other jobs, and each suite starts PGlite and seeds it.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      }),
      defineProject({
        resolve,
        test: {
          name: 'gateway-processes',
          include: PROCESS_SUITES,
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      }),
    ],
  },
});
