// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { headline, plansSideBySide, rankingModel } from './overview-model.ts';

const wards = [
  { slug: 'hai-an', name: 'Hải An' },
  { slug: 'chu-van-an', name: 'Chu Văn An' },
  { slug: 'hong-bang', name: 'Hồng Bàng' },
];

describe('rankingModel', () => {
  it('withholds a one-ward ranking and says why each other ward is not ranked (2025)', () => {
    const model = rankingModel({
      ranked: [
        { ward: wards[1] ?? { slug: '', name: '' }, score: 100, rank: 1, closeToNext: false },
      ],
      previous: [],
      wards,
      composites: [
        { ward: { slug: 'hai-an' }, ownTargetCoverage: 0 },
        { ward: { slug: 'chu-van-an' }, ownTargetCoverage: 1 },
      ],
    });
    expect(model.withheld).toBe(true);
    expect(model.ranked).toEqual([]);
    expect(model.scoredCount).toBe(1);
    expect(model.unranked.map((u) => [u.slug, u.reason])).toEqual([
      ['hai-an', { kind: 'coverage', coverage: 0 }],
      ['chu-van-an', { kind: 'alone', coverage: 1 }],
      ['hong-bang', { kind: 'noTargets' }],
    ]);
  });

  it('ranks two or more wards with their change since last year', () => {
    const model = rankingModel({
      ranked: [
        { ward: { slug: 'hai-an', name: 'Hải An' }, score: 80, rank: 1, closeToNext: true },
        {
          ward: { slug: 'chu-van-an', name: 'Chu Văn An' },
          score: 78,
          rank: 2,
          closeToNext: false,
        },
      ],
      previous: [
        { ward: { slug: 'chu-van-an' }, score: 90, rank: 1 },
        { ward: { slug: 'hai-an' }, score: 70, rank: 2 },
      ],
      wards,
      composites: [],
    });
    expect(model.withheld).toBe(false);
    expect(model.ranked.map((r) => [r.slug, r.scoreChange, r.rankChange])).toEqual([
      ['hai-an', 10, 1],
      ['chu-van-an', -12, -1],
    ]);
    expect(model.cityAverage).toBe(79);
    expect(model.unranked.map((u) => u.slug)).toEqual(['hong-bang']);
  });

  it('takes the API’s verdict and reasons when it gives them', () => {
    const model = rankingModel({
      ranked: [],
      verdict: {
        withheld: true,
        reason: '1/5 phường có số liệu năm 2025',
        unranked: [{ ward: { slug: 'hai-an' }, reason: 'chưa báo cáo kết quả năm 2025' }],
      },
      previous: [],
      wards: wards.slice(0, 1),
      composites: [],
    });
    expect(model.reason).toBe('1/5 phường có số liệu năm 2025');
    expect(model.unranked[0]?.reason).toEqual({
      kind: 'api',
      text: 'chưa báo cáo kết quả năm 2025',
    });
  });
});

describe('headline', () => {
  it('counts plans, targets set, wards reporting, targets due and overdue tasks for the year', () => {
    expect(
      headline({
        year: 2025,
        wards: [
          { slug: 'hai-an', documents: [{ kind: 'plan' }] },
          { slug: 'chu-van-an', documents: [{ kind: 'report' }] },
        ],
        cells: [
          { ward: { slug: 'hai-an' }, entry: { expected: {}, result: null } },
          { ward: { slug: 'chu-van-an' }, entry: { expected: {}, result: { year: 2025 } } },
          { ward: { slug: 'chu-van-an' }, entry: { expected: null, result: { year: 2025 } } },
          { ward: { slug: 'hai-an' }, entry: null },
        ],
        targets: [{ year: 2025 }, { year: 2030 }, { year: 2025 }],
        overdueTasks: 4,
      }),
    ).toEqual({
      wardsWithPlan: 1,
      wardCount: 2,
      targetsSet: 2,
      wardsReporting: 1,
      targetsDue: 2,
      tasksOverdue: 4,
    });
  });
});

describe('plansSideBySide', () => {
  // Fully-online dossiers: Hải An ≥70% (2025) and ≥85% (2030); Chu Văn An ≥80% (2025).
  const t = (
    ward: string,
    year: number,
    value: number | null,
    indicator = 'DG_FULL_ONLINE_SERVICES',
  ) => ({
    ward,
    indicator,
    year,
    value,
    valueHigh: null,
    label: `${value}`,
  });

  it('lines up the wards’ targets per milestone and marks who aims higher', () => {
    const rows = plansSideBySide(
      [
        t('hai-an', 2025, 70),
        t('hai-an', 2030, 85),
        t('chu-van-an', 2025, 80),
        t('hai-an', 2025, 1, 'ONLY_ONE'),
      ],
      () => 'up',
    );
    expect(rows.map((r) => [r.indicator, r.year, [...r.cells.keys()], [...r.highest]])).toEqual([
      ['DG_FULL_ONLINE_SERVICES', 2025, ['hai-an', 'chu-van-an'], ['chu-van-an']],
      ['DG_FULL_ONLINE_SERVICES', 2030, ['hai-an'], []],
    ]);
  });

  it('marks nobody when the targets are equal, and the lowest when lower is better', () => {
    expect([
      ...(plansSideBySide([t('a', 2030, 3), t('b', 2030, 3)], () => 'up')[0]?.highest ?? []),
    ]).toEqual([]);
    expect([
      ...(plansSideBySide([t('a', 2030, 3), t('b', 2030, 5)], () => 'down')[0]?.highest ?? []),
    ]).toEqual(['a']);
  });
});
