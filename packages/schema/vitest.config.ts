import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'schema',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PGlite starts in ~4 s (WASM) and the crash tests spawn processes: generous timeouts.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Files run in parallel against one server; two cores are the limit on our machines.
    maxWorkers: 2,
  },
});
