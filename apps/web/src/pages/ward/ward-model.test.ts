// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultYear, gapAhead, paceNeeded } from './ward-model.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('defaultYear', () => {
  it.each([
    [
      'Hải An (2025–2045) in 2026 opens on 2026',
      [2025, 2030, 2035, 2040, 2045],
      '2026-11-23',
      2026,
    ],
    ['Hồng An (first milestone 2030) in 2026 opens on 2030', [2030], '2026-11-23', 2030],
    ['Chu Văn An (only 2025) in 2026 opens on 2025', [2025], '2026-11-23', 2025],
    ['Hồng Bàng (2026 plan) in 2026 opens on 2026', [2026], '2026-03-01', 2026],
  ])('%s', (_name, years, today, year) => {
    expect(defaultYear(years, at(today))).toBe(year);
  });
});

describe('paceNeeded', () => {
  // Hải An DTI (PHỤ LỤC 2 row 20): ≥ 0,77 in 2025, ≥ 0,8 in 2030.
  const dti = [
    { year: 2025, value: 0.77 },
    { year: 2030, value: 0.8 },
    { year: 2035, value: 0.85 },
  ];

  it('without a result, states the plan’s own pace to the next milestone', () => {
    const pace = paceNeeded(dti, null, 2030);
    expect(pace?.basis).toBe('plan');
    expect(pace?.perYear).toBeCloseTo(0.006, 6);
    expect([pace?.fromYear, pace?.toYear, pace?.toValue]).toEqual([2025, 2030, 0.8]);
  });

  it('with a result, measures from the result to the next milestone', () => {
    const pace = paceNeeded(dti, { year: 2026, value: 0.73 }, 2027);
    expect(pace?.basis).toBe('result');
    expect(pace?.perYear).toBeCloseTo((0.8 - 0.73) / 4, 6);
  });

  it('has nothing left to close once the milestone year is reported', () => {
    expect(paceNeeded([{ year: 2025, value: 70 }], { year: 2025, value: 82.54 }, 2025)).toBeNull();
    expect(paceNeeded([{ year: 2025, value: 70 }], null, 2025)).toBeNull();
  });
});

describe('gapAhead', () => {
  it('is positive when ahead: Chu Văn An 82,54% against ≥ 70%', () => {
    expect(gapAhead(82.54, 70, 'increase')).toBeCloseTo(12.54, 6);
    expect(gapAhead(5, 3, 'decrease')).toBe(-2);
    expect(gapAhead(null, 3, 'increase')).toBeNull();
  });
});
