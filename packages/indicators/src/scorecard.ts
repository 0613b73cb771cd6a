import { attainment, gapInUnit, isMet, qualitativeAttainment } from './attainment.ts';
import { getIndicator } from './catalog.ts';
import { SCORING_METHOD_VERSION } from './method.ts';
import { latestObservation, type Observation } from './observation.ts';
import { type Point, type Projection, paceRatio, project } from './projection.ts';
import type { StatusReason } from './reasons.ts';
import { type Status, status } from './status.ts';
import {
  type ExpectedTarget,
  expectedTarget,
  milestones,
  yearsOffTrajectory,
} from './trajectory.ts';
import type {
  PillarCode,
  QualitativeTarget,
  QuantitativeTarget,
  Target,
  WardSlug,
} from './types.ts';

export interface ScorecardRow {
  ward: WardSlug;
  year: number;
  indicator: string;
  pillar: PillarCode;
  kind: 'quantitative' | 'qualitative';
  /** Expected target for the year (quantitative), null when no target applies this year. */
  expected: ExpectedTarget | null;
  /** The next milestone on or after the year, for context. */
  nextMilestone: { year: number; value: number; comparator: string; id: string } | null;
  /** The result of this very year: the only one judged against the year's target. */
  observation: Observation | null;
  /**
   * The latest result of an earlier year, shown as context ("kết quả gần nhất: 2025"), never
   * judged against this year's target.
   */
  earlierObservation: Observation | null;
  /** Whether a target applies this year, so the row counts in coverage and composites. */
  assessable: boolean;
  attainment: number | null;
  met: boolean | null;
  gap: number | null;
  yearsOffTrajectory: number | null;
  status: Status;
  /** Why the status is what it is: render with `explain(reason, year, lang)`. */
  reason: StatusReason;
  projection: Projection | null;
  targetIds: string[];
  method: string;
}

/** The years a target's document covers; targets are assessable only inside them. */
export type PlanPeriodOf = (target: Target) => { start: number; end: number } | undefined;

export interface ScorecardOptions {
  planPeriod?: PlanPeriodOf;
}

/**
 * Scorecard rows for one ward and year: one per indicator the ward has a target for, plus any
 * indicator with a result this year but no target (shown, not judged). A result is evidence for
 * its own year only (SCORING.md §4).
 */
export function scorecard(
  ward: WardSlug,
  year: number,
  targets: readonly Target[],
  observationsByIndicator: ReadonlyMap<string, readonly Observation[]>,
  options: ScorecardOptions = {},
): ScorecardRow[] {
  // Targets by indicator in one pass, in the order given (rows follow the first target of each
  // indicator, then indicators with a result this year but no target).
  const byIndicator = new Map<string, Target[]>();
  for (const t of targets) {
    if (t.ward !== ward) continue;
    const list = byIndicator.get(t.indicator);
    if (list) list.push(t);
    else byIndicator.set(t.indicator, [t]);
  }
  const rows: ScorecardRow[] = [];
  for (const [code, forIndicator] of byIndicator)
    rows.push(row(ward, year, code, forIndicator, observationsByIndicator, options));
  for (const [code, list] of observationsByIndicator)
    if (!byIndicator.has(code) && list.some((o) => o.year === year))
      rows.push(row(ward, year, code, [], observationsByIndicator, options));
  return rows;
}

function row(
  ward: WardSlug,
  year: number,
  code: string,
  forIndicator: readonly Target[],
  observationsByIndicator: ReadonlyMap<string, readonly Observation[]>,
  options: ScorecardOptions,
): ScorecardRow {
  const observations = (observationsByIndicator.get(code) ?? []).filter((o) => o.year <= year);
  const context = { ward, year, code, observations, planPeriod: options.planPeriod };
  const quantitative: QuantitativeTarget[] = [];
  const qualitative: QualitativeTarget[] = [];
  for (const t of forIndicator) {
    if (t.kind === 'target') quantitative.push(t);
    else qualitative.push(t);
  }
  if (quantitative.length > 0) return quantitativeRow(context, quantitative);
  if (qualitative.length > 0) return qualitativeRow(context, qualitative);
  return untargetedRow(context);
}

interface RowContext {
  ward: WardSlug;
  year: number;
  code: string;
  observations: readonly Observation[];
  planPeriod: PlanPeriodOf | undefined;
}

/**
 * A row, built field by field in one object literal. Rows used to be spread together
 * (`{ ...base, ...row, ...notJudged }`): V8 copies spread objects on a slow path, and at
 * 3,321 units (~90,000 rows per year) the spreads were most of the time scoring took.
 */
function makeRow(
  { ward, year, code }: RowContext,
  fields: {
    kind: ScorecardRow['kind'];
    expected: ExpectedTarget | null;
    nextMilestone: ScorecardRow['nextMilestone'];
    observation: Observation | null;
    earlierObservation: Observation | null;
    projection: Projection | null;
    targetIds: string[];
  },
  verdict: {
    assessable: boolean;
    attainment: number | null;
    met: boolean | null;
    gap: number | null;
    yearsOffTrajectory: number | null;
    status: Status;
    reason: StatusReason;
  },
): ScorecardRow {
  return {
    ward,
    year,
    indicator: code,
    pillar: getIndicator(code).pillar,
    method: SCORING_METHOD_VERSION,
    kind: fields.kind,
    expected: fields.expected,
    nextMilestone: fields.nextMilestone,
    observation: fields.observation,
    earlierObservation: fields.earlierObservation,
    projection: fields.projection,
    targetIds: fields.targetIds,
    assessable: verdict.assessable,
    attainment: verdict.attainment,
    met: verdict.met,
    gap: verdict.gap,
    yearsOffTrajectory: verdict.yearsOffTrajectory,
    status: verdict.status,
    reason: verdict.reason,
  };
}

/** A row not judged: no attainment, verdict, gap or distance to the trajectory. */
const notJudged = (
  assessable: boolean,
  status: Status,
  reason: StatusReason,
  attainment: number | null = null,
) => ({ assessable, attainment, met: null, gap: null, yearsOffTrajectory: null, status, reason });

/** Targets whose plan covers the year, or why none does. */
function inForce<T extends Target>(
  targets: readonly T[],
  year: number,
  planPeriod: PlanPeriodOf | undefined,
): { targets: T[]; outside: StatusReason | null } {
  const periods = targets.map((t) => planPeriod?.(t));
  const covering = targets.filter((_t, i) => {
    const p = periods[i];
    return !p || (p.start <= year && year <= p.end);
  });
  if (covering.length > 0 || targets.length === 0) return { targets: covering, outside: null };
  const starts = periods.flatMap((p) => (p && p.start > year ? [p.start] : []));
  if (starts.length > 0)
    return { targets: [], outside: { code: 'before-plan', planStart: Math.min(...starts) } };
  const ends = periods.flatMap((p) => (p ? [p.end] : []));
  return { targets: [], outside: { code: 'after-plan', planEnd: Math.max(...ends) } };
}

const thisYear = (
  observations: readonly Observation[],
  year: number,
  has: (o: Observation) => boolean,
) => observations.find((o) => o.year === year && has(o)) ?? null;

const earlier = (
  observations: readonly Observation[],
  year: number,
  has: (o: Observation) => boolean,
) =>
  latestObservation(
    observations.filter((o) => o.year < year && has(o)),
    year - 1,
  ) ?? null;

const hasValue = (o: Observation) => o.value !== undefined;
const hasVerdict = (o: Observation) => o.met !== undefined;

function quantitativeRow(context: RowContext, all: QuantitativeTarget[]): ScorecardRow {
  const { year, code, observations } = context;
  const { direction, unit } = getIndicator(code);
  const { targets, outside } = inForce(all, year, context.planPeriod);
  const numeric: Point[] = [];
  let earliest: Point | undefined;
  for (const o of observations) {
    if (o.value === undefined) continue;
    const point = { year: o.year, value: o.value };
    numeric.push(point);
    if (!earliest || point.year < earliest.year) earliest = point;
  }
  const expected = expectedTarget(targets, direction, year, earliest);
  const next = milestones(targets, direction).find((m) => m.year >= year) ?? null;
  const current = thisYear(observations, year, hasValue);
  const goalForPace = next ?? expected;
  const directional = direction === 'range' ? null : direction;
  const projection =
    goalForPace && directional && numeric.length >= 2
      ? project(numeric, goalForPace.value, directional)
      : null;
  const pace = next && directional ? paceRatio(numeric, next.value, next.year, directional) : null;
  const earlierObservation = earlier(observations, year, hasValue);
  const fields = {
    kind: 'quantitative' as const,
    expected,
    nextMilestone: next
      ? { year: next.year, value: next.value, comparator: next.comparator, id: next.id }
      : null,
    observation: current,
    earlierObservation,
    projection,
    targetIds: all.map((t) => t.id),
  };
  if (!expected)
    return makeRow(
      context,
      fields,
      notJudged(
        false,
        'no-target',
        outside ?? { code: 'no-target-this-year', nextMilestoneYear: next?.year ?? null },
      ),
    );
  if (!current || current.value === undefined)
    return makeRow(
      context,
      fields,
      notJudged(true, 'not-reported', {
        code: 'not-reported',
        latestYear: earlierObservation?.year ?? null,
      }),
    );
  const a = attainment(current.value, expected, direction);
  const met = isMet(current.value, expected, direction);
  const goal: JudgedGoal =
    expected.valueHigh !== undefined
      ? {
          comparator: expected.comparator,
          value: expected.value,
          valueHigh: expected.valueHigh,
          basis: expected.basis,
        }
      : { comparator: expected.comparator, value: expected.value, basis: expected.basis };
  return makeRow(context, fields, {
    assessable: true,
    attainment: a,
    met,
    gap: gapInUnit(current.value, expected, direction),
    yearsOffTrajectory: yearsOffTrajectory(
      targets,
      direction,
      { year: current.year, value: current.value },
      earliest,
    ),
    status: status({ attainment: a, met, pace }),
    reason: { code: 'judged', observed: current.value, unit, goal },
  });
}

type JudgedGoal = Extract<StatusReason, { code: 'judged' }>['goal'];

/**
 * A qualitative target is due in its own year (every year from it when annual); a verdict
 * reported earlier counts too, but a missing one is not "not reported" before the target is due.
 */
function qualitativeRow(context: RowContext, all: QualitativeTarget[]): ScorecardRow {
  const { year, observations } = context;
  const { targets, outside } = inForce(all, year, context.planPeriod);
  const due = targets.some((t) => t.year === year || (t.recurring === 'annual' && t.year <= year));
  const current = thisYear(observations, year, hasVerdict);
  const earlierObservation = earlier(observations, year, hasVerdict);
  const fields = {
    kind: 'qualitative' as const,
    expected: null,
    nextMilestone: null,
    observation: current,
    earlierObservation,
    projection: null,
    targetIds: all.map((t) => t.id),
  };
  if (targets.length > 0 && current?.met !== undefined) {
    const met = current.met;
    return makeRow(context, fields, {
      assessable: true,
      attainment: qualitativeAttainment(met),
      met,
      gap: null,
      yearsOffTrajectory: null,
      status: met ? 'achieved' : due ? 'off-track' : 'at-risk',
      reason: { code: 'qualitative-reported', met, due },
    });
  }
  if (due)
    return makeRow(
      context,
      fields,
      notJudged(true, 'not-reported', {
        code: 'not-reported',
        latestYear: earlierObservation?.year ?? null,
      }),
    );
  const later = targets.filter((t) => t.year > year).map((t) => t.year);
  return makeRow(
    context,
    fields,
    notJudged(
      false,
      'no-target',
      outside ??
        (later.length > 0
          ? { code: 'qualitative-not-due', dueYear: Math.min(...later) }
          : { code: 'no-target-this-year', nextMilestoneYear: null }),
    ),
  );
}

/** A result for an indicator the ward set no target for (Chu Văn An's budget spent): shown, not judged. */
function untargetedRow(context: RowContext): ScorecardRow {
  const { year, observations } = context;
  const current = thisYear(observations, year, () => true);
  return makeRow(
    context,
    {
      kind:
        current?.value === undefined && current?.met !== undefined ? 'qualitative' : 'quantitative',
      expected: null,
      nextMilestone: null,
      observation: current,
      earlierObservation: null,
      projection: null,
      targetIds: [],
    },
    notJudged(false, 'no-target', { code: 'no-target-this-year', nextMilestoneYear: null }),
  );
}
