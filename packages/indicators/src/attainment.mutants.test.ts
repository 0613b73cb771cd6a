import { describe, expect, it } from 'vitest';
import { attainment, type Goal, gapInUnit, isMet } from './attainment.ts';
import type { Direction } from './types.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md): the
// comparator × direction combinations the seed-based table in attainment.test.ts leaves out,
// and the edges of each band. Expected values are worked out by hand in the labels.

const g = (comparator: Goal['comparator'], value: number, valueHigh?: number): Goal => ({
  comparator,
  value,
  ...(valueHigh !== undefined ? { valueHigh } : {}),
});

describe('attainment and isMet beyond the seed table', () => {
  it.each<[string, number, Goal, Direction, number, boolean]>([
    // A printed band on a lower-is-better indicator: the band's top is the ceiling.
    ['20-22 (lower), 25 → 22/25', 25, g('range', 20, 22), 'lower', 22 / 25, false],
    ['20-22 (lower), 21 → inside', 21, g('range', 20, 22), 'lower', 1, true],
    ['20-22 (lower), 10 → under the band is fine', 10, g('range', 20, 22), 'lower', 1, true],
    ['20-22 (lower), 22 → the top is met', 22, g('range', 20, 22), 'lower', 1, true],
    // A "band" printed as one figure: the figure is both edges.
    ['range 20 (lower), 25 → 20/25', 25, g('range', 20), 'lower', 0.8, false],
    ['range 20 (range), 25 → 20/25', 25, g('range', 20), 'range', 0.8, false],
    ['range 20 (range), 10 → 10/20', 10, g('range', 20), 'range', 0.5, false],
    ['range 20 (range), 20 → exact', 20, g('range', 20), 'range', 1, true],
    // Edges of a two-sided band.
    ['20-22 (range), 20 → lower edge', 20, g('range', 20, 22), 'range', 1, true],
    ['20-22 (range), 22 → upper edge', 22, g('range', 20, 22), 'range', 1, true],
    ['20-22 (range), 23 → 22/23', 23, g('range', 20, 22), 'range', 22 / 23, false],
    ['45-50 (higher), 45 → the floor is met', 45, g('range', 45, 50), 'higher', 1, true],
    ['45-50 (higher), 44 → 44/45', 44, g('range', 45, 50), 'higher', 44 / 45, false],
    // A bare figure on a band indicator is a point: above and below both fall short.
    ['đạt 5 (range), 5', 5, g('reach', 5), 'range', 1, true],
    ['đạt 5 (range), 4 → 4/5', 4, g('reach', 5), 'range', 0.8, false],
    ['đạt 5 (range), 6 → 5/6', 6, g('reach', 5), 'range', 5 / 6, false],
    // A floor on a band indicator stays a floor.
    ['≥ 5 (range), 10', 10, g('gte', 5), 'range', 1, true],
    ['> 5 (range), 4 → 4/5', 4, g('gt', 5), 'range', 0.8, false],
    // A ceiling comparator wins over the indicator's direction.
    ['< 2 (higher), 1', 1, g('lt', 2), 'higher', 1, true],
    ['< 2 (range), 4 → 2/4', 4, g('lt', 2), 'range', 0.5, false],
    ['≤ 2 (higher), 4 → 2/4', 4, g('lte', 2), 'higher', 0.5, false],
    // Strict ceilings: reaching the figure scores 1 but is not "dưới".
    ['< 2 (lower), 2 → not under', 2, g('lt', 2), 'lower', 1, false],
    ['< 2 (lower), 1,9', 1.9, g('lt', 2), 'lower', 1, true],
    ['≤ 2 (lower), 2', 2, g('lte', 2), 'lower', 1, true],
    ['≥ 70, 69,9 → just short', 69.9, g('gte', 70), 'higher', 69.9 / 70, false],
    ['đạt 2 (lower), 2 → met', 2, g('reach', 2), 'lower', 1, true],
    ['đạt 2 (lower), 1 → under is fine', 1, g('reach', 2), 'lower', 1, true],
    // A zero ceiling uses 1 / (1 + x): 3 incidents → 1/4.
    ['≤ 0 (lower), 3 → 1/4', 3, g('lte', 0), 'lower', 0.25, false],
    // A negative value below a positive floor is clipped at 0, not negative.
    ['≥ 10, −5 → 0', -5, g('gte', 10), 'higher', 0, false],
    // A zero floor: any x ≥ 0 meets it; a negative x gets 0.
    ['≥ 0, −1 → 0', -1, g('gte', 0), 'higher', 0, false],
  ])('%s', (_label, value, goal, direction, expected, met) => {
    expect(attainment(value, goal, direction)).toBeCloseTo(expected, 10);
    expect(isMet(value, goal, direction)).toBe(met);
  });
});

describe('gapInUnit beyond the seed table', () => {
  it.each<[string, number, Goal, Direction, number]>([
    ['18 below 20-22 is 2 short', 18, g('range', 20, 22), 'range', 2],
    ['20 on the lower edge of 20-22 has no gap', 20, g('range', 20, 22), 'range', 0],
    ['22 on the upper edge of 20-22 has no gap', 22, g('range', 20, 22), 'range', 0],
    ['25 against 20-22 (lower) is 3 over the top', 25, g('range', 20, 22), 'lower', 3],
    ['18 against 20-22 (lower) is 4 under the top', 18, g('range', 20, 22), 'lower', -4],
    ['60 against 45-50 (higher) is 15 ahead of the floor', 60, g('range', 45, 50), 'higher', -15],
    ['1 against ≤ 2 is 1 under the ceiling', 1, g('lte', 2), 'lower', -1],
    ['5 against đạt 5 on a band indicator has no gap', 5, g('reach', 5), 'range', 0],
    ['7 against đạt 5 on a band indicator is 2 over', 7, g('reach', 5), 'range', 2],
  ])('%s', (_label, value, goal, direction, expected) => {
    expect(gapInUnit(value, goal, direction)).toBeCloseTo(expected, 10);
  });
});
