import type { Goal } from './attainment.ts';
import type { Comparator, Direction, QuantitativeTarget } from './types.ts';

/** How an expected target for a year was obtained. */
export type TrajectoryBasis =
  | 'milestone' // the year is a milestone year
  | 'interpolated' // between two milestones, linearly
  | 'from-baseline' // before the first milestone, from the ward's earliest observation
  | 'held' // after the last milestone, the last milestone is kept
  | 'recurring'; // an annual target ("hàng năm") applies every year from its own

export interface ExpectedTarget extends Goal {
  year: number;
  basis: TrajectoryBasis;
  /** Ids of the targets the value comes from (one or two milestones). */
  from: string[];
}

export interface Baseline {
  year: number;
  value: number;
}

/**
 * The milestones of one ward and indicator: one goal per year. When a plan sets the same
 * indicator twice for one year (Hải An's body text, PHỤ LỤC 1 and PHỤ LỤC 2 all set the 2030
 * budget share), the more demanding goal counts, as in "the worst symbol wins".
 */
export function milestones(
  targets: readonly QuantitativeTarget[],
  direction: Direction,
): QuantitativeTarget[] {
  const byYear = new Map<number, QuantitativeTarget>();
  for (const t of targets) {
    if (t.recurring) continue;
    const current = byYear.get(t.year);
    if (!current || moreDemanding(t, current, direction)) byYear.set(t.year, t);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function strictness(c: Comparator): number {
  return c === 'gt' || c === 'lt' ? 1 : 0;
}

function moreDemanding(
  a: QuantitativeTarget,
  b: QuantitativeTarget,
  direction: Direction,
): boolean {
  if (a.value !== b.value) return direction === 'lower' ? a.value < b.value : a.value > b.value;
  return strictness(a.comparator) > strictness(b.comparator);
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** Interpolated goal between two milestones; a point is a band of width 0 when the other is a range. */
function between(a: QuantitativeTarget, b: QuantitativeTarget, year: number): Goal {
  const t = (year - a.year) / (b.year - a.year);
  const low = lerp(a.value, b.value, t);
  if (a.comparator === 'range' || b.comparator === 'range') {
    return {
      comparator: 'range',
      value: low,
      valueHigh: lerp(a.valueHigh ?? a.value, b.valueHigh ?? b.value, t),
    };
  }
  // The later milestone's comparator governs the path towards it.
  return { comparator: b.comparator, value: low };
}

const goalOf = (t: QuantitativeTarget): Goal => ({
  comparator: t.comparator,
  value: t.value,
  ...(t.valueHigh !== undefined ? { valueHigh: t.valueHigh } : {}),
});

/**
 * The target a ward is expected to meet in `year` (see SCORING.md, "Trajectory"):
 * - a milestone year: that milestone;
 * - between milestones: linear interpolation;
 * - after the last milestone: the last milestone, held;
 * - before the first milestone: linear from the baseline (the ward's earliest observation before
 *   that milestone) when there is one, otherwise no expectation (null) — a ward with only a 2030
 *   target is judged against it from 2030, and by its projected pace before then;
 * - an annual target applies to every year from its own, unless a milestone is stricter.
 */
export function expectedTarget(
  targets: readonly QuantitativeTarget[],
  direction: Direction,
  year: number,
  baseline?: Baseline,
): ExpectedTarget | null {
  const stones = milestones(targets, direction);
  const recurring = targets.filter((t) => t.recurring === 'annual' && t.year <= year);
  const fromStones = expectedFromMilestones(stones, year, baseline);
  const annual = recurring.reduce<QuantitativeTarget | undefined>(
    (best, t) => (!best || moreDemanding(t, best, direction) ? t : best),
    undefined,
  );
  if (!annual) return fromStones;
  const annualGoal: ExpectedTarget = {
    ...goalOf(annual),
    year,
    basis: 'recurring',
    from: [annual.id],
  };
  if (!fromStones) return annualGoal;
  const stricter =
    direction === 'lower' ? annual.value < fromStones.value : annual.value > fromStones.value;
  return stricter ? annualGoal : fromStones;
}

function expectedFromMilestones(
  stones: readonly QuantitativeTarget[],
  year: number,
  baseline?: Baseline,
): ExpectedTarget | null {
  const first = stones[0];
  const last = stones[stones.length - 1];
  if (!first || !last) return null;

  const exact = stones.find((s) => s.year === year);
  if (exact) return { ...goalOf(exact), year, basis: 'milestone', from: [exact.id] };
  if (year > last.year) return { ...goalOf(last), year, basis: 'held', from: [last.id] };
  if (year < first.year) {
    if (!baseline || baseline.year >= first.year || baseline.year > year) return null;
    const t = (year - baseline.year) / (first.year - baseline.year);
    const goal: Goal =
      first.comparator === 'range'
        ? {
            comparator: 'range',
            value: lerp(baseline.value, first.value, t),
            valueHigh: lerp(baseline.value, first.valueHigh ?? first.value, t),
          }
        : { comparator: first.comparator, value: lerp(baseline.value, first.value, t) };
    return { ...goal, year, basis: 'from-baseline', from: [first.id] };
  }
  const nextIndex = stones.findIndex((s) => s.year > year);
  const next = stones[nextIndex];
  const previous = stones[nextIndex - 1];
  if (!next || !previous) return null;
  return {
    ...between(previous, next, year),
    year,
    basis: 'interpolated',
    from: [previous.id, next.id],
  };
}

/** Expected targets for every year of a span (for charts). */
export function trajectorySeries(
  targets: readonly QuantitativeTarget[],
  direction: Direction,
  fromYear: number,
  toYear: number,
  baseline?: Baseline,
): ExpectedTarget[] {
  const series: ExpectedTarget[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const expected = expectedTarget(targets, direction, year, baseline);
    if (expected) series.push(expected);
  }
  return series;
}

/**
 * Years behind (positive) or ahead (negative) of the trajectory: the observation year minus the
 * year in which the trajectory first asks for the observed level (linear within segments).
 * A value beyond the last milestone counts as ahead by the years left until that milestone.
 * Null for band-type indicators and when the observed level is below the trajectory's start,
 * where the year the plan expected it is unknown.
 */
export function yearsOffTrajectory(
  targets: readonly QuantitativeTarget[],
  direction: Direction,
  observation: { year: number; value: number },
  baseline?: Baseline,
): number | null {
  if (direction === 'range') return null;
  const sign = direction === 'lower' ? -1 : 1;
  const stones = milestones(targets, direction);
  const points = [
    ...(baseline && stones[0] && baseline.year < stones[0].year
      ? [{ year: baseline.year, value: baseline.value }]
      : []),
    ...stones.map((s) => ({ year: s.year, value: s.value })),
  ].map((p) => ({ year: p.year, value: sign * p.value }));
  const x = sign * observation.value;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  if (x < first.value) return null;
  let reachedIn: number | undefined;
  if (x === first.value) reachedIn = first.year;
  for (let i = 1; i < points.length && reachedIn === undefined; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && a.value < x && x <= b.value) {
      reachedIn = a.year + ((x - a.value) / (b.value - a.value)) * (b.year - a.year);
    }
  }
  if (reachedIn === undefined) return round1(Math.min(0, observation.year - last.year));
  return round1(observation.year - reachedIn);
}

const round1 = (x: number) => Math.round(x * 10) / 10 + 0;
