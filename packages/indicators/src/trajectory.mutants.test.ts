import { describe, expect, it } from 'vitest';
import { expectedTarget, milestones, trajectorySeries, yearsOffTrajectory } from './trajectory.ts';
import type { Comparator, QuantitativeTarget } from './types.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).
// Expected values are worked out by hand in the comments. Targets are built inline so that each
// case shows exactly the milestones it is about.

const target = (
  id: string,
  year: number,
  comparator: Comparator,
  value: number,
  extra: { valueHigh?: number; recurring?: 'annual' } = {},
) =>
  ({
    kind: 'target',
    id,
    ward: 'hai-an',
    indicator: 'X',
    year,
    wording: id,
    comparator,
    value,
    unit: 'percent',
    provenance: { file: '000_09cdf2dd6a89ba5e.txt', section: 's', row: id, line: 1, text: id },
    ...extra,
  }) as QuantitativeTarget;

describe('milestones: one per year, the more demanding', () => {
  it.each<[string, QuantitativeTarget[], 'higher' | 'lower', string[]]>([
    [
      'higher: the larger figure, in either order',
      [target('a', 2030, 'gte', 3.5), target('b', 2030, 'gte', 3)],
      'higher',
      ['a'],
    ],
    [
      'higher: the larger figure, listed second',
      [target('a', 2030, 'gte', 3), target('b', 2030, 'gte', 3.5)],
      'higher',
      ['b'],
    ],
    [
      'lower: the smaller ceiling',
      [target('a', 2030, 'lte', 2), target('b', 2030, 'lte', 1)],
      'lower',
      ['b'],
    ],
    [
      'lower: the smaller ceiling, listed first',
      [target('a', 2030, 'lte', 1), target('b', 2030, 'lte', 2)],
      'lower',
      ['a'],
    ],
    // Same figure: "trên 3%" asks more than "ít nhất 3%" (Hải An budget share, 2040).
    [
      'same figure: strict beats non-strict',
      [target('a', 2040, 'gte', 3), target('b', 2040, 'gt', 3)],
      'higher',
      ['b'],
    ],
    [
      'same figure: non-strict does not replace strict',
      [target('a', 2040, 'gt', 3), target('b', 2040, 'gte', 3)],
      'higher',
      ['a'],
    ],
    [
      'same ceiling: "dưới" beats "không quá"',
      [target('a', 2030, 'lte', 2), target('b', 2030, 'lt', 2)],
      'lower',
      ['b'],
    ],
    [
      'same figure and strictness: the first stays',
      [target('a', 2030, 'gte', 3), target('b', 2030, 'gte', 3)],
      'higher',
      ['a'],
    ],
    [
      'annual targets are not milestones, years sorted',
      [
        target('r', 2025, 'gte', 3, { recurring: 'annual' }),
        target('late', 2035, 'gte', 5),
        target('early', 2030, 'gte', 4),
      ],
      'higher',
      ['early', 'late'],
    ],
  ])('%s', (_label, targets, direction, ids) => {
    expect(milestones(targets, direction).map((t) => t.id)).toEqual(ids);
  });
});

describe('expectedTarget', () => {
  const dti = [target('d25', 2025, 'gte', 0.77), target('d30', 2030, 'gte', 0.8)];

  it('cites the milestone, both neighbours of an interpolation, and the first milestone from a baseline', () => {
    expect(expectedTarget(dti, 'higher', 2025)?.from).toEqual(['d25']);
    expect(expectedTarget(dti, 'higher', 2027)?.from).toEqual(['d25', 'd30']);
    expect(expectedTarget(dti, 'higher', 2024, { year: 2023, value: 0.6 })?.from).toEqual(['d25']);
  });

  it('carries the upper bound of a band milestone only', () => {
    const band = [target('b', 2030, 'range', 20, { valueHigh: 22 })];
    expect(expectedTarget(band, 'range', 2030)).toMatchObject({ value: 20, valueHigh: 22 });
    expect(expectedTarget(dti, 'higher', 2030)).not.toHaveProperty('valueHigh');
  });

  it('interpolates from a band to a floor bound by bound: 20-22% (2030) → ≥ 30% (2035), 2031', () => {
    // t = 1/5: low 20 + (30 − 20)/5 = 22; high 22 + (30 − 22)/5 = 23,6.
    const stones = [
      target('a', 2030, 'range', 20, { valueHigh: 22 }),
      target('b', 2035, 'gte', 30),
    ];
    const y2031 = expectedTarget(stones, 'range', 2031);
    expect(y2031?.comparator).toBe('range');
    expect(y2031?.value).toBeCloseTo(22, 10);
    expect(y2031?.valueHigh).toBeCloseTo(23.6, 10);
  });

  it('draws a band from a baseline: 10% (2025) → 20-22% (2030), 2027', () => {
    // t = 2/5: low 10 + 10·0,4 = 14; high 10 + 12·0,4 = 14,8.
    const band = [target('b', 2030, 'range', 20, { valueHigh: 22 })];
    const y2027 = expectedTarget(band, 'range', 2027, { year: 2025, value: 10 });
    expect(y2027).toMatchObject({ comparator: 'range', basis: 'from-baseline' });
    expect(y2027?.value).toBeCloseTo(14, 10);
    expect(y2027?.valueHigh).toBeCloseTo(14.8, 10);
  });

  it.each<[string, { year: number; value: number }, number | null]>([
    ['a baseline in the very year is the expectation itself', { year: 2024, value: 0.6 }, 0.6],
    ['a baseline after the year gives none', { year: 2025, value: 0.6 }, null],
    ['a baseline in the first milestone’s year gives none', { year: 2030, value: 0.6 }, null],
  ])('%s', (_label, baseline, expected) => {
    const only2030 = [target('d30', 2030, 'gte', 0.8)];
    const e = expectedTarget(only2030, 'higher', 2024, baseline);
    if (expected === null) expect(e).toBeNull();
    else expect(e?.value).toBeCloseTo(expected, 10);
  });

  describe('an annual ceiling beside milestones (lower is better)', () => {
    // "không quá 5 mỗi năm" from 2026, and a 2030 milestone "không quá 3".
    const annual = target('annual', 2026, 'lte', 5, { recurring: 'annual' });
    const m2030 = target('m2030', 2030, 'lte', 3);

    it('the stricter milestone counts in its year', () => {
      expect(expectedTarget([annual, m2030], 'lower', 2030)).toMatchObject({ value: 3 });
    });

    it('a stricter annual ceiling counts over a looser milestone', () => {
      const strictAnnual = target('strict', 2026, 'lte', 2, { recurring: 'annual' });
      expect(expectedTarget([strictAnnual, m2030], 'lower', 2030)).toMatchObject({
        value: 2,
        basis: 'recurring',
      });
    });

    it('applies from its own year, not before', () => {
      expect(expectedTarget([annual], 'lower', 2026)).toMatchObject({
        value: 5,
        basis: 'recurring',
      });
      expect(expectedTarget([annual], 'lower', 2025)).toBeNull();
    });

    it('of two annual ceilings, the lower counts', () => {
      const a = target('a', 2026, 'lte', 5, { recurring: 'annual' });
      const b = target('b', 2027, 'lte', 4, { recurring: 'annual' });
      expect(expectedTarget([a, b], 'lower', 2028)?.value).toBe(4);
      expect(expectedTarget([b, a], 'lower', 2028)?.value).toBe(4);
    });
  });
});

describe('trajectorySeries', () => {
  it('lists only the years that have an expectation', () => {
    const stones = [target('a', 2025, 'gte', 10), target('b', 2030, 'gte', 20)];
    // 2023 and 2024 come before the first milestone, with no baseline.
    expect(trajectorySeries(stones, 'higher', 2023, 2026).map((e) => [e.year, e.value])).toEqual([
      [2025, 10],
      [2026, 12],
    ]);
  });
});

describe('yearsOffTrajectory', () => {
  const dti = [
    target('d25', 2025, 'gte', 0.77),
    target('d30', 2030, 'gte', 0.8),
    target('d45', 2045, 'gte', 1),
  ];

  it.each<
    [
      string,
      QuantitativeTarget[],
      'higher' | 'lower' | 'range',
      { year: number; value: number },
      { year: number; value: number } | undefined,
      number | null,
    ]
  >([
    // Lower is better: ≤ 10 (2025) → ≤ 4 (2030); 7 is asked for half way, 2027,5; seen in 2028.
    [
      'lower: 7 in 2028 is half a year behind',
      [target('a', 2025, 'lte', 10), target('b', 2030, 'lte', 4)],
      'lower',
      { year: 2028, value: 7 },
      undefined,
      0.5,
    ],
    [
      'lower: 12 is worse than where the plan starts',
      [target('a', 2025, 'lte', 10), target('b', 2030, 'lte', 4)],
      'lower',
      { year: 2028, value: 12 },
      undefined,
      null,
    ],
    // A baseline 0,5 (2023) starts the path: 0,6 is asked 0,1/0,27 of the way to 2025, ≈ 2023,74.
    ['from a baseline', dti, 'higher', { year: 2024, value: 0.6 }, { year: 2023, value: 0.5 }, 0.3],
    [
      'below the first milestone without a baseline',
      dti,
      'higher',
      { year: 2024, value: 0.6 },
      undefined,
      null,
    ],
    // Beyond the last milestone: ahead by the years left until it.
    [
      'beyond the 2045 goal in 2040: 5 years ahead',
      dti,
      'higher',
      { year: 2040, value: 1.2 },
      undefined,
      -5,
    ],
    [
      'beyond it in 2050: on time, not behind',
      dti,
      'higher',
      { year: 2050, value: 1.2 },
      undefined,
      0,
    ],
    [
      'a band indicator has no years off',
      dti,
      'range',
      { year: 2027, value: 0.8 },
      undefined,
      null,
    ],
    // A plan that dips (0,5 → 0,9 → 0,6 → 1,0): 0,7 is first asked in 2027,5, not in 2036,25.
    [
      'the first time the plan asks for the level',
      [
        target('a', 2025, 'gte', 0.5),
        target('b', 2030, 'gte', 0.9),
        target('c', 2035, 'gte', 0.6),
        target('d', 2040, 'gte', 1),
      ],
      'higher',
      { year: 2030, value: 0.7 },
      undefined,
      2.5,
    ],
  ])('%s', (_label, targets, direction, observation, baseline, expected) => {
    expect(yearsOffTrajectory(targets, direction, observation, baseline)).toBe(expected);
  });
});
