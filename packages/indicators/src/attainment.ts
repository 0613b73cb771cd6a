import type { Comparator, Direction } from './types.ts';

/** A target as scoring needs it: comparator and bounds, in the indicator's unit. */
export interface Goal {
  comparator: Comparator;
  value: number;
  valueHigh?: number;
}

/** The band [low, high] a goal asks for, given the indicator's direction. */
function band(goal: Goal, direction: Direction): { low: number; high: number } {
  if (goal.comparator === 'range') {
    // On a directional indicator a printed band ("45-50%") reads as "at least the lower bound":
    // going beyond the band is not penalised.
    if (direction === 'higher') return { low: goal.value, high: Number.POSITIVE_INFINITY };
    if (direction === 'lower')
      return { low: Number.NEGATIVE_INFINITY, high: goal.valueHigh ?? goal.value };
    return { low: goal.value, high: goal.valueHigh ?? goal.value };
  }
  if (goal.comparator === 'lte' || goal.comparator === 'lt')
    return { low: Number.NEGATIVE_INFINITY, high: goal.value };
  if (direction === 'lower') return { low: Number.NEGATIVE_INFINITY, high: goal.value };
  if (direction === 'range' && goal.comparator === 'reach')
    return { low: goal.value, high: goal.value };
  // gte, gt, and a level to reach on a higher-is-better indicator: the level is a floor.
  return { low: goal.value, high: Number.POSITIVE_INFINITY };
}

/** Share of the way to a floor, from the natural zero: x / floor, clipped; a zero floor is met by any x ≥ 0. */
function towardsFloor(x: number, floor: number): number {
  if (x >= floor) return 1;
  if (floor <= 0) return 0;
  return Math.max(0, x / floor);
}

/**
 * Share of the way to a ceiling when lower is better: ceiling / x once above it. Unit-free, so it
 * needs no worst-case bound; a zero ceiling uses 1 / (1 + x).
 */
function towardsCeiling(x: number, ceiling: number): number {
  if (x <= ceiling) return 1;
  if (ceiling <= 0) return 1 / (1 + x);
  return ceiling / x;
}

/**
 * Attainment in [0, 1]: how far the value has come towards the goal. 1 means the goal's level
 * is reached; strictness (">" vs "≥") is left to `isMet`, so that a rounded report of exactly
 * 95% against "trên 95%" scores 1 but is not counted as met.
 */
export function attainment(value: number, goal: Goal, direction: Direction): number {
  const { low, high } = band(goal, direction);
  if (value < low) return towardsFloor(value, low);
  if (value > high) return towardsCeiling(value, high);
  return 1;
}

/** Whether the value satisfies the goal exactly as printed, strict comparators included. */
export function isMet(value: number, goal: Goal, direction: Direction): boolean {
  switch (goal.comparator) {
    case 'gt':
      return value > goal.value;
    case 'lt':
      return value < goal.value;
    case 'gte':
      return value >= goal.value;
    case 'lte':
      return value <= goal.value;
    case 'range':
      if (direction === 'higher') return value >= goal.value;
      if (direction === 'lower') return value <= (goal.valueHigh ?? goal.value);
      return value >= goal.value && value <= (goal.valueHigh ?? goal.value);
    case 'reach':
      if (direction === 'lower') return value <= goal.value;
      if (direction === 'range') return value === goal.value;
      return value >= goal.value;
  }
}

/** Attainment of a qualitative target: met 1, not met 0, unknown null. */
export function qualitativeAttainment(met: boolean | undefined): number | null {
  if (met === undefined) return null;
  return met ? 1 : 0;
}

/**
 * Gap in the indicator's unit: how much is still missing (positive) or how far the value is
 * beyond the goal (negative). For a band, the distance to its nearest edge (0 inside).
 */
export function gapInUnit(value: number, goal: Goal, direction: Direction): number {
  const { low, high } = band(goal, direction);
  if (Number.isFinite(low) && !Number.isFinite(high)) return low - value;
  if (!Number.isFinite(low) && Number.isFinite(high)) return value - high;
  if (value < low) return low - value;
  if (value > high) return value - high;
  return 0;
}
