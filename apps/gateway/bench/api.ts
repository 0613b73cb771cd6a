// `npm run bench`: prints timing figures for the read path. Ratios within one run matter more
// than absolute numbers on our noisy two-core machines. No assertions: tests check behaviour,
// this script measures it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import {
  compositeScore,
  INDICATORS,
  observationsOf,
  scorecard,
  TARGETS,
  WARDS,
} from '@lotrinh/indicators';
import { openDatabase, seedDatabase } from '@lotrinh/schema';
import { createGateway } from '../src/app.ts';
import { newToken } from '../src/auth/tokens.ts';

const YEARS = Array.from({ length: 21 }, (_, i) => 2025 + i);

function time(label: string, runs: number, fn: () => unknown) {
  fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(10)} ms`);
  return ms;
}

async function timeAsync(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(10)} ms`);
  return ms;
}

console.log('Scoring (pure, @lotrinh/indicators)');
const pure = time('all 5 wards × 21 years: scorecards and composites', 20, () => {
  for (const w of WARDS)
    for (const y of YEARS)
      compositeScore(w.slug, y, scorecard(w.slug, y, TARGETS, observationsOf(w.slug)));
});

console.log('\nGateway (embedded PGlite in memory, seeded)');
const t0 = performance.now();
const db = await openDatabase({ dataDir: 'memory://' });
await seedDatabase(db.prisma);
console.log(
  `${'open + migrate + seed'.padEnd(58)} ${(performance.now() - t0).toFixed(0).padStart(10)} ms`,
);
const gateway = await createGateway({ WEB_DIST: '/nonexistent', NODE_ENV: 'production' }, db, {
  rateLimitPerMinute: 1_000_000,
});
const server = await new Promise<Server>((ok) => {
  const s = gateway.app.listen(0, '127.0.0.1', () => ok(s));
});
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const post = (query: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  }).then((r) => r.json());

const COMPARE =
  '{ compareWards(year: 2030) { cells { entry { status attainment expected { value targets { provenance { line text } } } } } ranking { rank } coverage { ofFramework } } }';
const SCORECARD =
  '{ scorecard(ward: "chu-van-an", year: 2025) { entries { status attainment latest { value sourceText } } } }';
const HISTORY =
  '{ observations(first: 50, filter: { includeHistory: true }) { edges { node { value } } } }';

const compare = await timeAsync('compareWards (5 wards × all indicators, with sources)', 30, () =>
  post(COMPARE),
);
const card = await timeAsync('scorecard (one ward, in-memory read model)', 100, () =>
  post(SCORECARD),
);
const history = await timeAsync('observations with history (reads the database)', 30, () =>
  post(HISTORY),
);
// Issue 8's one-request OOM: 3000 × 3000 list items must be refused at once, in little memory.
const HUGE = JSON.stringify({
  query:
    'query($w: [String!], $i: [String!]) { compareWards(wards: $w, indicators: $i, year: 2025) { cells { entry { status } } } }',
  variables: { w: Array(3000).fill('hai-an'), i: Array(3000).fill('DG_ONLINE_DOSSIERS') },
});
const rssBefore = process.memoryUsage().rss;
await timeAsync('compareWards with 3000 × 3000 list items (refused)', 20, () =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: HUGE }).then(
    (r) => r.json(),
  ),
);
console.log(
  `${'RSS growth over those refusals'.padEnd(58)} ${((process.memoryUsage().rss - rssBefore) / 1048576).toFixed(0).padStart(10)} MB`,
);
console.log(
  `\nRatios: comparison / scorecard ${(compare / card).toFixed(1)}×; database read / in-memory scorecard ${(history / card).toFixed(1)}×; pure scoring of 105 ward-years / one comparison request ${(pure / compare).toFixed(2)}×`,
);

// A 5,000-row import, with reads alongside: how long it takes, and how long reads wait meanwhile.
const admin = await db.prisma.user.create({
  data: { email: 'bench@haiphong.gov.vn', name: 'bench', role: 'city_admin', passwordHash: 'x' },
});
const issued = newToken();
await db.prisma.apiToken.create({
  data: { userId: admin.id, name: 'bench', tokenHash: issued.hash },
});
const lines: string[] = [];
for (const i of INDICATORS.filter((x) => x.unit === 'percent'))
  for (let y = 2020; y <= 2050 && lines.length < 5_000; y++)
    for (let m = 1; m <= 12 && lines.length < 5_000; m++)
      lines.push(`chu-van-an,${i.code},${y},${m},${(lines.length % 100) + 0.5}`);
const csv = `ward,indicator,year,month,value\n${lines.join('\n')}\n`;
const readLatencies: number[] = [];
let importing = true;
const reader = (async () => {
  while (importing) {
    const t = performance.now();
    await post(SCORECARD);
    readLatencies.push(performance.now() - t);
  }
})();
const importStarted = performance.now();
const imported = (await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${issued.token}` },
  body: JSON.stringify({
    query:
      'mutation($c: String!) { importObservations(fileName: "bench.csv", format: CSV, contentBase64: $c) { ... on MutationImportObservationsSuccess { data { status validRows } } } }',
    variables: { c: Buffer.from(csv).toString('base64') },
  }),
}).then((r) => r.json())) as { data?: { importObservations?: { data?: { validRows: number } } } };
const importSeconds = (performance.now() - importStarted) / 1000;
importing = false;
await reader;
if (imported.data?.importObservations?.data?.validRows !== 5_000)
  throw new Error(`the bench import failed: ${JSON.stringify(imported).slice(0, 500)}`);
const sorted = readLatencies.sort((a, b) => a - b);
const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? Number.NaN;
console.log(`\nimport5000_s ${importSeconds.toFixed(2)} s`);
console.log(
  `reads_p99_during_import_ms ${p99.toFixed(0)} ms  (${sorted.length} scorecard reads during the import; max ${(sorted.at(-1) ?? 0).toFixed(0)} ms)`,
);

server.close();
await gateway.stop();
await db.close();
