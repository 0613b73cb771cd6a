// Runs the extractor on the five seed documents and scores it against the hand-checked
// knowledge base of @lotrinh/indicators (`npm run -s plan:eval`). Only this script reads the
// knowledge base; the extractor never does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ACTUALS,
  actualExportRow,
  DOCUMENTS,
  TARGETS,
  type TargetExportRow,
  targetExportRow,
} from '@lotrinh/indicators';
import {
  type Comparable,
  evaluate,
  extractTargets,
  proposalRow,
  type Score,
} from '../src/index.ts';
import { SEEDS_DIR } from './seeds.ts';

const expected: Comparable[] = [
  ...TARGETS.map(targetExportRow),
  ...ACTUALS.map(actualExportRow),
].map((r: TargetExportRow) => ({ ...r }));

const proposed: Comparable[] = [];
const timings: { file: string; bytes: number; ms: number }[] = [];
for (const doc of DOCUMENTS) {
  const text = readFileSync(resolve(SEEDS_DIR, doc.file), 'utf8');
  const started = performance.now();
  const proposals = extractTargets(text);
  timings.push({ file: doc.file, bytes: Buffer.byteLength(text), ms: performance.now() - started });
  proposed.push(
    ...proposals.map((p) => ({ ...proposalRow(p, { file: doc.file }), ward: doc.ward })),
  );
}

const result = evaluate(expected, proposed);
const pct = (n: number) => `${(n * 100).toFixed(1).replace('.', ',')}%`;
const line = (label: string, s: Score) =>
  `${label.padEnd(12)} ${String(s.expected).padStart(8)} ${String(s.proposed).padStart(8)} ${String(s.matched).padStart(8)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)}`;
const head = `${'ward'.padEnd(12)} ${'expected'.padStart(8)} ${'proposed'.padStart(8)} ${'matched'.padStart(8)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`;

const out: string[] = [];
out.push('Exact: same ward, indicator, year, kind, comparator and value(s)', head);
for (const w of result.wards) out.push(line(w.ward, w.exact));
out.push(line('overall', result.exact), '');
out.push('Ignoring the indicator: same ward, year, kind, comparator and value(s)', head);
for (const w of result.wards) out.push(line(w.ward, w.ignoringIndicator));
out.push(line('overall', result.ignoringIndicator), '');
out.push('Ignoring the indicator, at the cited line (±1)', head);
for (const w of result.wards) out.push(line(w.ward, w.atCitedLine));
out.push(line('overall', result.atCitedLine), '');

const describe = (r: Comparable) =>
  `  line ${r.sourceLine}: ${r.kind} ${r.indicatorCode ?? '(new indicator)'} ${r.year} ${r.comparator ?? ''} ${r.value ?? ''}${r.valueHigh !== null ? `–${r.valueHigh}` : ''} "${r.sourceText.slice(0, 60)}"`;
for (const w of result.wards) {
  if (!w.misses.length && !w.extras.length) continue;
  out.push(`${w.ward}:`);
  if (w.misses.length) out.push(` missed (${w.misses.length}):`, ...w.misses.map(describe));
  if (w.extras.length)
    out.push(` not in the knowledge base (${w.extras.length}):`, ...w.extras.map(describe));
}
out.push('');
const largest = timings.reduce((a, b) => (b.bytes > a.bytes ? b : a));
out.push(
  `time, largest seed (${largest.file}, ${largest.bytes} bytes): ${largest.ms.toFixed(0)} ms`,
);
out.push(
  `time, first seed (${timings[0]?.file}, cold start): ${timings[0]?.ms.toFixed(0)} ms`,
  `time, all five seeds: ${timings.reduce((n, t) => n + t.ms, 0).toFixed(0)} ms`,
);
process.stdout.write(`${out.join('\n')}\n`);
