import { describe, expect, it } from 'vitest';
import { type Point, paceRatio, project, slope } from './projection.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).
// Expected values are worked out by hand in the comments, not taken from the code.

const pts = (...pairs: [number, number][]): Point[] =>
  pairs.map(([year, value]) => ({ year, value }));

describe('slope', () => {
  it.each<[string, Point[], number | null]>([
    // Two readings in one year say nothing about a trend.
    ['two points in one year', pts([2025, 70], [2025, 76]), null],
    ['no points', [], null],
    // x̄ = 2026, Σ(x−x̄)² = 2, Σ(x−x̄)·y = −1·60 + 1·70 = 10 → 5 a year.
    ['three years, unequal spacing of values', pts([2025, 60], [2026, 61], [2027, 70]), 5],
    // A repeated year counts twice: x̄ = 2025,5, Σ(x−x̄)² = 1, Σ(x−x̄)·y = −0,5·(10+20) + 0,5·(30+40) = 20.
    ['a repeated year weighs twice', pts([2025, 10], [2025, 20], [2026, 30], [2026, 40]), 20],
    // Order does not matter.
    ['unsorted input', pts([2027, 70], [2025, 60], [2026, 61]), 5],
  ])('%s → %s', (_label, points, expected) => {
    const m = slope(points);
    if (expected === null) expect(m).toBeNull();
    else expect(m).toBeCloseTo(expected, 10);
  });
});

describe('project', () => {
  it('anchors at the latest year even when it is listed first', () => {
    // 76% in 2026, 70% in 2025: +6 a year, 9 points left to 85% → 2026 + 1,5.
    const p = project(pts([2026, 76], [2025, 70]), 85, 'higher');
    expect(p?.yearReached).toBeCloseTo(2027.5, 10);
  });

  it('anchors at the latest year of a noisy, unsorted series', () => {
    // Slope 4,5 (as above); the latest reading is 69 in 2027, 9 short of 78 → 2027 + 2 = 2029.
    // Anchoring at the last-listed point (66 in 2026) would give 2026 + 12/4,5 ≈ 2028,67.
    const p = project(pts([2027, 69], [2025, 60], [2026, 66]), 78, 'higher');
    expect(p?.yearReached).toBeCloseTo(2029, 10);
    // Pace: 9 left over 3 years to 2030 is 3 a year, against 4,5 observed → 1,5.
    expect(paceRatio(pts([2027, 69], [2025, 60], [2026, 66]), 78, 2030, 'higher')).toBeCloseTo(
      1.5,
      10,
    );
  });

  it('a flat series below the goal is not improving and never gets there', () => {
    expect(project(pts([2025, 70], [2026, 70]), 85, 'higher')).toEqual({
      slopePerYear: 0,
      yearReached: null,
      improving: false,
    });
  });

  it('a goal met exactly is reached at the latest observation, even while falling', () => {
    // Latest value 85 equals the goal: nothing remains, whatever the trend.
    expect(project(pts([2025, 90], [2026, 85]), 85, 'higher')).toEqual({
      slopePerYear: -5,
      yearReached: 2026,
      improving: false,
    });
  });

  it.each<[string, Point[], number, 'higher' | 'lower', number | null, boolean]>([
    // Lower is better: 10 → 8 (−2 a year), goal 2: 6 left at 2 a year → 2029.
    ['lower, falling', pts([2025, 10], [2026, 8]), 2, 'lower', 2029, true],
    // Lower is better but rising: 8 → 10, goal 2 → never.
    ['lower, rising', pts([2025, 8], [2026, 10]), 2, 'lower', null, false],
    // Lower is better and already under the goal: reached at the latest year.
    ['lower, already under', pts([2025, 3], [2026, 1]), 2, 'lower', 2026, true],
    // Higher is better, rising by 4 a year from 80 (2026) to 100: 20 / 4 = 5 → 2031.
    ['higher, rising', pts([2025, 76], [2026, 80]), 100, 'higher', 2031, true],
  ])('%s', (_label, points, goal, direction, yearReached, improving) => {
    const p = project(points, goal, direction);
    expect(p?.improving).toBe(improving);
    if (yearReached === null) expect(p?.yearReached).toBeNull();
    else expect(p?.yearReached).toBeCloseTo(yearReached, 10);
  });
});

describe('paceRatio', () => {
  it.each<[string, Point[], number, number, 'higher' | 'lower', number | null]>([
    // Lower is better: −2 a year observed; from 8 (2026) to 2 by 2030 needs −1,5 a year → 4/3.
    ['lower, falling fast enough', pts([2025, 10], [2026, 8]), 2, 2030, 'lower', 4 / 3],
    // Lower is better and rising: +2 a year against −1,5 needed → −4/3.
    ['lower, rising', pts([2025, 6], [2026, 8]), 2, 2030, 'lower', -4 / 3],
    // Goal met exactly (remaining 0) while falling: still counts as met, not as −∞.
    ['met exactly, falling', pts([2025, 90], [2026, 85]), 85, 2030, 'higher', Infinity],
    // Goal year equal to the latest year and not met: no time left → null (not a division by 0).
    ['goal year is the latest year', pts([2029, 70], [2030, 72]), 85, 2030, 'higher', null],
    // Latest listed first: anchor 76 (2026); 9 left over 4 years = 2,25 a year against +6.
    [
      'anchored at the latest, listed first',
      pts([2026, 76], [2025, 70]),
      85,
      2030,
      'higher',
      6 / 2.25,
    ],
  ])('%s', (_label, points, goal, goalYear, direction, expected) => {
    const r = paceRatio(points, goal, goalYear, direction);
    if (expected === null) expect(r).toBeNull();
    else if (!Number.isFinite(expected)) expect(r).toBe(expected);
    else expect(r).toBeCloseTo(expected, 10);
  });

  it('is null with fewer than two years', () => {
    expect(paceRatio(pts([2025, 70]), 85, 2030, 'higher')).toBeNull();
  });
});
