import { defineProject } from 'vitest/config';

export default defineProject({
  // graphql 16 ships CommonJS (main) and ESM (module) copies without an exports map. Node loads
  // the CommonJS one for Pothos and Apollo, Vite would pick the ESM one for our sources: two
  // realms, and "Cannot use GraphQLObjectType from another module". Point both at one copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'gateway',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
