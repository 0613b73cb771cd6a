import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'schema',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PGlite starts in ~4 s (WASM) and the crash tests spawn processes: generous timeouts (a
    // machine shared by several test runs took over 120 s for one crash test; the gateway's are 300 s).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Files run in parallel against one server; two cores are the limit on our machines.
    maxWorkers: 2,
  },
});
