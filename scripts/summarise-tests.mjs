// Sums the Vitest JSON reports of every workspace into one closing line, "N passed, N failed",
// which CI reads (Vitest prints its own summary per package). Exits non-zero when a workspace
// with a test script has no report or a report records a failure, so the line cannot hide a
// broken run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const workspaces = readJson(join(root, 'package.json')).workspaces.flatMap((pattern) => {
  const base = join(root, pattern.replace(/\/\*$/, ''));
  return existsSync(base) ? readdirSync(base).map((name) => join(base, name)) : [];
});

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
for (const dir of workspaces) {
  const pkgPath = join(dir, 'package.json');
  if (!existsSync(pkgPath) || !readJson(pkgPath).scripts?.test) continue;
  const reportPath = join(dir, '.vitest-report.json');
  if (!existsSync(reportPath)) {
    problems.push(`${dir}: no test report`);
    continue;
  }
  const report = readJson(reportPath);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  if (!report.success) problems.push(`${dir}: failures or errors outside tests`);
}
for (const p of problems) console.error(p);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length || failed ? 1 : 0);
