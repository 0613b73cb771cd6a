import type { Direction } from './types.ts';

export interface Point {
  year: number;
  value: number;
}

export interface Projection {
  /** Ordinary least-squares slope, in the indicator's unit per year. */
  slopePerYear: number;
  /** First (fractional) year the fitted line reaches `goal`; null when the pace never gets there. */
  yearReached: number | null;
  /** Whether the fitted line moves the way the indicator wants. */
  improving: boolean;
}

/** Least-squares slope of value over year; null with fewer than two distinct years. */
export function slope(points: readonly Point[]): number | null {
  const years = new Set(points.map((p) => p.year));
  if (years.size < 2) return null;
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.year - meanX) * (p.value - meanY);
    den += (p.year - meanX) ** 2;
  }
  return num / den;
}

/**
 * Projects when a goal level is reached at the current pace (linear trend through all
 * observations, anchored at the latest one). Needs two or more observations in different years.
 */
export function project(
  points: readonly Point[],
  goal: number,
  direction: Exclude<Direction, 'range'>,
): Projection | null {
  const m = slope(points);
  if (m === null) return null;
  const latest = points.reduce((a, b) => (b.year > a.year ? b : a));
  const sign = direction === 'lower' ? -1 : 1;
  const improving = sign * m > 0;
  const remaining = sign * (goal - latest.value);
  let yearReached: number | null;
  if (remaining <= 0) yearReached = latest.year;
  else if (!improving) yearReached = null;
  else yearReached = latest.year + remaining / (sign * m);
  return { slopePerYear: m, yearReached, improving };
}

/**
 * Pace ratio as in Open SDG: observed annual change over the annual change required to reach the
 * goal by its year, from the latest observation. ≥ 1 means fast enough; negative means moving away.
 * Null when it cannot be computed (fewer than two years, or the goal year has passed).
 */
export function paceRatio(
  points: readonly Point[],
  goal: number,
  goalYear: number,
  direction: Exclude<Direction, 'range'>,
): number | null {
  const m = slope(points);
  if (m === null) return null;
  const latest = points.reduce((a, b) => (b.year > a.year ? b : a));
  const sign = direction === 'lower' ? -1 : 1;
  const remaining = sign * (goal - latest.value);
  if (remaining <= 0) return Number.POSITIVE_INFINITY;
  if (goalYear <= latest.year) return null;
  const required = remaining / (goalYear - latest.year);
  return (sign * m) / required;
}
