import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attainment, type Goal, gapInUnit, isMet, qualitativeAttainment } from './attainment.ts';
import type { Direction } from './types.ts';

const g = (comparator: Goal['comparator'], value: number, valueHigh?: number): Goal => ({
  comparator,
  value,
  ...(valueHigh !== undefined ? { valueHigh } : {}),
});

describe('attainment for every comparator form in the seeds', () => {
  it.each<[string, number, Goal, Direction, number, boolean]>([
    // Chu Văn An 2025: contactless 82,54% against "≥ 70%" — over-achievement is capped at 1.
    ['≥ 70%, actual 82,54%', 82.54, g('gte', 70), 'higher', 1, true],
    ['≥ 70%, actual 56%', 56, g('gte', 70), 'higher', 0.8, false],
    // Hồng Bàng "tối thiểu 3% ngân sách": half way.
    ['tối thiểu 3%, actual 1,5%', 1.5, g('gte', 3), 'higher', 0.5, false],
    // Hải An PHỤ LỤC 1 "Phấn đấu đạt 3%": a bare figure on a higher-is-better indicator is a floor.
    ['Phấn đấu đạt 3%, actual 3%', 3, g('reach', 3), 'higher', 1, true],
    ['Phấn đấu đạt 3%, actual 4%', 4, g('reach', 3), 'higher', 1, true],
    // Hải An 2045 "Đạt trên 3,5%": reaching exactly 3,5 scores 1 but is not "trên".
    ['Đạt trên 3,5%, actual 3,5%', 3.5, g('gt', 3.5), 'higher', 1, false],
    ['Đạt trên 3,5%, actual 3,6%', 3.6, g('gt', 3.5), 'higher', 1, true],
    // Hồng Bàng "trên 95%" satisfaction.
    ['> 95%, actual 90%', 90, g('gt', 95), 'higher', 90 / 95, false],
    // Hải An "100%" 5G coverage.
    ['100%, actual 60%', 60, g('reach', 100), 'higher', 0.6, false],
    // Hải An ward DTI "≥ 0,77" (index 0–1).
    ['≥ 0,77, actual 0,616', 0.616, g('gte', 0.77), 'higher', 0.8, false],
    ['Đạt 1,0, actual 1,0', 1, g('reach', 1), 'higher', 1, true],
    // Hồng Bàng "tối thiểu có 10 sáng kiến" (count per year).
    ['≥ 10 initiatives, actual 7', 7, g('gte', 10), 'higher', 0.7, false],
    // Hải An "20-22%" technology renewal rate: a band.
    ['20-22%, actual 21%', 21, g('range', 20, 22), 'range', 1, true],
    ['20-22%, actual 10%', 10, g('range', 20, 22), 'range', 0.5, false],
    ['20-22%, actual 44%', 44, g('range', 20, 22), 'range', 0.5, false],
    // Hải An "45-50%" digital-economy share: higher is better, the band's floor is the goal.
    ['45-50% (higher), actual 60%', 60, g('range', 45, 50), 'higher', 1, true],
    ['45-50% (higher), actual 36%', 36, g('range', 45, 50), 'higher', 0.8, false],
    // Zero targets.
    ['≥ 0, actual 0', 0, g('gte', 0), 'higher', 1, true],
    ['≤ 0 incidents, actual 1', 1, g('lte', 0), 'lower', 0.5, false],
    ['≤ 0 incidents, actual 0', 0, g('lte', 0), 'lower', 1, true],
    // Lower is better.
    ['≤ 2, actual 4', 4, g('lte', 2), 'lower', 0.5, false],
    ['≤ 2, actual 1', 1, g('lte', 2), 'lower', 1, true],
    ['reach 2 (lower), actual 3', 3, g('reach', 2), 'lower', 2 / 3, false],
  ])('%s', (_label, value, goal, direction, expected, met) => {
    expect(attainment(value, goal, direction)).toBeCloseTo(expected, 10);
    expect(isMet(value, goal, direction)).toBe(met);
  });

  it('scores qualitative targets met / not met / unknown', () => {
    expect(qualitativeAttainment(true)).toBe(1);
    expect(qualitativeAttainment(false)).toBe(0);
    expect(qualitativeAttainment(undefined)).toBeNull();
  });
});

describe('gap in the unit of the indicator', () => {
  it.each<[string, number, Goal, Direction, number]>([
    ['82,54% against ≥ 70% is 12,54 points ahead', 82.54, g('gte', 70), 'higher', -12.54],
    ['56% against ≥ 70% is 14 points short', 56, g('gte', 70), 'higher', 14],
    ['4 against ≤ 2 is 2 too many', 4, g('lte', 2), 'lower', 2],
    ['21 inside 20-22 has no gap', 21, g('range', 20, 22), 'range', 0],
    ['25 above 20-22 is 3 over', 25, g('range', 20, 22), 'range', 3],
  ])('%s', (_label, value, goal, direction, expected) => {
    expect(gapInUnit(value, goal, direction)).toBeCloseTo(expected, 10);
  });
});

describe('attainment properties', () => {
  const goal = fc.record({
    comparator: fc.constantFrom<Goal['comparator']>('gte', 'gt', 'reach', 'lte', 'lt'),
    value: fc.double({ min: 0, max: 1e9, noNaN: true }),
  });
  const value = fc.double({ min: 0, max: 1e9, noNaN: true });

  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(
        goal,
        value,
        fc.constantFrom<Direction>('higher', 'lower', 'range'),
        (gl, x, d) => {
          const a = attainment(x, gl, d);
          return a >= 0 && a <= 1;
        },
      ),
    );
  });

  it('never falls as the value rises when higher is better', () => {
    fc.assert(
      fc.property(
        goal.filter((gl) => gl.comparator !== 'lte' && gl.comparator !== 'lt'),
        value,
        value,
        (gl, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return attainment(lo, gl, 'higher') <= attainment(hi, gl, 'higher');
        },
      ),
    );
  });

  it('never rises as the value rises when lower is better', () => {
    fc.assert(
      fc.property(goal, value, value, (gl, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return attainment(lo, gl, 'lower') >= attainment(hi, gl, 'lower');
      }),
    );
  });

  it('is 1 exactly inside a band and below 1 outside it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        value,
        (low, width, x) => {
          const gl = g('range', low, low + width);
          const inside = x >= low && x <= low + width;
          return inside ? attainment(x, gl, 'range') === 1 : attainment(x, gl, 'range') < 1;
        },
      ),
    );
  });
});
