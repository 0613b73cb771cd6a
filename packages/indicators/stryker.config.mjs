// Mutation testing of the domain core (issue 8): `npm run test:mutation` from the repository
// root. It measures whether the unit, property and provenance tests can fail: Stryker changes
// the code one small edit at a time ("mutants") and checks that some test goes red.
// Results and their reading: docs/QUALITY.md.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Stryker runs the tests in a copy under .stryker-tmp/, from where the seed documents' relative
// path (../shared/seeds beside the checkout) no longer resolves; pin it before the copy is made.
process.env.LOTRINH_SEEDS_DIR ??= resolve(here, '../../../shared/seeds');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'src/**/*.ts',
    // src/data/ holds the transcriptions of the five seed documents: literals typed in by hand,
    // each already checked against the printed text by test/provenance.test.ts, so a mutant there
    // only re-asks that question. Every one of them is also a module-level ("static") mutant that
    // needs the whole suite per mutant, which multiplied the run time for no new information. The
    // builders the transcriptions call (data/build*.ts) are logic and stay mutated. The same holds
    // for the catalog and ward tables, excluded in place with `// Stryker disable all` comments.
    '!src/data/**',
    'src/data/build*.ts',
    '!src/**/*.test.ts',
  ],
  // Two cores shared by several engineers: one test runner keeps the machine usable.
  concurrency: 1,
  // A mutant that makes a loop endless is killed by timeout; keep the allowance generous on a
  // loaded machine so that slow runs are not mistaken for timeouts.
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  // Below "break" the command fails; the goal of issue 8 is 80 %.
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
