import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './test-support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('catalog queries', () => {
  it('lists wards, one ward, pillars and the indicator catalog', async () => {
    const { data } = await h.gql<{
      wards: { slug: string }[];
      ward: { nameVi: string; documents: { kind: string }[] } | null;
      missing: null;
      pillars: { code: string; weight: number }[];
      indicators: { code: string }[];
      indicator: {
        nameVi: string;
        unit: string;
        pillar: { code: string };
        aliases: { ward: string }[];
      };
    }>(`{
      wards { slug }
      ward(slug: "chu-van-an") { nameVi documents { kind } }
      missing: ward(slug: "atlantis") { slug }
      pillars { code weight }
      indicators(filter: { pillar: "DG", ward: "hong-bang" }) { code }
      indicator(code: "DG_ONLINE_DOSSIERS") { nameVi unit pillar { code } aliases { ward } }
    }`);
    expect(data.wards.map((w) => w.slug)).toEqual([
      'hai-an',
      'hong-an',
      'thanh-mien',
      'chu-van-an',
      'hong-bang',
    ]);
    expect(data.ward).toEqual({ nameVi: 'Chu Văn An', documents: [{ kind: 'report' }] });
    expect(data.missing).toBeNull();
    expect(data.pillars.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 10);
    expect(data.indicators.map((i) => i.code)).toContain('DG_ONLINE_DOSSIERS');
    expect(data.indicator.aliases.map((a) => a.ward).sort()).toEqual([
      'chu-van-an',
      'hai-an',
      'hong-bang',
    ]);
  });

  it('finds indicators without accents ("truc tuyen" matches "trực tuyến")', async () => {
    const { data } = await h.gql<{ indicators: { code: string }[] }>(
      '{ indicators(filter: { search: "xu ly hoan toan truc tuyen" }) { code } }',
    );
    expect(data.indicators.map((i) => i.code)).toEqual(['DG_ONLINE_DOSSIERS']);
  });

  it('returns targets with provenance (Hải An ward DTI, ≥ 0,77 in 2025)', async () => {
    const { data } = await h.gql<{
      targets: {
        year: number;
        comparatorSymbol: string;
        value: number;
        provenance: { file: string; line: number; text: string };
      }[];
    }>(
      '{ targets(filter: { ward: "hai-an", indicator: "DTI_WARD_INDEX" }) { year comparatorSymbol value provenance { file line text } } }',
    );
    expect(data.targets.map((t) => [t.year, t.comparatorSymbol, t.value])).toEqual([
      [2025, '≥', 0.77],
      [2030, '≥', 0.8],
      [2035, '≥', 0.85],
      [2040, '≥', 0.92],
      [2045, '=', 1],
    ]);
    expect(data.targets[0]?.provenance).toEqual({
      file: '000_09cdf2dd6a89ba5e.txt',
      line: 1304,
      text: '≥ 0,77',
    });
  });
});

describe('scores', () => {
  it('gives Chu Văn An’s 2025 scorecard with the source of every number', async () => {
    const { data } = await h.gql<{
      scorecard: {
        entries: {
          indicator: { code: string };
          status: string;
          attainment: number;
          gap: number | null;
          expected: { value: number; targets: { provenance: { line: number } }[] } | null;
          latest: { value: number; sourceText: string; numerator: number } | null;
        }[];
        composite: { score: number; dataCoverage: number };
      };
    }>(`{ scorecard(ward: "chu-van-an", year: 2025) {
      entries { indicator { code } status attainment gap expected { value comparatorSymbol targets { provenance { line } } } latest { value sourceText numerator } }
      composite { score dataCoverage }
    } }`);
    expect(data.scorecard.entries).toHaveLength(20);
    expect(data.scorecard.entries.every((e) => e.status === 'achieved')).toBe(true);
    const contactless = data.scorecard.entries.find(
      (e) => e.indicator.code === 'DG_CONTACTLESS_TRANSACTIONS',
    );
    expect(contactless).toMatchObject({
      attainment: 1,
      latest: { value: 82.54, sourceText: '82,54%', numerator: 10329 },
      expected: { value: 70, comparatorSymbol: '≥', targets: [{ provenance: { line: 325 } }] },
    });
    expect(contactless?.gap).toBeCloseTo(-12.54, 10);
    expect(data.scorecard.composite).toEqual({ score: 100, dataCoverage: 1 });
  });

  it('compares all wards: matrix, ranking, coverage', async () => {
    const { data } = await h.gql<{
      compareWards: {
        wards: unknown[];
        indicators: unknown[];
        cells: { entry: { status: string } | null }[];
        ranking: { ward: { slug: string }; rank: number }[];
        coverage: { ofFramework: number }[];
      };
    }>(
      '{ compareWards(year: 2025) { wards { slug } indicators { code } cells { entry { status } } ranking { ward { slug } rank } coverage { ofFramework } } }',
    );
    const c = data.compareWards;
    expect(c.cells).toHaveLength(c.wards.length * c.indicators.length);
    expect(c.ranking).toEqual([{ ward: { slug: 'chu-van-an' }, rank: 1 }]);
    expect(c.coverage).toHaveLength(5);
  });

  it('draws Hải An’s DTI trajectory from 2025 to 2045', async () => {
    const { data } = await h.gql<{
      trajectory: {
        milestones: { year: number }[];
        series: { year: number; value: number; basis: string }[];
        results: unknown[];
        projection: null;
      };
    }>(
      '{ trajectory(ward: "hai-an", indicator: "DTI_WARD_INDEX") { milestones { year } series { year value basis } results { id } projection { yearReached } } }',
    );
    expect(data.trajectory.milestones).toHaveLength(5);
    expect(data.trajectory.series).toHaveLength(21);
    expect(data.trajectory.series[2]).toMatchObject({ year: 2027, basis: 'interpolated' });
    expect(data.trajectory.series[2]?.value).toBeCloseTo(0.782, 10);
    expect(data.trajectory.projection).toBeNull();
  });

  it('ranks by composite and by pillar, and reports coverage', async () => {
    const { data } = await h.gql<{
      rankings: { score: number }[];
      dg: { score: number }[];
      coverage: { ward: { slug: string }; ofFramework: number }[];
    }>(
      '{ rankings(year: 2025) { score } dg: rankings(year: 2025, pillar: "DG") { score } coverage { ward { slug } ofFramework } }',
    );
    expect(data.rankings).toEqual([{ score: 100 }]);
    expect(data.dg).toEqual([{ score: 100 }]);
    expect(data.coverage.find((c) => c.ward.slug === 'thanh-mien')?.ofFramework).toBe(1);
  });
});

describe('results and tasks', () => {
  it('pages through results with a cap on page size', async () => {
    const first = await h.gql<{
      observations: {
        edges: { node: { value: number | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ observations(first: 5, filter: { ward: "chu-van-an" }) { edges { node { value } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.data.observations.edges).toHaveLength(5);
    expect(first.data.observations.pageInfo.hasNextPage).toBe(true);
    const rest = await h.gql<{ observations: { edges: unknown[] } }>(
      'query($after: String) { observations(first: 50, after: $after, filter: { ward: "chu-van-an" }) { edges { cursor } } }',
      {
        after: first.data.observations.pageInfo.endCursor,
      },
    );
    expect(rest.data.observations.edges).toHaveLength(21 - 5);
    const tooMany = await h.gql('{ observations(first: 1000) { edges { cursor } } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 100/);
  });

  it('filters tasks by ward, lead unit and deadline', async () => {
    const { data } = await h.gql<{ tasks: { code: string; dueDate: string }[] }>(
      '{ tasks(filter: { ward: "hong-bang", leadUnit: "văn hóa", dueBefore: "2026-12-01" }) { code dueDate } }',
    );
    // Hồng Bàng rows 10–12 are led by Phòng Văn hóa - Xã hội; only row 11 is due before December (11/2026).
    expect(data.tasks).toEqual([{ code: '11', dueDate: '2026-11-30' }]);
  });
});

describe('bad inputs get specific errors', () => {
  it.each([
    [
      'an unknown ward',
      '{ scorecard(ward: "atlantis", year: 2025) { year } }',
      /Unknown ward "atlantis"/,
    ],
    [
      'an unknown indicator',
      '{ trajectory(ward: "hai-an", indicator: "NOPE") { series { year } } }',
      /Unknown indicator "NOPE"/,
    ],
    [
      'a year out of range',
      '{ scorecard(ward: "hai-an", year: 1990) { year } }',
      /outside 2020–2050/,
    ],
    ['an unknown pillar', '{ rankings(year: 2025, pillar: "XX") { rank } }', /Unknown pillar/],
  ])('%s', async (_label, query, message) => {
    const { errors } = await h.gql(query);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(message);
  });
});

describe('me and the audit log', () => {
  it('knows who is signed in', async () => {
    expect((await h.gql('{ me { email } }')).data).toEqual({ me: null });
    expect((await h.gql('{ me { email role wards } }', {}, h.tokens.editor)).data).toEqual({
      me: { email: 'editor@hai-an.haiphong.gov.vn', role: 'WARD_EDITOR', wards: ['hai-an'] },
    });
  });

  it('shows the audit log to city administrators only', async () => {
    expect((await h.gql('{ auditLog { id } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await h.gql('{ auditLog { id } }', {}, h.tokens.editor)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await h.gql('{ auditLog { id } }', {}, h.tokens.viewer)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const ok = await h.gql<{ auditLog: unknown[] }>(
      '{ auditLog { id action } }',
      {},
      h.tokens.admin,
    );
    expect(ok.errors).toBeUndefined();
    expect(Array.isArray(ok.data.auditLog)).toBe(true);
  });
});
