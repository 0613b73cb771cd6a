// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { overviewVariables, previousMonthKey } from './current-year.ts';
import {
  frameworkMissing,
  headline,
  heatmapGroups,
  plansSideBySide,
  rankingModel,
} from './overview-model.ts';

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
        wards: [
          {
            ward: { documents: [{ kind: 'plan' }] },
            expectedTargets: 1,
            targetsDue: 2,
            reporting: false,
          },
          {
            ward: { documents: [{ kind: 'report' }] },
            expectedTargets: 1,
            targetsDue: 0,
            reporting: true,
          },
        ],
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

describe('heatmapGroups', () => {
  const indicator = (code: string, pillar: string) => ({
    code,
    name: code,
    cityFramework: false,
    pillar: { code: pillar },
  });
  const compact = {
    statuses: ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_REPORTED', 'NO_TARGET'],
    targetTexts: ['≥ 0,75', 'đạt 100%'],
    wards: [
      { ward: { slug: 'hai-an', name: 'Hải An' } },
      { ward: { slug: 'hong-bang', name: 'Hồng Bàng' } },
    ],
    rows: [
      {
        indicator: indicator('DTI_WARD_INDEX', 'DTI'),
        status: [4, 5],
        target: [0, -1],
        trend: [0, 0],
      },
      {
        indicator: indicator('ONLINE_SERVICES', 'DG'),
        status: [0, 3],
        target: [1, 1],
        trend: [1, -1],
      },
    ],
  };
  const pillars = [
    { code: 'DG', name: 'Chính quyền số' },
    { code: 'DTI', name: 'Chuyển đổi số' },
    { code: 'SCI', name: 'Khoa học' },
  ];

  it('reads each cell back from its codes, under the pillars in the order given, empty pillars left out', () => {
    const groups = heatmapGroups(compact, pillars, 2025);
    expect(groups.map((g) => g.pillar.code)).toEqual(['DG', 'DTI']);
    expect(groups[1]?.rows[0]?.cells).toEqual([
      {
        ward: { slug: 'hai-an', name: 'Hải An' },
        status: 'not-reported',
        target: '≥ 0,75',
        improving: null,
      },
      {
        ward: { slug: 'hong-bang', name: 'Hồng Bàng' },
        status: 'no-target',
        target: null,
        improving: null,
      },
    ]);
    expect(groups[0]?.rows[0]?.cells.map((c) => [c.status, c.target, c.improving])).toEqual([
      ['achieved', 'đạt 100%', true],
      ['off-track', 'đạt 100%', false],
    ]);
  });

  it('reads a code outside the legend as "no target" instead of failing', () => {
    const odd = { ...compact, rows: [{ ...compact.rows[0], status: [17, 5], target: [9, -1] }] };
    const [group] = heatmapGroups(odd as typeof compact, pillars, 2025);
    expect(group?.rows[0]?.cells[0]).toMatchObject({ status: 'no-target', target: null });
  });
});

describe('frameworkMissing', () => {
  it('names the missing framework indicators from their indexes', () => {
    const framework = [
      { code: 'A', name: 'Chỉ tiêu A' },
      { code: 'B', name: 'Chỉ tiêu B' },
      { code: 'C', name: 'Chỉ tiêu C' },
    ];
    expect(frameworkMissing(framework, [2, 0])).toEqual(['Chỉ tiêu C', 'Chỉ tiêu A']);
  });
});

describe('overviewVariables', () => {
  it('asks only for tasks due up to last month, across a new year too', () => {
    expect(overviewVariables(2030, 'DTI', new Date('2026-11-24T05:00:00Z'))).toEqual({
      year: 2030,
      previousYear: 2029,
      pillar: 'DTI',
      dueBy: '2026-10',
    });
    expect(previousMonthKey(new Date('2026-01-15T00:00:00Z'))).toBe('2025-12');
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
