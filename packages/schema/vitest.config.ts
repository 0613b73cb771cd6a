import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'schema',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PGlite starts in ~4 s (WASM) and the crash tests spawn processes: generous timeouts.
    // 300 s: on a shared 2-core machine at load ~45 the pglite crash test took 105–144 s.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Files run in parallel against one server; two cores are the limit on our machines.
    maxWorkers: 2,
  },
});
