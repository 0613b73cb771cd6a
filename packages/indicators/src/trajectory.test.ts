import { describe, expect, it } from 'vitest';
import { targetsOf } from './knowledge-base.ts';
import { expectedTarget, milestones, trajectorySeries, yearsOffTrajectory } from './trajectory.ts';
import type { QuantitativeTarget, WardSlug } from './types.ts';

const quantitative = (ward: WardSlug, indicator: string) =>
  targetsOf(ward, indicator).filter((t): t is QuantitativeTarget => t.kind === 'target');

const haiAnDti = quantitative('hai-an', 'DTI_WARD_INDEX');

describe('expected target along Hải An’s ward DTI milestones (≥0,77 2025 … 1,0 2045)', () => {
  it.each<[number, string, number | null]>([
    [2025, 'milestone', 0.77],
    [2027, 'interpolated', 0.77 + (0.8 - 0.77) * (2 / 5)],
    [2030, 'milestone', 0.8],
    [2033, 'interpolated', 0.8 + (0.85 - 0.8) * (3 / 5)],
    [2044, 'interpolated', 0.92 + (1 - 0.92) * (4 / 5)],
    [2045, 'milestone', 1],
  ])('%i: %s %s', (year, basis, value) => {
    const expected = expectedTarget(haiAnDti, 'higher', year);
    expect(expected?.basis).toBe(basis);
    expect(expected?.value).toBeCloseTo(value ?? Number.NaN, 10);
  });

  it('sets nothing after the last milestone: a plan’s targets are not held beyond it', () => {
    expect(expectedTarget(haiAnDti, 'higher', 2046)).toBeNull();
    expect(expectedTarget(haiAnDti, 'higher', 2050)).toBeNull();
  });

  it('has no expectation before 2025 without a baseline, and draws one from a baseline', () => {
    expect(expectedTarget(haiAnDti, 'higher', 2024)).toBeNull();
    const fromBaseline = expectedTarget(haiAnDti, 'higher', 2024, { year: 2023, value: 0.6 });
    expect(fromBaseline).toMatchObject({ basis: 'from-baseline' });
    expect(fromBaseline?.value).toBeCloseTo(0.685, 10);
  });

  it('lists a point for every year of a span', () => {
    const series = trajectorySeries(haiAnDti, 'higher', 2025, 2045);
    expect(series).toHaveLength(21);
    expect(series.map((s) => s.value)).toEqual(
      [...series.map((s) => s.value)].sort((a, b) => a - b),
    );
  });
});

describe('a ward with only a 2030 target (Hồng An: digitised dossiers 100%)', () => {
  const targets = quantitative('hong-an', 'DG_DOSSIER_DIGITISATION');

  it('expects nothing before 2030 without an observation, and the target from 2030', () => {
    expect(expectedTarget(targets, 'higher', 2027)).toBeNull();
    expect(expectedTarget(targets, 'higher', 2030)).toMatchObject({
      value: 100,
      basis: 'milestone',
    });
    expect(expectedTarget(targets, 'higher', 2031)).toBeNull();
  });

  it('runs linearly from the earliest observation (baseline) to 2030', () => {
    expect(expectedTarget(targets, 'higher', 2028, { year: 2026, value: 80 })?.value).toBeCloseTo(
      90,
      10,
    );
  });
});

describe('several targets for one year', () => {
  it('keeps the more demanding one (Hải An budget share, body + PHỤ LỤC 1 + PHỤ LỤC 2)', () => {
    const budget = quantitative('hai-an', 'RES_BUDGET_SHARE');
    const stones = milestones(budget, 'higher');
    expect(stones.map((s) => [s.year, s.comparator, s.value])).toEqual([
      [2025, 'gte', 3],
      [2030, 'reach', 3],
      [2035, 'reach', 3],
      [2040, 'gt', 3],
      [2045, 'gt', 3.5],
    ]);
    // Between 2040 ("Đạt trên 3%") and 2045 ("Đạt trên 3,5%").
    const y2042 = expectedTarget(budget, 'higher', 2042);
    expect(y2042?.comparator).toBe('gt');
    expect(y2042?.value).toBeCloseTo(3.2, 10);
  });

  it('applies an annual target every year after its own (Hải An body: ít nhất 3% hàng năm)', () => {
    const annualOnly = quantitative('hai-an', 'RES_BUDGET_SHARE').filter(
      (t) => t.recurring === 'annual',
    );
    expect(expectedTarget(annualOnly, 'higher', 2028)).toMatchObject({
      basis: 'recurring',
      value: 3,
    });
    expect(expectedTarget(annualOnly, 'higher', 2024)).toBeNull();
  });

  it('keeps the annual "ít nhất 3%" between milestones instead of an interpolated "3" (2026–2029)', () => {
    const budget = quantitative('hai-an', 'RES_BUDGET_SHARE');
    for (const year of [2026, 2027, 2028, 2029]) {
      expect(expectedTarget(budget, 'higher', year), String(year)).toMatchObject({
        basis: 'recurring',
        comparator: 'gte',
        value: 3,
      });
    }
  });

  it('cites both printed 2030 budget targets (PHỤ LỤC 1 "Phấn đấu đạt 3%", PHỤ LỤC 2) and names the rule', () => {
    const budget = quantitative('hai-an', 'RES_BUDGET_SHARE');
    const y2030 = expectedTarget(budget, 'higher', 2030);
    const printed2030 = budget.filter((t) => t.year === 2030).map((t) => t.id);
    expect(printed2030.length).toBe(2);
    expect(y2030).toMatchObject({ basis: 'milestone', value: 3, rule: 'more-demanding' });
    expect(y2030?.from).toEqual(expect.arrayContaining(printed2030));
  });

  it('names the single-target rule when one target sets the year', () => {
    expect(expectedTarget(haiAnDti, 'higher', 2030)).toMatchObject({
      rule: 'single',
      from: ['hai-an/PL2/20./2030'],
    });
  });
});

describe('ranges are interpolated bound by bound', () => {
  it('Hải An digital economy: 35% (2030) → 45-50% (2035)', () => {
    const grdp = quantitative('hai-an', 'DE_DIGITAL_ECONOMY_GRDP');
    const y2033 = expectedTarget(grdp, 'higher', 2033);
    expect(y2033?.comparator).toBe('range');
    expect(y2033?.value).toBeCloseTo(41, 10);
    expect(y2033?.valueHigh).toBeCloseTo(44, 10);
  });
});

describe('years behind or ahead of the trajectory', () => {
  it.each<[string, WardSlug, string, number, number, number | null]>([
    [
      'DTI 0,77 in 2027: the level planned for 2025, 2 years behind',
      'hai-an',
      'DTI_WARD_INDEX',
      2027,
      0.77,
      2,
    ],
    [
      'DTI 0,8 in 2027: the level planned for 2030, 3 years ahead',
      'hai-an',
      'DTI_WARD_INDEX',
      2027,
      0.8,
      -3,
    ],
    [
      'DTI 0,5 in 2027: below the first milestone, unknown',
      'hai-an',
      'DTI_WARD_INDEX',
      2027,
      0.5,
      null,
    ],
    [
      'SMEs 42% in 2027: exactly on the 30% → 60% path',
      'hai-an',
      'DE_SME_DIGITAL_ADOPTION',
      2027,
      42,
      0,
    ],
    [
      'Chu Văn An contactless 82,54% in 2025 beyond its only milestone',
      'chu-van-an',
      'DG_CONTACTLESS_TRANSACTIONS',
      2025,
      82.54,
      0,
    ],
  ])('%s', (_label, ward, indicator, year, value, expected) => {
    expect(yearsOffTrajectory(quantitative(ward, indicator), 'higher', { year, value })).toBe(
      expected,
    );
  });
});
