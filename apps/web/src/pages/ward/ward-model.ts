/**
 * Pure calculations behind a ward leader's page: which year it opens on, and for each target how
 * far the ward is, how many years behind, and what pace it now needs.
 */

/** This year, or the ward's first milestone year if its plan starts later (its last if it ended). */
export function defaultYear(targetYears: readonly number[], today: Date): number {
  const now = today.getUTCFullYear();
  if (targetYears.length === 0) return Math.max(2025, now);
  const first = Math.min(...targetYears);
  const last = Math.max(...targetYears);
  return now < first ? first : now > last ? last : now;
}

export interface Pace {
  /** Change needed per year, in the indicator's unit. */
  perYear: number;
  fromYear: number;
  fromValue: number;
  toYear: number;
  toValue: number;
  /** From the latest result, or (no result yet) the plan's own path between its milestones. */
  basis: 'result' | 'plan';
}

/**
 * The pace to the next milestone (at or after `year`): from the latest result when there is one
 * before it, else the plan's own pace from the milestone before. Null when nothing is left to
 * close (the milestone's own year is already reported) or there are no two points.
 */
export function paceNeeded(
  milestones: readonly { year: number; value: number | null }[],
  latest: { year: number; value: number | null } | null,
  year: number,
): Pace | null {
  const numeric = milestones
    .filter((m): m is { year: number; value: number } => m.value !== null)
    .sort((a, b) => a.year - b.year);
  const target = numeric.find((m) => m.year >= year);
  if (!target) return null;
  if (latest && latest.value !== null) {
    if (latest.year >= target.year) return null;
    return {
      perYear: (target.value - latest.value) / (target.year - latest.year),
      fromYear: latest.year,
      fromValue: latest.value,
      toYear: target.year,
      toValue: target.value,
      basis: 'result',
    };
  }
  const before = [...numeric].reverse().find((m) => m.year < target.year);
  if (!before) return null;
  return {
    perYear: (target.value - before.value) / (target.year - before.year),
    fromYear: before.year,
    fromValue: before.value,
    toYear: target.year,
    toValue: target.value,
    basis: 'plan',
  };
}

/**
 * Result minus target, signed so that positive is always "ahead": for an indicator where lower
 * is better the sign flips. Null without both figures.
 */
export function gapAhead(
  result: number | null | undefined,
  target: number | null | undefined,
  direction: string,
): number | null {
  if (result == null || target == null) return null;
  const d = result - target;
  const lowerIsBetter = ['lower', 'decrease'].includes(direction.toLowerCase());
  return lowerIsBetter ? -d : d;
}
