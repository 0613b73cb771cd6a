import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'extract',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The suite shares two cores with every other package's tests: a cold first extraction
    // can take seconds there, so allow for it rather than flake.
    testTimeout: 30_000,
  },
});
