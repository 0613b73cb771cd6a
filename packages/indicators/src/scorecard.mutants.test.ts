import { describe, expect, it } from 'vitest';
import type { Observation } from './observation.ts';
import { type PlanPeriodOf, scorecard } from './scorecard.ts';
import type { Comparator, QualitativeTarget, QuantitativeTarget, Target } from './types.ts';

// Cases written to kill the mutants that survived Stryker (docs/QUALITY.md). Targets are built
// inline for one ward and one catalog indicator each (DTI_WARD_INDEX: index, higher is better;
// STI_TECH_RENEWAL_RATE: a band; DE_BUSINESS_SUPPORT: qualitative), so that each case shows
// exactly what it is about. Expected values are worked out by hand in the comments.

const provenance = (id: string) => ({
  file: '000_09cdf2dd6a89ba5e.txt' as const,
  section: 's',
  row: id,
  line: 1,
  text: id,
});
const review = { equivalence: 'exact', equivalenceNoteVi: null, equivalenceNoteEn: null } as const;

const quantitative = (
  id: string,
  year: number,
  comparator: Comparator,
  value: number,
  extra: Partial<QuantitativeTarget> = {},
): QuantitativeTarget => ({
  kind: 'target',
  id,
  ward: 'hai-an',
  indicator: 'DTI_WARD_INDEX',
  year,
  wording: id,
  comparator,
  value,
  unit: 'index',
  provenance: provenance(id),
  ...review,
  ...extra,
});

const qualitative = (id: string, year: number, extra: Partial<QualitativeTarget> = {}) =>
  ({
    kind: 'qualitative',
    id,
    ward: 'hai-an',
    indicator: 'DE_BUSINESS_SUPPORT',
    year,
    wording: id,
    provenance: provenance(id),
    ...review,
    ...extra,
  }) as QualitativeTarget;

const obs = (code: string, ...list: Observation[]) => new Map([[code, list]]);
const rowOf = (
  year: number,
  targets: Target[],
  observations: Map<string, Observation[]> = new Map(),
  planPeriod?: PlanPeriodOf,
) => {
  const rows = scorecard('hai-an', year, targets, observations, planPeriod ? { planPeriod } : {});
  expect(rows).toHaveLength(1);
  return rows[0];
};

// Hải An's ward DTI: ≥ 0,77 (2025), ≥ 0,8 (2030).
const dti = [quantitative('d25', 2025, 'gte', 0.77), quantitative('d30', 2030, 'gte', 0.8)];

describe('quantitative rows', () => {
  it('judges the year’s own result and says why, in data', () => {
    // 2027: 0,77 + 0,03·2/5 = 0,782 expected; 0,79 reported.
    const row = rowOf(2027, dti, obs('DTI_WARD_INDEX', { year: 2027, value: 0.79 }));
    expect(row).toMatchObject({
      kind: 'quantitative',
      assessable: true,
      met: true,
      attainment: 1,
      status: 'achieved',
      nextMilestone: { year: 2030, value: 0.8, comparator: 'gte', id: 'd30' },
      observation: { year: 2027, value: 0.79 },
      earlierObservation: null,
      targetIds: ['d25', 'd30'],
      reason: {
        code: 'judged',
        observed: 0.79,
        unit: 'index',
        goal: { comparator: 'gte', basis: 'interpolated' },
      },
    });
    expect(row?.gap).toBeCloseTo(0.782 - 0.79, 10);
    expect(row?.reason).not.toHaveProperty('goal.valueHigh');
  });

  it('in a milestone year, that milestone is the next one', () => {
    const row = rowOf(2030, dti, obs('DTI_WARD_INDEX', { year: 2030, value: 0.8 }));
    expect(row?.nextMilestone).toMatchObject({ year: 2030, id: 'd30' });
  });

  it('carries a band’s upper bound in the reason', () => {
    const band = [
      quantitative('r', 2030, 'range', 20, {
        indicator: 'STI_TECH_RENEWAL_RATE',
        valueHigh: 22,
        unit: 'percent',
      }),
    ];
    const row = rowOf(2030, band, obs('STI_TECH_RENEWAL_RATE', { year: 2030, value: 25 }));
    expect(row?.reason).toMatchObject({ code: 'judged', goal: { value: 20, valueHigh: 22 } });
    // 25 against 20–22: 22/25 = 0,88 of the way; 3 over; a band has no years off.
    expect(row?.attainment).toBeCloseTo(0.88, 10);
    expect(row?.gap).toBeCloseTo(3, 10);
    expect(row?.yearsOffTrajectory).toBeNull();
    expect(row?.projection).toBeNull();
  });

  it('keeps an earlier result as context, not as this year’s, and says "not reported"', () => {
    const row = rowOf(
      2027,
      dti,
      obs('DTI_WARD_INDEX', { year: 2025, value: 0.78 }, { year: 2026, value: 0.79 }),
    );
    expect(row).toMatchObject({
      assessable: true,
      status: 'not-reported',
      observation: null,
      earlierObservation: { year: 2026, value: 0.79 },
      attainment: null,
      reason: { code: 'not-reported', latestYear: 2026 },
    });
  });

  it('projects from two or more results, and the pace sets the status', () => {
    // 0,70 (2025) → 0,72 (2026): +0,02 a year. Goal 0,8 in 2030 from 0,72 needs 0,02 a year:
    // pace 1 (on track by pace). 2026 expects 0,776; 0,72/0,776 ≈ 0,928: at risk by level.
    const row = rowOf(
      2026,
      dti,
      obs('DTI_WARD_INDEX', { year: 2025, value: 0.7 }, { year: 2026, value: 0.72 }),
    );
    expect(row?.projection?.slopePerYear).toBeCloseTo(0.02, 10);
    expect(row?.projection?.yearReached).toBeCloseTo(2030, 10);
    expect(row?.status).toBe('at-risk');
    expect(row?.earlierObservation).toEqual({ year: 2025, value: 0.7 });
  });

  it('does not project from one result', () => {
    const row = rowOf(2026, dti, obs('DTI_WARD_INDEX', { year: 2026, value: 0.72 }));
    expect(row?.projection).toBeNull();
  });

  it('draws the trajectory from the earliest result as a baseline', () => {
    // Only a 2030 milestone (≥ 0,8); results 0,6 (2024) and 0,7 (2026).
    // Baseline 2024: 2026 expects 0,6 + 0,2·2/6 ≈ 0,667; 0,7 meets it.
    const row = rowOf(
      2026,
      [dti[1] as QuantitativeTarget],
      obs('DTI_WARD_INDEX', { year: 2026, value: 0.7 }, { year: 2024, value: 0.6 }),
    );
    expect(row?.expected?.basis).toBe('from-baseline');
    expect(row?.expected?.value).toBeCloseTo(0.6 + (0.2 * 2) / 6, 10);
    expect(row?.status).toBe('achieved');
  });

  it('ignores results reported in words when judging a number', () => {
    const row = rowOf(2027, dti, obs('DTI_WARD_INDEX', { year: 2027, met: true }));
    expect(row?.status).toBe('not-reported');
  });

  it('has no target before the first milestone without a baseline, naming the next one', () => {
    const row = rowOf(2027, [dti[1] as QuantitativeTarget]);
    expect(row).toMatchObject({
      assessable: false,
      status: 'no-target',
      expected: null,
      reason: { code: 'no-target-this-year', nextMilestoneYear: 2030 },
    });
  });

  it('has no target after the last milestone, and no next one', () => {
    const row = rowOf(2031, dti);
    expect(row?.reason).toEqual({ code: 'no-target-this-year', nextMilestoneYear: null });
    expect(row?.nextMilestone).toBeNull();
  });
});

describe('plan periods', () => {
  // Targets of a plan for 2026–2030 and of one for 2027–2028.
  const period: PlanPeriodOf = (t) =>
    t.id === 'late' ? { start: 2027, end: 2028 } : { start: 2026, end: 2030 };
  const targets = [quantitative('m', 2030, 'gte', 0.8), quantitative('late', 2028, 'gte', 0.79)];

  it.each<[number, object]>([
    [2025, { code: 'before-plan', planStart: 2026 }],
    [2031, { code: 'after-plan', planEnd: 2030 }],
  ])('%i is outside every plan: %o', (year, reason) => {
    expect(rowOf(year, targets, new Map(), period)).toMatchObject({
      status: 'no-target',
      assessable: false,
      reason,
    });
  });

  it('a target whose plan does not cover the year is left out, the others apply', () => {
    // 2029: only "m" is in force (the other plan ended in 2028); no baseline → no expectation
    // before 2030, the next milestone being m's.
    expect(rowOf(2029, targets, new Map(), period)?.reason).toEqual({
      code: 'no-target-this-year',
      nextMilestoneYear: 2030,
    });
    // 2028: both in force; "late" is a 2028 milestone.
    expect(rowOf(2028, targets, new Map(), period)).toMatchObject({
      status: 'not-reported',
      expected: { basis: 'milestone', value: 0.79 },
    });
  });

  it('the plan boundaries themselves are inside', () => {
    expect(rowOf(2026, targets, new Map(), period)?.reason).not.toMatchObject({
      code: 'before-plan',
    });
    expect(rowOf(2030, targets, new Map(), period)?.status).toBe('not-reported');
  });
});

describe('qualitative rows', () => {
  const q2030 = [qualitative('q', 2030)];

  it.each<[string, Target[], number, Observation[], object]>([
    [
      'met',
      q2030,
      2030,
      [{ year: 2030, met: true }],
      { status: 'achieved', attainment: 1, met: true, assessable: true },
    ],
    [
      'not met when due',
      q2030,
      2030,
      [{ year: 2030, met: false }],
      {
        status: 'off-track',
        attainment: 0,
        reason: { code: 'qualitative-reported', met: false, due: true },
      },
    ],
    [
      'not met before it is due: at risk',
      q2030,
      2028,
      [{ year: 2028, met: false }],
      { status: 'at-risk', reason: { code: 'qualitative-reported', met: false, due: false } },
    ],
    [
      'due and not reported',
      q2030,
      2030,
      [{ year: 2029, met: true }],
      {
        status: 'not-reported',
        assessable: true,
        attainment: null,
        earlierObservation: { year: 2029, met: true },
        reason: { code: 'not-reported', latestYear: 2029 },
      },
    ],
    [
      'not yet due: the earliest later year is named',
      [qualitative('a', 2035), qualitative('b', 2030)],
      2028,
      [],
      {
        status: 'no-target',
        assessable: false,
        reason: { code: 'qualitative-not-due', dueYear: 2030 },
      },
    ],
    [
      'past its year and not annual',
      q2030,
      2031,
      [],
      { status: 'no-target', reason: { code: 'no-target-this-year', nextMilestoneYear: null } },
    ],
    [
      'an annual target is due every year from its own',
      [qualitative('a', 2026, { recurring: 'annual' })],
      2028,
      [],
      { status: 'not-reported', assessable: true },
    ],
    [
      'an annual target is not due before its own year',
      [qualitative('a', 2026, { recurring: 'annual' })],
      2025,
      [],
      { status: 'no-target', reason: { code: 'qualitative-not-due', dueYear: 2026 } },
    ],
    [
      'a number is not a verdict',
      q2030,
      2030,
      [{ year: 2030, value: 1 }],
      { status: 'not-reported' },
    ],
  ])('%s', (_label, targets, year, list, expected) => {
    expect(rowOf(year, targets, obs('DE_BUSINESS_SUPPORT', ...list))).toMatchObject({
      kind: 'qualitative',
      ...expected,
    });
  });

  it('outside its plan says so', () => {
    const period: PlanPeriodOf = () => ({ start: 2026, end: 2030 });
    expect(rowOf(2025, q2030, new Map(), period)?.reason).toEqual({
      code: 'before-plan',
      planStart: 2026,
    });
  });
});

describe('results without a target', () => {
  it.each<[string, Observation, 'quantitative' | 'qualitative']>([
    ['a number', { year: 2025, value: 1134256000 }, 'quantitative'],
    ['a verdict in words', { year: 2025, met: true }, 'qualitative'],
  ])('%s is shown, not judged', (_label, observation, kind) => {
    const row = rowOf(2025, [], obs('DTI_WARD_INDEX', observation));
    expect(row).toMatchObject({
      kind,
      status: 'no-target',
      assessable: false,
      observation,
      targetIds: [],
    });
  });

  it('a result of another year adds no row', () => {
    expect(scorecard('hai-an', 2025, [], obs('DTI_WARD_INDEX', { year: 2024, value: 1 }))).toEqual(
      [],
    );
  });

  it('another ward’s targets add no row', () => {
    const theirs = quantitative('x', 2025, 'gte', 1, { ward: 'hong-an' });
    expect(scorecard('hai-an', 2025, [theirs], new Map())).toEqual([]);
  });
});
