import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './test-support.ts';

const FULL_COMPARISON = `{ compareWards(year: 2025) {
  wards { slug name documents { file } }
  indicators { code name unit pillar { code name } }
  cells { ward { slug } indicator { code } entry {
    status attainment gap yearsOffTrajectory reason method
    expected { comparator display value valueHigh basis rule targets { id value equivalence provenance { file section row column line text raw document { numberAsPrinted title } } } }
    result { value numerator denominator sourceFile sourceLine sourceText provenance { section row line text } }
    earlierResult { year value }
    targets { id year comparator value provenance { file line text } }
  } }
  composites { score ownTargetCoverage cityFrameworkCoverage pillars { score pillar { code } } }
  ranking { withheld reason entries { rank score closeToNext ward { slug } } unranked { ward { slug } reason } }
  coverage { ofUnion ofCityFramework missingFromFramework }
} }`;

let h: Harness;
const logged: { errorId: string; message: string }[] = [];
beforeAll(async () => {
  h = await startHarness({ logError: (entry) => logged.push(entry), maxDocumentLength: 5_000 });
});
afterAll(async () => {
  await h.close();
});

describe('performance by design', () => {
  it('answers a full five-ward comparison with provenance without a single database query', async () => {
    await h.gql(FULL_COMPARISON); // warm the score cache
    h.queries.length = 0;
    const res = await h.gql<{ compareWards: { cells: unknown[] } }>(FULL_COMPARISON);
    expect(res.errors).toBeUndefined();
    expect(res.data.compareWards.cells.length).toBeGreaterThan(300);
    expect(h.queries).toEqual([]);
  });

  it('computes cold scores from memory too, and a write reloads only the written ward', async () => {
    const admin = h.tokens.admin;
    h.queries.length = 0;
    await h.gql(
      'mutation { recordObservation(input: { ward: "hong-bang", indicator: "DG_ONLINE_DOSSIERS", year: 2026, value: 91 }) { __typename } }',
      {},
      admin,
    );
    // Positive control: the query log does see the write's SQL, so the empty logs above mean something.
    expect(h.queries.some((q) => /INSERT INTO ("public"\.)?"Observation"/.test(q))).toBe(true);
    h.queries.length = 0;
    const res = await h.gql<{
      scorecard: { entries: { indicator: { code: string }; status: string }[] };
    }>('{ scorecard(ward: "hong-bang", year: 2026) { entries { indicator { code } status } } }');
    expect(
      res.data.scorecard.entries.find((e) => e.indicator.code === 'DG_ONLINE_DOSSIERS')?.status,
    ).toBe('ACHIEVED');
    expect(h.queries).toEqual([]);
  });
});

describe('limits', () => {
  it('refuses queries nested deeper than the limit', async () => {
    const deep =
      '{ wards { targets { indicator { pillar { indicators { pillar { indicators { pillar { indicators { pillar { indicators { code } } } } } } } } } } } }';
    const res = await h.gql(deep);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/maximum (depth|complexity)/i);
  });

  it('refuses documents over the size limit', async () => {
    const res = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ wards { slug } } ${'#'.repeat(6_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const res = await fetch(`${h.url}/graphql?query=${encodeURIComponent('{ wards { slug } }')}`);
    expect(res.status).toBe(400);
  });

  it('rate-limits per token and per address', async () => {
    const limited = await startHarness({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.gql('{ me { id } }')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // A token has its own allowance.
      expect((await limited.gql('{ me { id } }', {}, limited.tokens.viewer)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('errors', () => {
  it('masks unexpected errors and logs them with the same id', async () => {
    const broken = await startHarness({ logError: (entry) => logged.push(entry) });
    await broken.db.close(); // the database goes away under the gateway
    const res = await broken.gql(
      '{ observations(filter: { includeHistory: true }) { edges { cursor } } }',
    );
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).toMatch(/^Internal server error \(id [0-9a-f-]{36}\)/);
    expect(JSON.stringify(res)).not.toMatch(/prisma|SELECT|at .*\.ts/i);
    expect(logged.map((l) => l.errorId)).toContain(error?.extensions?.errorId);
  });
});

describe('exports', () => {
  it('exports a scorecard as CSV with a BOM and Vietnamese headers', async () => {
    const res = await fetch(`${h.url}/export/scorecard.csv?ward=chu-van-an&year=2025`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    // The BOM tells Excel the file is UTF-8 (fetch's text() would strip it, so read bytes).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const [header, ...rows] = text.slice(1).trim().split('\r\n');
    expect(header).toMatch(/^Phường, xã|^"Phường, xã"/);
    // 20 targets of 2025, and the budget spent (a result with no target, shown unjudged).
    expect(rows).toHaveLength(21);
    expect(text).toContain('82.54');
    expect(text).toContain('Chưa có chỉ tiêu năm này');
    expect(text).toContain('003_398e4fa2e8d18aa8.txt dòng 325: 82,54%');
  });

  it('exports targets as XLSX that opens with their provenance', async () => {
    const res = await fetch(`${h.url}/export/targets.xlsx?ward=hai-an`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.rowCount).toBe(1 + 138);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Mã');
  });

  it('explains a bad export request', async () => {
    expect((await fetch(`${h.url}/export/scorecard.csv?ward=hai-an`)).status).toBe(400);
    expect((await fetch(`${h.url}/export/nope.csv`)).status).toBe(404);
    expect((await fetch(`${h.url}/export/targets.pdf`)).status).toBe(400);
  });
});
