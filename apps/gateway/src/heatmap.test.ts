import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse, operationOf } from './answers/operation.ts';
import { type Harness, startHarness } from './test-support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

interface Heatmap {
  year: number;
  statuses: string[];
  targetTexts: string[];
  wards: {
    ward: { slug: string };
    expectedTargets: number;
    targetsDue: number;
    reporting: boolean;
    ownTargetCoverage: number;
    ofCityFramework: number;
    frameworkMissing: number[];
  }[];
  framework: { code: string }[];
  rows: {
    indicator: { code: string; pillar: { code: string } };
    status: number[];
    target: number[];
    trend: number[];
  }[];
}

const HEATMAP = `query Heatmap($year: Int!, $pillar: String) {
  heatmap(year: $year, pillar: $pillar) {
    year
    statuses
    targetTexts
    framework { code }
    wards { ward { slug } expectedTargets targetsDue reporting ownTargetCoverage ofCityFramework frameworkMissing }
    rows { indicator { code pillar { code } } status target trend }
  }
}`;

const COMPARE = `query($year: Int!) {
  compareWards(year: $year) {
    wards { slug }
    indicators { code }
    cells { ward { slug } indicator { code } entry { status expected { display } projection { improving } result { year } } }
    composites { ward { slug } ownTargetCoverage }
    coverage { ward { slug } ofCityFramework missingFromFramework }
  }
}`;

interface Comparison {
  wards: { slug: string }[];
  indicators: { code: string }[];
  cells: {
    ward: { slug: string };
    indicator: { code: string };
    entry: {
      status: string;
      expected: { display: string } | null;
      projection: { improving: boolean } | null;
      result: { year: number } | null;
    } | null;
  }[];
  composites: { ward: { slug: string }; ownTargetCoverage: number }[];
  coverage: { ward: { slug: string }; ofCityFramework: number; missingFromFramework: string[] }[];
}

const heatmap = async (year: number, pillar: string | null = null, lang: 'vi' | 'en' = 'vi') => {
  const res = await h.gql<{ heatmap: Heatmap }>(HEATMAP, { year, pillar }, null, lang);
  expect(res.errors).toBeUndefined();
  return res.data.heatmap;
};

/** The compact matrix read back into one object per cell, the way the dashboard reads it. */
const cellsOf = (m: Heatmap) =>
  m.rows.flatMap((row) =>
    m.wards.map((w, i) => {
      const target = row.target[i] as number;
      const trend = row.trend[i];
      return {
        ward: w.ward.slug,
        indicator: row.indicator.code,
        status: m.statuses[row.status[i] as number] as string,
        target: target === -1 ? null : (m.targetTexts[target] as string),
        improving: trend === 0 ? null : trend === 1,
      };
    }),
  );

describe('heatmap: the city overview’s compact matrix', () => {
  it.each([2025, 2030])(
    'says, for %i, cell for cell what compareWards says in full',
    async (year) => {
      const [m, full, printed] = await Promise.all([
        heatmap(year),
        h.gql<{ compareWards: Comparison }>(COMPARE, { year }),
        h.gql<{ targets: { year: number; ward: { slug: string } }[] }>(
          '{ targets { year ward { slug } } }',
        ),
      ]);
      const c = full.data.compareWards;
      expect(m.wards.map((w) => w.ward.slug)).toEqual(c.wards.map((w) => w.slug));
      expect(m.rows.map((r) => r.indicator.code).sort()).toEqual(
        c.indicators.map((i) => i.code).sort(),
      );
      for (const row of m.rows) {
        expect(row.status).toHaveLength(m.wards.length);
        expect(row.target).toHaveLength(m.wards.length);
        expect(row.trend).toHaveLength(m.wards.length);
      }
      const expected = c.cells.map((cell) => ({
        ward: cell.ward.slug,
        indicator: cell.indicator.code,
        status: cell.entry?.status ?? 'NO_TARGET',
        target: cell.entry?.expected?.display ?? null,
        improving: cell.entry?.projection?.improving ?? null,
      }));
      const key = (x: { ward: string; indicator: string }) => `${x.indicator}|${x.ward}`;
      const byKey = (list: typeof expected) =>
        [...list].sort((a, b) => key(a).localeCompare(key(b)));
      expect(byKey(cellsOf(m))).toEqual(byKey(expected));
      // Each ward's column figures, against the full answer's.
      for (const w of m.wards) {
        const slug = w.ward.slug;
        const cells = c.cells.filter((x) => x.ward.slug === slug);
        expect(w.expectedTargets).toBe(cells.filter((x) => x.entry?.expected).length);
        expect(w.targetsDue).toBe(
          printed.data.targets.filter((x) => x.ward.slug === slug && x.year === year).length,
        );
        expect(w.reporting).toBe(cells.some((x) => x.entry?.result?.year === year));
        expect(w.ownTargetCoverage).toBe(
          c.composites.find((x) => x.ward.slug === slug)?.ownTargetCoverage,
        );
        const coverage = c.coverage.find((x) => x.ward.slug === slug);
        expect(w.ofCityFramework).toBe(coverage?.ofCityFramework);
        expect(w.frameworkMissing.map((i) => m.framework[i]?.code)).toEqual(
          coverage?.missingFromFramework,
        );
      }
    },
    30_000,
  );

  it('tells "not reported" from "no target" (the seed’s 2025 DTI row) and lists each target text once', async () => {
    const m = await heatmap(2025);
    const dti = cellsOf(m).filter((c) => c.indicator === 'DTI_WARD_INDEX');
    expect(dti.find((c) => c.ward === 'hai-an')?.status).toBe('NOT_REPORTED');
    expect(dti.find((c) => c.ward === 'hong-bang')?.status).toBe('NO_TARGET');
    expect(new Set(m.targetTexts).size).toBe(m.targetTexts.length);
    // Rows come grouped by pillar: a pillar's rows never resume after another pillar's.
    const pillars = m.rows.map((r) => r.indicator.pillar.code);
    const runs = pillars.filter((p, i) => p !== pillars[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it('keeps to one pillar on request, and names an unknown pillar in Vietnamese or English', async () => {
    const m = await heatmap(2025, 'DTI');
    expect(m.rows.length).toBeGreaterThan(0);
    expect(m.rows.every((r) => r.indicator.pillar.code === 'DTI')).toBe(true);
    expect(m.rows.length).toBeLessThan((await heatmap(2025)).rows.length);
    const vi = await h.gql(HEATMAP, { year: 2025, pillar: 'XYZ' });
    expect(vi.errors?.[0]?.message).toContain('Không có trụ cột "XYZ"');
    expect(vi.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const en = await h.gql(HEATMAP, { year: 2025, pillar: 'XYZ' }, null, 'en');
    expect(en.errors?.[0]?.message).toContain('Unknown pillar "XYZ"');
  });

  it('writes the target texts in the request language', async () => {
    const [vi, en] = await Promise.all([heatmap(2026, null, 'vi'), heatmap(2026, null, 'en')]);
    expect(vi.targetTexts.some((x) => x.includes('nội suy'))).toBe(true);
    expect(en.targetTexts.some((x) => x.includes('nội suy'))).toBe(false);
    expect(en.targetTexts.some((x) => x.includes('interpolated'))).toBe(true);
  });

  it('is a stored answer (its operation is storable)', () => {
    const info = analyse(HEATMAP);
    expect(info && operationOf(info, 'Heatmap')?.storable).toBe(true);
  });

  it('after a write to one ward, shows its new status and rescores only that ward', async () => {
    const store = h.gateway.store;
    const before = await heatmap(2025);
    const haiAn = store.scorecard('hai-an' as never, 2025);
    const hongAn = store.scorecard('hong-an' as never, 2025);
    const recorded = await h.gql<{ recordObservation: { __typename: string } }>(
      `mutation { recordObservation(input: { ward: "hai-an", indicator: "DTI_WARD_INDEX", year: 2025, value: 0.99 }) { __typename } }`,
      {},
      h.tokens.admin,
    );
    expect(recorded.data.recordObservation.__typename).toBe('MutationRecordObservationSuccess');
    const after = await heatmap(2025);
    const dti = (m: Heatmap) =>
      cellsOf(m).find((c) => c.indicator === 'DTI_WARD_INDEX' && c.ward === 'hai-an');
    expect(dti(before)?.status).toBe('NOT_REPORTED');
    expect(dti(after)?.status).toBe('ACHIEVED');
    expect(after.wards.find((w) => w.ward.slug === 'hai-an')?.reporting).toBe(true);
    // Hồng An's cached scorecard is the very same object: it was not scored again.
    expect(store.scorecard('hong-an' as never, 2025)).toBe(hongAn);
    expect(store.scorecard('hai-an' as never, 2025)).not.toBe(haiAn);
  });
});
