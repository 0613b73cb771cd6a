import type { Goal } from './attainment.ts';
import type { Comparator, Direction, QuantitativeTarget } from './types.ts';

/** How an expected target for a year was obtained. */
export type TrajectoryBasis =
  | 'milestone' // the year is a milestone year
  | 'interpolated' // between two milestones, linearly
  | 'from-baseline' // before the first milestone, from the ward's earliest observation
  | 'recurring'; // an annual target ("hàng năm") applies every year from its own

/**
 * Which rule chose the goal when several targets apply to one year: `single` (one target),
 * `more-demanding` (two targets for the year, e.g. Hải An's 2030 budget share in PHỤ LỤC 1 and
 * PHỤ LỤC 2: the more demanding counts, and both are cited).
 */
export type TargetRule = 'single' | 'more-demanding';

export interface ExpectedTarget extends Goal {
  year: number;
  basis: TrajectoryBasis;
  /** Ids of every target the goal comes from or competed with for the year, all to be cited. */
  from: string[];
  rule: TargetRule;
}

export interface Baseline {
  year: number;
  value: number;
}

/**
 * The milestones of one ward and indicator: one goal per year. When a plan sets the same
 * indicator twice for one year (Hải An's PHỤ LỤC 1 and PHỤ LỤC 2 both set the 2030 budget
 * share), the more demanding goal counts, as in "the worst symbol wins"; `sameYear` keeps the
 * others so they are cited too.
 */
export function milestones(
  targets: readonly QuantitativeTarget[],
  direction: Direction,
): QuantitativeTarget[] {
  return milestoneGroups(targets, direction).map((g) => g.winner);
}

interface MilestoneGroup {
  winner: QuantitativeTarget;
  all: QuantitativeTarget[];
}

function milestoneGroups(
  targets: readonly QuantitativeTarget[],
  direction: Direction,
): MilestoneGroup[] {
  const byYear = new Map<number, MilestoneGroup>();
  for (const t of targets) {
    if (t.recurring) continue;
    const current = byYear.get(t.year);
    if (!current) byYear.set(t.year, { winner: t, all: [t] });
    else {
      current.all.push(t);
      if (moreDemanding(t, current.winner, direction)) current.winner = t;
    }
  }
  return [...byYear.values()].sort((a, b) => a.winner.year - b.winner.year);
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

const goalOf = (t: QuantitativeTarget): Goal =>
  t.valueHigh !== undefined
    ? { comparator: t.comparator, value: t.value, valueHigh: t.valueHigh }
    : { comparator: t.comparator, value: t.value };

/**
 * An expected target, built in one object literal: spreading the goal into it (V8's slow
 * copy path) was a large share of scoring time at 3,321 units.
 */
function expectedOf(
  goal: Goal,
  year: number,
  basis: TrajectoryBasis,
  from: string[],
  rule: TargetRule,
): ExpectedTarget {
  return goal.valueHigh !== undefined
    ? {
        comparator: goal.comparator,
        value: goal.value,
        valueHigh: goal.valueHigh,
        year,
        basis,
        from,
        rule,
      }
    : { comparator: goal.comparator, value: goal.value, year, basis, from, rule };
}

/**
 * The target a ward is expected to meet in `year` (see SCORING.md, "Trajectory"):
 * - a milestone year: that milestone (the more demanding of two for one year, both cited);
 * - between milestones: linear interpolation;
 * - after the last milestone: nothing — a plan's targets end with it (a target is not "held"
 *   into years the plan never spoke of);
 * - before the first milestone: linear from the baseline (the ward's earliest observation before
 *   that milestone) when there is one, otherwise no expectation (null) — a ward with only a 2030
 *   target is judged against it in 2030;
 * - an annual target applies to every year from its own; a milestone or interpolation counts
 *   instead only where it asks for strictly more.
 */
export function expectedTarget(
  targets: readonly QuantitativeTarget[],
  direction: Direction,
  year: number,
  baseline?: Baseline,
): ExpectedTarget | null {
  const groups = milestoneGroups(targets, direction);
  const recurring = targets.filter((t) => t.recurring === 'annual' && t.year <= year);
  const fromStones = expectedFromMilestones(groups, year, baseline);
  const annual = recurring.reduce<QuantitativeTarget | undefined>(
    (best, t) => (!best || moreDemanding(t, best, direction) ? t : best),
    undefined,
  );
  if (!annual) return fromStones;
  const cited = [...new Set([...recurring.map((t) => t.id), ...(fromStones?.from ?? [])])];
  const annualGoal = expectedOf(
    goalOf(annual),
    year,
    'recurring',
    cited,
    cited.length > 1 ? 'more-demanding' : 'single',
  );
  if (!fromStones) return annualGoal;
  const asksMore = (a: number, b: number) => (direction === 'lower' ? a < b : a > b);
  // A milestone printed for this very year wins a tie; an interpolated value never beats a
  // printed annual target it merely equals.
  const useStones =
    fromStones.basis === 'milestone'
      ? !asksMore(annual.value, fromStones.value)
      : asksMore(fromStones.value, annual.value);
  return useStones
    ? expectedOf(fromStones, year, fromStones.basis, cited, 'more-demanding')
    : annualGoal;
}

function expectedFromMilestones(
  groups: readonly MilestoneGroup[],
  year: number,
  baseline?: Baseline,
): ExpectedTarget | null {
  const first = groups[0]?.winner;
  const last = groups[groups.length - 1]?.winner;
  if (!first || !last) return null;

  const exact = groups.find((g) => g.winner.year === year);
  if (exact) {
    return expectedOf(
      goalOf(exact.winner),
      year,
      'milestone',
      exact.all.map((t) => t.id),
      exact.all.length > 1 ? 'more-demanding' : 'single',
    );
  }
  if (year > last.year) return null;
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
    return expectedOf(goal, year, 'from-baseline', [first.id], 'single');
  }
  const nextIndex = groups.findIndex((g) => g.winner.year > year);
  const next = groups[nextIndex]?.winner;
  const previous = groups[nextIndex - 1]?.winner;
  if (!next || !previous) return null;
  return expectedOf(
    between(previous, next, year),
    year,
    'interpolated',
    [previous.id, next.id],
    'single',
  );
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
