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
    // Hải An's "xử lý trực tuyến" is a different measure from "hoàn toàn trực tuyến" (EQUIVALENCE.md).
    expect(data.indicator.aliases.map((a) => a.ward).sort()).toEqual(['chu-van-an', 'hong-bang']);
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
        comparator: string;
        comparatorSymbol: string;
        value: number;
        display: string;
        provenance: {
          file: string;
          line: number;
          text: string;
          document: { numberAsPrinted: string; titleVi: string };
        };
      }[];
    }>(
      '{ targets(filter: { ward: "hai-an", indicator: "DTI_WARD_INDEX" }) { year comparator comparatorSymbol value display provenance { file line text document { numberAsPrinted titleVi } } } }',
    );
    expect(data.targets.map((t) => [t.year, t.comparator, t.comparatorSymbol, t.value])).toEqual([
      [2025, 'GTE', '≥', 0.77],
      [2030, 'GTE', '≥', 0.8],
      [2035, 'GTE', '≥', 0.85],
      [2040, 'GTE', '≥', 0.92],
      [2045, 'REACH', 'đạt', 1],
    ]);
    expect(data.targets.map((t) => t.display)).toEqual([
      '≥ 0,77',
      '≥ 0,8',
      '≥ 0,85',
      '≥ 0,92',
      'đạt 1',
    ]);
    expect(data.targets[0]?.provenance).toMatchObject({
      file: '000_09cdf2dd6a89ba5e.txt',
      line: 1304,
      text: '≥ 0,77',
    });
    expect(data.targets[0]?.provenance.document.titleVi).toMatch(/Kế hoạch/i);
  });

  it('gives the text as printed beside the raw text (Hải An HDI "> 0,7", Chu Văn An "≥ 90%")', async () => {
    const { data } = await h.gql<{
      hdi: { comparator: string; display: string; provenance: { text: string; raw: string } }[];
      training: { provenance: { text: string; raw: string } }[];
    }>(`{
      hdi: targets(filter: { ward: "hai-an", indicator: "STI_HDI" }) { comparator display provenance { text raw } }
      training: targets(filter: { ward: "chu-van-an", indicator: "HR_OFFICIALS_BASIC_DIGITAL_TRAINING" }) { provenance { text raw } }
    }`);
    expect(data.hdi).toEqual([
      { comparator: 'GT', display: '> 0,7', provenance: { text: '> 0,7', raw: '\uF03E 0,7' } },
    ]);
    expect(data.training[0]?.provenance.text).toBe('Có ≥ 90% cán bộ, công chức');
    expect(data.training[0]?.provenance.raw).toContain('$\\geq 90\\%$');
  });

  it.each([
    [
      'an unknown indicator',
      '{ targets(filter: { indicator: "NOPE" }) { id } }',
      /Unknown indicator "NOPE"/,
    ],
    ['an unknown pillar', '{ targets(filter: { pillar: "XX" }) { id } }', /Unknown pillar "XX"/],
    [
      'an unknown pillar in indicators',
      '{ indicators(filter: { pillar: "XX" }) { code } }',
      /Unknown pillar/,
    ],
  ])('refuses %s in a filter instead of answering []', async (_label, query, message) => {
    const { errors, data } = await h.gql(query, {}, null, 'en');
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(message);
  });

  it('describes indicators and pillars in the request language', async () => {
    const q =
      '{ indicator(code: "DTI_WARD_INDEX") { definition pillar { description } } ward(slug: "hai-an") { name } }';
    const vi = await h.gql<{
      indicator: { definition: string; pillar: { description: string } };
      ward: { name: string };
    }>(q);
    const en = await h.gql<{
      indicator: { definition: string; pillar: { description: string } };
      ward: { name: string };
    }>(q, {}, null, 'en');
    expect(vi.data.indicator.definition).not.toBe(en.data.indicator.definition);
    expect(vi.data.indicator.definition).toMatch(/chuyển đổi số/i);
    expect(en.data.indicator.definition).toMatch(/^The ward DTI/);
    expect(en.data.ward.name).toBe('Hải An ward');
  });
});

describe('scores', () => {
  it('gives Chu Văn An’s 2025 scorecard with the source of every number', async () => {
    const { data } = await h.gql<{
      scorecard: {
        entries: {
          indicator: { code: string };
          status: string;
          assessable: boolean;
          attainment: number;
          gap: number | null;
          expected: { value: number; targets: { provenance: { line: number } }[] } | null;
          result: {
            value: number;
            sourceText: string;
            numerator: number;
            provenance: { section: string; row: string; line: number };
          } | null;
        }[];
        composite: { score: number; ownTargetCoverage: number; cityFrameworkCoverage: number };
      };
    }>(`{ scorecard(ward: "chu-van-an", year: 2025) {
      entries { indicator { code } status assessable attainment gap expected { value comparatorSymbol targets { provenance { line } } } result { value sourceText numerator provenance { section row line } } }
      composite { score ownTargetCoverage cityFrameworkCoverage }
    } }`);
    const assessable = data.scorecard.entries.filter((e) => e.assessable);
    expect(assessable).toHaveLength(20);
    expect(assessable.every((e) => e.status === 'ACHIEVED')).toBe(true);
    const contactless = data.scorecard.entries.find(
      (e) => e.indicator.code === 'DG_CONTACTLESS_TRANSACTIONS',
    );
    expect(contactless).toMatchObject({
      attainment: 1,
      gap: -12.54,
      result: {
        value: 82.54,
        sourceText: '82,54%',
        numerator: 10329,
        provenance: { row: '14.', line: 325 },
      },
      expected: { value: 70, comparatorSymbol: '≥', targets: [{ provenance: { line: 325 } }] },
    });
    expect(contactless?.result?.provenance.section).toMatch(/PHỤ LỤC/);
    // The budget actually spent is shown even though no target asks for it.
    const budget = data.scorecard.entries.find((e) => e.indicator.code === 'RES_BUDGET_SPENT_VND');
    expect(budget).toMatchObject({ status: 'NO_TARGET', result: { value: 1134256000 } });
    expect(data.scorecard.composite.score).toBe(100);
    expect(data.scorecard.composite.ownTargetCoverage).toBe(1);
    expect(data.scorecard.composite.cityFrameworkCoverage).toBeLessThan(0.5);
  });

  it('keeps a result reported as a lower bound ("≥ 60%") as printed, not "60%"', async () => {
    const { data } = await h.gql<{
      scorecard: {
        entries: {
          indicator: { code: string };
          result: { value: number; display: string } | null;
        }[];
      };
    }>(
      '{ scorecard(ward: "chu-van-an", year: 2025) { entries { indicator { code } result { value display } } } }',
    );
    const display = (code: string) =>
      data.scorecard.entries.find((e) => e.indicator.code === code)?.result?.display;
    expect(display('INF_5G_COVERAGE')).toBe('≥ 60%');
    expect(display('DG_CONTACTLESS_TRANSACTIONS')).toBe('82,54%');
    expect(display('RES_BUDGET_SPENT_VND')).toBe('1.134.256.000 đồng');
  });

  it('never judges a later year by the 2025 report: Chu Văn An 2030 has no achieved row', async () => {
    const { data } = await h.gql<{
      scorecard: {
        entries: { status: string; reason: string }[];
        composite: { score: number | null };
      };
    }>(
      '{ scorecard(ward: "chu-van-an", year: 2030) { entries { status reason } composite { score } } }',
    );
    expect(data.scorecard.entries.some((e) => e.status === 'ACHIEVED')).toBe(false);
    expect(data.scorecard.composite.score).toBeNull();
    expect(data.scorecard.entries[0]?.reason).toMatch(/kế hoạch chỉ đến năm 2025/);
  });

  it('reads Hồng Bàng’s 2025 cells as "no target this year", not "not reported"', async () => {
    const { data } = await h.gql<{
      scorecard: { entries: { status: string; reason: string }[] };
    }>(
      '{ scorecard(ward: "hong-bang", year: 2025) { entries { status reason } } }',
      {},
      null,
      'en',
    );
    expect(data.scorecard.entries.length).toBe(14);
    expect(data.scorecard.entries.every((e) => e.status === 'NO_TARGET')).toBe(true);
    expect(data.scorecard.entries[0]?.reason).toBe(
      'No target for 2025: the plan applies from 2026.',
    );
  });

  it('compares all wards: matrix, ranking withheld with its reason, coverage twice', async () => {
    const { data } = await h.gql<{
      compareWards: {
        wards: unknown[];
        indicators: unknown[];
        cells: { entry: { status: string } | null }[];
        ranking: { withheld: boolean; reason: string; entries: unknown[] };
        coverage: { ofCityFramework: number }[];
        composites: { ownTargetCoverage: number; cityFrameworkCoverage: number }[];
      };
    }>(
      '{ compareWards(year: 2025) { wards { slug } indicators { code } cells { entry { status } } ranking { withheld reason entries { rank } } coverage { ofCityFramework } composites { ownTargetCoverage cityFrameworkCoverage } } }',
    );
    const c = data.compareWards;
    expect(c.cells).toHaveLength(c.wards.length * c.indicators.length);
    expect(c.ranking).toEqual({
      withheld: true,
      reason: 'Không xếp hạng: 1/5 phường, xã có đủ số liệu năm 2025 (cần ít nhất 2).',
      entries: [],
    });
    expect(c.coverage).toHaveLength(5);
    expect(c.composites.map((x) => x.cityFrameworkCoverage)).toContain(1);
  });

  it('draws Hải An’s DTI trajectory from 2025 to 2045, interpolated years marked', async () => {
    const { data } = await h.gql<{
      trajectory: {
        milestones: { year: number }[];
        series: { year: number; value: number; basis: string; display: string }[];
        results: unknown[];
        projection: null;
      };
    }>(
      '{ trajectory(ward: "hai-an", indicator: "DTI_WARD_INDEX") { milestones { year } series { year value basis display } results { id } projection { yearReached } } }',
    );
    expect(data.trajectory.milestones).toHaveLength(5);
    expect(data.trajectory.series).toHaveLength(21);
    expect(data.trajectory.series[2]).toEqual({
      year: 2027,
      basis: 'INTERPOLATED',
      value: 0.782,
      display: '≈ 0,782, nội suy',
    });
    expect(data.trajectory.series[16]?.display).toBe('≈ 0,936, nội suy');
    expect(data.trajectory.projection).toBeNull();
  });

  it('withholds a one-ward ranking, by composite and by pillar, and reports coverage', async () => {
    const { data } = await h.gql<{
      rankings: {
        withheld: boolean;
        entries: unknown[];
        unranked: { ward: { slug: string }; reason: string }[];
      };
      dg: { withheld: boolean };
      later: { withheld: boolean; reason: string };
      coverage: { ward: { slug: string }; ofCityFramework: number }[];
    }>(
      '{ rankings(year: 2025) { withheld entries { rank } unranked { ward { slug } reason } } dg: rankings(year: 2025, pillar: "DG") { withheld } later: rankings(year: 2030) { withheld reason } coverage { ward { slug } ofCityFramework } }',
    );
    expect(data.rankings.withheld).toBe(true);
    expect(data.rankings.entries).toEqual([]);
    expect(data.rankings.unranked.find((u) => u.ward.slug === 'hai-an')?.reason).toBe(
      'Chưa có kết quả năm 2025.',
    );
    expect(data.dg.withheld).toBe(true);
    expect(data.later).toEqual({
      withheld: true,
      reason: 'Không xếp hạng: 0/5 phường, xã có đủ số liệu năm 2030 (cần ít nhất 2).',
    });
    expect(data.coverage.find((c) => c.ward.slug === 'thanh-mien')?.ofCityFramework).toBe(1);
  });

  it('cites both 2030 budget targets of Hải An and names the rule', async () => {
    const { data } = await h.gql<{
      scorecard: {
        entries: {
          indicator: { code: string };
          expected: {
            rule: string;
            display: string;
            targets: { provenance: { text: string } }[];
          } | null;
        }[];
      };
    }>(
      '{ scorecard(ward: "hai-an", year: 2030) { entries { indicator { code } expected { rule display targets { provenance { text } } } } } }',
    );
    const budget = data.scorecard.entries.find((e) => e.indicator.code === 'RES_BUDGET_SHARE');
    expect(budget?.expected?.rule).toBe('MORE_DEMANDING');
    expect(budget?.expected?.targets.map((t) => t.provenance.text)).toEqual(
      expect.arrayContaining(['Phấn đấu đạt 3%']),
    );
    expect(budget?.expected?.targets.length).toBeGreaterThanOrEqual(2);
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
    expect(tooMany.errors?.[0]?.message).toBe('first: Không được lớn hơn 100.');
  });

  it('filters tasks by ward, lead unit (any case, any accents) and due month, inclusive', async () => {
    const { data } = await h.gql<{ tasks: { code: string; due: { label: string } }[] }>(
      '{ tasks(filter: { ward: "hong-bang", leadUnit: "VAN HOA", dueTo: "2026-11" }) { code due { label } } }',
    );
    // Hồng Bàng rows 10–12 are led by Phòng Văn hóa - Xã hội; only row 11 is due by 11/2026.
    expect(data.tasks).toEqual([{ code: '11', due: { label: '11/2026' } }]);
    const december = await h.gql<{ tasks: { due: { label: string; precision: string } }[] }>(
      '{ tasks(filter: { ward: "hong-bang", dueFrom: "2026-12", dueTo: "2026-12" }) { due { label precision } } }',
    );
    expect(december.data.tasks.length).toBeGreaterThan(0);
    expect(
      december.data.tasks.every((t) => t.due.label === '12/2026' && t.due.precision === 'MONTH'),
    ).toBe(true);
  });

  it.each(['banana', '2026-13', '2026-12-01'])(
    'refuses the due month "%s" naming the valid form',
    async (bad) => {
      const { errors } = await h.gql(
        `{ tasks(filter: { dueFrom: "${bad}" }) { code } }`,
        {},
        null,
        'en',
      );
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/YYYY-MM/);
    },
  );
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
    ['an unknown pillar', '{ rankings(year: 2025, pillar: "XX") { year } }', /Unknown pillar/],
  ])('%s', async (_label, query, message) => {
    const { errors } = await h.gql(query, {}, null, 'en');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(message);
  });
});

describe('errors in the request’s language', () => {
  it('answers in Vietnamese by default and in English on Accept-Language: en', async () => {
    const q = '{ scorecard(ward: "atlantis", year: 2025) { year } }';
    expect((await h.gql(q)).errors?.[0]?.message).toMatch(/^Không có phường, xã "atlantis"/);
    expect((await h.gql(q, {}, null, 'en')).errors?.[0]?.message).toMatch(
      /^Unknown ward "atlantis"/,
    );
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
