// `npm run bench`: every figure of issue 11, measured side by side in one run, printed as
// `name value unit` (the core count first) and written to docs/PERFORMANCE.md. Not part of
// `npm test`: it measures, the tests check behaviour. Ratios within one run matter more than
// absolute numbers on a shared two-core machine.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase, seedDatabase } from '@lotrinh/schema';
import { execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { documentHash } from '../src/answers/operation.ts';
import { createGateway, type Gateway } from '../src/app.ts';
import { noSessionCookies } from '../src/auth/session-cookie.ts';
import { SignInThrottle } from '../src/auth/sign-in-throttle.ts';
import { newToken } from '../src/auth/tokens.ts';
import type { Context } from '../src/context.ts';
import { schema } from '../src/schema/index.ts';
import { Figures } from './lib/figures.ts';
import { alternate, load, percentile } from './lib/load.ts';
import { writePerformanceDoc } from './lib/report.ts';
import { naiveCompare } from './naive.ts';
import { addSyntheticUnits } from './synthetic.ts';
import { measureWebPage } from './web-page.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COMPARE = readFileSync(`${ROOT}docs/queries/city-department-compare-wards.graphql`, 'utf8');
const OVERVIEW = (() => {
  const source = readFileSync(`${ROOT}apps/web/src/pages/overview/queries.ts`, 'utf8');
  const match = /OVERVIEW_QUERY = graphql\(`([\s\S]*?)`\)/.exec(source);
  if (!match?.[1]) throw new Error('the overview query was not found in the web sources');
  return match[1];
})();
const OVERVIEW_CELL = (() => {
  const source = readFileSync(`${ROOT}apps/web/src/pages/overview/queries.ts`, 'utf8');
  const match = /CELL_QUERY = graphql\(`([\s\S]*?)`\)/.exec(source);
  if (!match?.[1]) throw new Error('the overview cell query was not found in the web sources');
  return match[1];
})();
/** The overview's variables as the dashboard sends them (tasks due up to last month). */
function overviewVariables() {
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return {
    year: 2025,
    previousYear: 2024,
    pillar: null,
    dueBy: lastMonth.toISOString().slice(0, 7),
  };
}
const SCORECARD = `query Card($ward: String!, $year: Int!) {
  scorecard(ward: $ward, year: $year) { entries { indicator { code } status result { value } } }
}`;
const RECORD = `mutation($input: RecordObservationInput!) {
  recordObservation(input: $input) { __typename ... on Error { message } }
}`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const NATIONAL_UNITS = Number(process.env.BENCH_NATIONAL_UNITS ?? 3321);
/**
 * `BENCH_ONLY=five,postgres` runs only those sections (five, postgres, city114, national, web),
 * for working on one figure; such a run prints its figures but leaves docs/PERFORMANCE.md alone.
 */
const SECTIONS = ['five', 'postgres', 'city114', 'national', 'web'] as const;
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of ONLY ?? [])
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(
      `BENCH_ONLY: unknown section "${name}"; the sections are ${SECTIONS.join(', ')}`,
    );
const wanted = (section: (typeof SECTIONS)[number]) => !ONLY || ONLY.includes(section);

const f = new Figures();
const notes: string[] = [];
f.record('cores', availableParallelism(), 'count');

interface Running {
  db: Database;
  gateway: Gateway;
  url: string;
  admin: string;
  close: () => Promise<void>;
}

async function start(db: Database, webDist = '/nonexistent'): Promise<Running> {
  const gateway = await createGateway({ WEB_DIST: webDist, NODE_ENV: 'production' }, db, {
    rateLimitPerMinute: 100_000_000,
    logError: () => {},
  });
  const server = await new Promise<Server>((ok) => {
    const s = gateway.listen(0, '127.0.0.1', () => ok(s));
  });
  const admin = await db.prisma.user.create({
    data: { email: 'bench@haiphong.gov.vn', name: 'bench', role: 'city_admin', passwordHash: 'x' },
  });
  const issued = newToken();
  await db.prisma.apiToken.create({
    data: { userId: admin.id, name: 'bench', tokenHash: issued.hash },
  });
  return {
    db,
    gateway,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    admin: issued.token,
    close: async () => {
      server.close();
      await gateway.stop();
      await db.close();
    },
  };
}

async function seeded(): Promise<Database> {
  const db = await openDatabase({ dataDir: 'memory://' });
  await seedDatabase(db.prisma);
  return db;
}

const post = (r: Running, query: string, variables: object, token?: string) =>
  fetch(`${r.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  }).then((res) => res.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>);

/** The GET URL of a persisted query (registered by POSTing its text once). */
async function persisted(r: Running, query: string, variables: object): Promise<string> {
  // A refused request (a renamed variable, a limit) would be measured as a fast, small answer.
  const first = await post(r, query, variables);
  if (first.errors)
    throw new Error(`a bench query was refused: ${JSON.stringify(first.errors).slice(0, 300)}`);
  const params = new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentHash(query) } }),
  });
  return `${r.url}/graphql?${params}`;
}

/** A bare node:http server sending the same bytes and tag: the limit a server can reach. */
async function bareServer(body: Buffer, etag: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
      etag,
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => server.close(),
  };
}

/** Per ward, the next year without a result (the seed's results stop before 2031). */
const nextYear = new Map<string, number>();
/** One result recorded through the API as a city administrator: a real write. */
async function write(r: Running, ward: string, value = 0.5): Promise<void> {
  const year = nextYear.get(`${r.url}|${ward}`) ?? 2031;
  nextYear.set(`${r.url}|${ward}`, year + 1);
  const res = await post(
    r,
    RECORD,
    { input: { ward, indicator: 'DTI_WARD_INDEX', year, value } },
    r.admin,
  );
  const typename = (res.data?.recordObservation as { __typename?: string } | undefined)?.__typename;
  if (typename !== 'MutationRecordObservationSuccess')
    throw new Error(`a bench write failed: ${JSON.stringify(res).slice(0, 300)}`);
}

/**
 * Writes: 20 results, each with its audit and the read-model refresh, p50 of the write alone
 * and of the write until the next read of the ward's scorecard shows it.
 */
async function measureWrites(r: Running) {
  const scorecardUrl = await persisted(r, SCORECARD, { ward: 'hong-an', year: 2025 });
  const writes: number[] = [];
  const visible: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await write(r, 'hong-an');
    writes.push(performance.now() - t);
    await getBody(scorecardUrl);
    visible.push(performance.now() - t);
  }
  return { writes: percentile(writes, 0.5), visible: percentile(visible, 0.5), scorecardUrl };
}

/** A GET of the whole body; once more when a keep-alive socket the server had closed resets. */
async function getBody(url: string, headers: Record<string, string> = PREFLIGHT): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await (await fetch(url, { headers })).arrayBuffer()).byteLength;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Warm throughput against the bare server, A/B alternated; and the same with If-None-Match. */
async function warmAndNotModified(prefix: string, url: string, with304: boolean) {
  const first = await fetch(url, { headers: PREFLIGHT });
  const body = Buffer.from(await first.arrayBuffer());
  const etag = first.headers.get('etag') ?? '';
  f.record(`${prefix}_answer_kb`, body.length / 1024, 'KB');
  const bare = await bareServer(body, etag);
  const warm = await alternate(
    ROUNDS,
    { url: bare.url, duration: SECONDS },
    { url, headers: PREFLIGHT, duration: SECONDS },
  );
  f.record(`${prefix}_warm_ratio_vs_limit`, warm.b.rps / warm.a.rps, 'ratio');
  f.record(`${prefix}_warm_rps`, warm.b.rps, 'req/s');
  f.record(`${prefix}_limit_rps`, warm.a.rps, 'req/s');
  f.record(`${prefix}_warm_p50_ms`, warm.b.p50, 'ms');
  f.record(`${prefix}_warm_p99_ms`, warm.b.p99, 'ms');
  f.record(`${prefix}_limit_p50_ms`, warm.a.p50, 'ms');
  f.record(`${prefix}_limit_p99_ms`, warm.a.p99, 'ms');
  if (warm.b.non2xx || warm.b.errors || warm.b.timeouts)
    notes.push(
      `${prefix} warm: ${warm.b.non2xx} non-2xx, ${warm.b.errors} errors, ${warm.b.timeouts} timeouts`,
    );
  if (with304) {
    const inm = { 'if-none-match': etag };
    const nm = await alternate(
      ROUNDS,
      { url: bare.url, headers: inm, duration: SECONDS },
      { url, headers: { ...PREFLIGHT, ...inm }, duration: SECONDS },
    );
    f.record(`${prefix}_304_ratio_vs_limit`, nm.b.rps / nm.a.rps, 'ratio');
    f.record(`${prefix}_304_rps`, nm.b.rps, 'req/s');
    f.record(`${prefix}_304_p50_ms`, nm.b.p50, 'ms');
    f.record(`${prefix}_304_p99_ms`, nm.b.p99, 'ms');
  }
  bare.close();
}

// ——— Five wards on the embedded database (PGlite, in memory) ———
if (wanted('five')) {
  console.log('# five wards, PGlite');
  const r = await start(await seeded());
  const url = await persisted(r, COMPARE, { year: 2025 });
  await warmAndNotModified('compare5', url, true);

  const c50 = await load({ url, headers: PREFLIGHT, connections: 50, duration: SECONDS });
  f.record('compare5_warm_c50_rps', c50.rps, 'req/s');
  f.record('compare5_warm_c50_p99_ms', c50.p99, 'ms');
  f.record('compare5_warm_c50_timeouts', c50.timeouts, 'count');

  // Cold: the first answer after a write (every stored answer and the written ward's scores gone).
  // Its CPU time too (server and client share this process): less blurred by a busy machine.
  const cold: number[] = [];
  const coldCpu: number[] = [];
  for (let i = 0; i < 15; i++) {
    await write(r, 'hai-an');
    const before = process.cpuUsage();
    cold.push(await timed(() => getBody(url)));
    const used = process.cpuUsage(before);
    coldCpu.push((used.user + used.system) / 1000);
  }
  f.record('compare5_cold_p50_ms', percentile(cold, 0.5), 'ms');
  f.record('compare5_cold_cpu_p50_ms', percentile(coldCpu, 0.5), 'ms', 'CPU time, client included');

  // graphql-js against graphql-jit on the same document, schema and warm read model.
  const document = parse(COMPARE);
  const ctx: Context = {
    lang: 'vi',
    prisma: r.db.prisma,
    db: r.db,
    store: r.gateway.store,
    viewer: null,
    clientAddress: '',
    signInThrottle: new SignInThrottle(),
    session: noSessionCookies,
  };
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error('graphql-jit could not compile the comparison');
  // Wall time and CPU time of the process (\`process.cpuUsage\`): on a shared machine the wall
  // clock also counts other engineers' work, the CPU time only this execution's.
  const js: number[] = [];
  const jit: number[] = [];
  const jsCpu: number[] = [];
  const jitCpu: number[] = [];
  const cpuTimed = async (wall: number[], cpu: number[], fn: () => Promise<unknown>) => {
    const before = process.cpuUsage();
    wall.push(await timed(fn));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  };
  for (let i = 0; i < 30; i++) {
    await cpuTimed(js, jsCpu, async () =>
      JSON.stringify(
        await execute({ schema, document, contextValue: ctx, variableValues: { year: 2025 } }),
      ),
    );
    await cpuTimed(jit, jitCpu, async () =>
      compiled.stringify(await compiled.query(undefined, ctx, { year: 2025 })),
    );
  }
  f.record('compare5_execute_graphqljs_p50_ms', percentile(js, 0.5), 'ms');
  f.record('compare5_execute_jit_p50_ms', percentile(jit, 0.5), 'ms');
  f.record('compare5_execute_graphqljs_cpu_p50_ms', percentile(jsCpu, 0.5), 'ms', 'CPU time');
  f.record('compare5_execute_jit_cpu_p50_ms', percentile(jitCpu, 0.5), 'ms', 'CPU time');

  // Against the naive resolver-per-field-to-database server, request after request.
  const naive: number[] = [];
  for (let i = 0; i < 5; i++) naive.push(await timed(() => naiveCompare(r.db.prisma, 2025)));
  const warm: number[] = [];
  for (let i = 0; i < 50; i++) warm.push(await timed(() => getBody(url)));
  f.record('compare5_naive_p50_ms', percentile(naive, 0.5), 'ms');
  f.record('compare5_vs_naive_ratio', percentile(naive, 0.5) / percentile(warm, 0.5), 'ratio');

  const { writes, visible, scorecardUrl } = await measureWrites(r);
  f.record('write_p50_ms', writes, 'ms', 'PGlite');
  f.record('write_to_visible_p50_ms', visible, 'ms', 'PGlite');

  // A 5,000-row import, with reads alongside.
  const lines: string[] = [];
  for (const i of r.gateway.store.snapshot.indicators.filter((x) => x.unit === 'percent'))
    for (let y = 2020; y <= 2050 && lines.length < 5_000; y++)
      for (let m = 1; m <= 12 && lines.length < 5_000; m++)
        lines.push(`chu-van-an,${i.code},${y},${m},${(lines.length % 100) + 0.5}`);
  const csv = `ward,indicator,year,month,value\n${lines.join('\n')}\n`;
  const reads: number[] = [];
  let importing = true;
  const reader = (async () => {
    while (importing) reads.push(await timed(() => getBody(scorecardUrl)));
  })();
  const t = performance.now();
  const imported = await post(
    r,
    'mutation($c: String!) { importObservations(fileName: "bench.csv", format: CSV, contentBase64: $c) { ... on MutationImportObservationsSuccess { data { status validRows } } } }',
    { c: Buffer.from(csv).toString('base64') },
    r.admin,
  );
  const seconds = (performance.now() - t) / 1000;
  importing = false;
  await reader;
  const result = imported.data?.importObservations as { data?: { validRows?: number } } | undefined;
  if (result?.data?.validRows !== 5_000)
    throw new Error(`the bench import failed: ${JSON.stringify(imported).slice(0, 400)}`);
  f.record('import5000_s', seconds, 's');
  f.record('reads_p99_during_import_ms', percentile(reads, 0.99), 'ms', `${reads.length} reads`);
  await r.close();
}

// ——— Writes on PostgreSQL ———
if (wanted('postgres'))
  try {
    console.log('# writes, PostgreSQL');
    const { startPostgres } = await import('../../../packages/schema/test/postgres-server.ts');
    const pg = await startPostgres();
    try {
      const db = await openDatabase({ url: pg.url('postgres') });
      await seedDatabase(db.prisma);
      const r = await start(db);
      const { writes, visible } = await measureWrites(r);
      f.record('write_p50_ms_postgres', writes, 'ms', 'PostgreSQL');
      f.record('write_to_visible_p50_ms_postgres', visible, 'ms', 'PostgreSQL');
      await r.close();
    } finally {
      pg.stop();
    }
  } catch (error) {
    notes.push(`PostgreSQL figures missing: ${(error as Error).message}`);
    console.log(`# PostgreSQL skipped: ${(error as Error).message}`);
  }

// ——— Hải Phòng: 114 units, five years of results ———
if (wanted('city114')) {
  console.log('# 114 units');
  const db = await seeded();
  const t = performance.now();
  const added = await addSyntheticUnits(db, { count: 109 });
  f.record(
    'synthetic114_generate_s',
    (performance.now() - t) / 1000,
    's',
    `${added.targets} targets, ${added.results} results added`,
  );
  const r = await start(db);
  const vars = overviewVariables();
  const url = await persisted(r, OVERVIEW, vars);
  // A cell opened after the same write: its details come on demand, from compareWards.
  const cellUrl = await persisted(r, OVERVIEW_CELL, {
    ward: 'syn-0010',
    indicator: 'DTI_WARD_INDEX',
    year: 2025,
  });
  for (const u of [url, cellUrl]) {
    const answer = (await (await fetch(u, { headers: PREFLIGHT })).json()) as { errors?: unknown };
    if (answer.errors) throw new Error(`city114: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  }
  const cold: number[] = [];
  const cellCold: number[] = [];
  // 20 samples: with 12, the p95 was the slowest one (the first, JIT-cold) more often than not.
  for (let i = 0; i < 20; i++) {
    await write(r, 'syn-0010');
    cold.push(await timed(() => getBody(url)));
    cellCold.push(await timed(() => getBody(cellUrl)));
  }
  f.record('heatmap114_cold_p95_ms', percentile(cold, 0.95), 'ms', 'the overview request');
  f.record('heatmap114_cold_p50_ms', percentile(cold, 0.5), 'ms');
  f.record('heatmap114_cell_cold_p95_ms', percentile(cellCold, 0.95), 'ms', 'one cell opened');
  await warmAndNotModified('heatmap114', url, false);
  await r.close();
}

// ——— National: 3,321 units, on PostgreSQL ———
// The units are written through the services (bench/synthetic.ts) to a PostgreSQL database;
// then one gateway is started alone in a child process on that database, so `rss3321_mb` is
// what one gateway holds — not the generator's memory, nor an in-process database's.
if (wanted('national'))
  try {
    console.log(`# ${NATIONAL_UNITS} units, PostgreSQL`);
    const { startPostgres } = await import('../../../packages/schema/test/postgres-server.ts');
    const pg = await startPostgres();
    try {
      const url = pg.url('postgres');
      const db = await openDatabase({ url });
      await seedDatabase(db.prisma);
      const t = performance.now();
      const added = await addSyntheticUnits(db, { count: NATIONAL_UNITS - 5 });
      f.record(
        'synthetic3321_generate_s',
        (performance.now() - t) / 1000,
        's',
        `${added.targets} targets, ${added.results} results, through the services on PostgreSQL`,
      );
      f.record('synthetic3321_targets', added.targets, 'count');
      f.record('synthetic3321_results', added.results, 'count');
      await db.close();
      await nationalGateway(url);
    } finally {
      pg.stop();
    }
  } catch (error) {
    notes.push(`national figures missing: ${(error as Error).message}`);
    console.log(`# national skipped: ${(error as Error).message}`);
  }

/** Starts bench/national-gateway.ts alone on `url`, takes its figures and stops it. */
async function nationalGateway(url: string): Promise<void> {
  const child = fork(fileURLToPath(new URL('./national-gateway.ts', import.meta.url)), [url], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: Record<string, unknown>[] = [];
  const waiters: ((m: Record<string, unknown>) => void)[] = [];
  child.on('message', (m) => {
    const waiter = waiters.shift();
    if (waiter) waiter(m as Record<string, unknown>);
    else messages.push(m as Record<string, unknown>);
  });
  const next = () =>
    new Promise<Record<string, unknown>>((ok, fail) => {
      const queued = messages.shift();
      if (queued) return ok(queued);
      waiters.push(ok);
      child.once('exit', (code) => fail(new Error(`the national gateway exited (${code})`)));
    });
  try {
    const ready = (await next()) as {
      port: number;
      loadMs: number;
      rescoreMs: number;
      rescoreAfterWriteMs: number;
    };
    f.record('load3321_ms', ready.loadMs, 'ms', 'gateway start: Store.load from PostgreSQL');
    f.record(
      'rescore3321_ms',
      ready.rescoreMs,
      'ms',
      'every unit scored for one year, nothing cached',
    );
    f.record('rescore3321_after_one_write_ms', ready.rescoreAfterWriteMs, 'ms');
    const base = `http://127.0.0.1:${ready.port}`;
    const memory = async () => {
      child.send('memory');
      return (await next()) as { rssMb: number; heapMb: number };
    };
    const loaded = await memory();
    // What a national dashboard asks: the ranking of every unit, and the city overview.
    const r = { url: base } as Running;
    const rankingUrl = await persisted(
      r,
      'query R($year: Int!) { rankings(year: $year) { withheld entries { rank score ward { slug nameVi } } } }',
      { year: 2025 },
    );
    const overviewUrl = await persisted(r, OVERVIEW, overviewVariables());
    for (const [name, answerUrl] of [
      ['ranking3321', rankingUrl],
      ['overview3321', overviewUrl],
    ] as const) {
      const res = await fetch(answerUrl, { headers: PREFLIGHT });
      const bytes = Buffer.from(await res.arrayBuffer());
      // A refused request is a small answer too: only a whole answer is a figure.
      const parsed = JSON.parse(bytes.toString('utf8')) as { errors?: unknown };
      if (res.status !== 200 || parsed.errors)
        throw new Error(`${name}: the answer has errors: ${bytes.toString('utf8').slice(0, 300)}`);
      f.record(`${name}_answer_kb`, bytes.length / 1024, 'KB');
      f.record(`${name}_warm_ms`, await timed(() => getBody(answerUrl)), 'ms');
    }
    const served = await memory();
    f.record(
      'rss3321_mb',
      served.rssMb,
      'MB',
      'one gateway process alone (read model, scores of one year, stored answers), after GC; PostgreSQL is another process',
    );
    f.record('heap3321_mb', served.heapMb, 'MB');
    f.record(
      'rss3321_loaded_mb',
      loaded.rssMb,
      'MB',
      'the same gateway right after start and one ranking',
    );
  } finally {
    child.disconnect();
    await new Promise((ok) => child.once('exit', ok));
  }
}

// ——— The web app in headless Chromium ———
if (wanted('web'))
  try {
    console.log('# web');
    const web = await measureWebPage(seeded, start);
    f.record('web_initial_js_gzip_kb', web.initialJsGzipKb, 'KB');
    f.record('ward_page_interactive_ms', web.wardPageInteractiveMs, 'ms', 'median of 5 cold loads');
  } catch (error) {
    notes.push(`web figures missing: ${(error as Error).message}`);
    console.log(`# web skipped: ${(error as Error).message}`);
  }

if (ONLY) console.log('# BENCH_ONLY: docs/PERFORMANCE.md left as it was');
else {
  writePerformanceDoc(`${ROOT}docs/PERFORMANCE.md`, f.all, notes);
  console.log('# wrote docs/PERFORMANCE.md');
}
process.exit(0);
