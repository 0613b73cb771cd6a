import { attainment, gapInUnit, isMet, qualitativeAttainment } from './attainment.ts';
import { getIndicator } from './catalog.ts';
import { SCORING_METHOD_VERSION } from './method.ts';
import { latestObservation, type Observation } from './observation.ts';
import { type Projection, paceRatio, project } from './projection.ts';
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
  /** Expected target for the year (quantitative), null before the first milestone without baseline. */
  expected: ExpectedTarget | null;
  /** The next milestone on or after the year, for context. */
  nextMilestone: { year: number; value: number; comparator: string; id: string } | null;
  observation: Observation | null;
  attainment: number | null;
  met: boolean | null;
  gap: number | null;
  yearsOffTrajectory: number | null;
  status: Status;
  /** Why the status is what it is, in English, for tooltips and audits. */
  reason: string;
  projection: Projection | null;
  targetIds: string[];
  method: string;
}

/** Scorecard rows for one ward and year: one per indicator the ward has a target for. */
export function scorecard(
  ward: WardSlug,
  year: number,
  targets: readonly Target[],
  observationsByIndicator: ReadonlyMap<string, readonly Observation[]>,
): ScorecardRow[] {
  const mine = targets.filter((t) => t.ward === ward);
  const indicators = [...new Set(mine.map((t) => t.indicator))];
  return indicators.map((code) => {
    const forIndicator = mine.filter((t) => t.indicator === code);
    const observations = (observationsByIndicator.get(code) ?? []).filter((o) => o.year <= year);
    const quantitative = forIndicator.filter((t): t is QuantitativeTarget => t.kind === 'target');
    const qualitative = forIndicator.filter(
      (t): t is QualitativeTarget => t.kind === 'qualitative',
    );
    return quantitative.length > 0
      ? quantitativeRow(ward, year, code, quantitative, observations)
      : qualitativeRow(ward, year, code, qualitative, observations);
  });
}

function base(ward: WardSlug, year: number, code: string) {
  return {
    ward,
    year,
    indicator: code,
    pillar: getIndicator(code).pillar,
    method: SCORING_METHOD_VERSION,
  };
}

function quantitativeRow(
  ward: WardSlug,
  year: number,
  code: string,
  targets: QuantitativeTarget[],
  observations: readonly Observation[],
): ScorecardRow {
  const { direction } = getIndicator(code);
  const numeric = observations.flatMap((o) =>
    o.value === undefined ? [] : [{ year: o.year, value: o.value }],
  );
  const earliest = numeric.reduce<(typeof numeric)[number] | undefined>(
    (a, b) => (!a || b.year < a.year ? b : a),
    undefined,
  );
  const expected = expectedTarget(targets, direction, year, earliest);
  const next = milestones(targets, direction).find((m) => m.year >= year) ?? null;
  const latest =
    latestObservation(
      observations.filter((o) => o.value !== undefined),
      year,
    ) ?? null;
  const goalForPace = next ?? expected;
  const directional = direction === 'range' ? null : direction;
  const projection =
    goalForPace && directional && numeric.length >= 2
      ? project(numeric, goalForPace.value, directional)
      : null;
  const pace = next && directional ? paceRatio(numeric, next.value, next.year, directional) : null;

  const row = {
    ...base(ward, year, code),
    kind: 'quantitative' as const,
    expected,
    nextMilestone: next
      ? { year: next.year, value: next.value, comparator: next.comparator, id: next.id }
      : null,
    observation: latest,
    projection,
    targetIds: targets.map((t) => t.id),
  };
  if (!latest || latest.value === undefined) {
    return {
      ...row,
      attainment: null,
      met: null,
      gap: null,
      yearsOffTrajectory: null,
      status: 'no-data',
      reason: 'No observation in or before this year.',
    };
  }
  if (!expected) {
    return {
      ...row,
      attainment: null,
      met: null,
      gap: null,
      yearsOffTrajectory: null,
      status: pace === null ? 'no-data' : status({ attainment: 1, met: false, pace }),
      reason:
        'Before the first milestone and no earlier observation to draw a trajectory from; judged by pace only.',
    };
  }
  const a = attainment(latest.value, expected, direction);
  const met = isMet(latest.value, expected, direction);
  return {
    ...row,
    attainment: a,
    met,
    gap: gapInUnit(latest.value, expected, direction),
    yearsOffTrajectory: yearsOffTrajectory(
      targets,
      direction,
      { year: latest.year, value: latest.value },
      earliest,
    ),
    status: status({ attainment: a, met, pace }),
    reason: `Observed ${latest.value} (${latest.year}) against the ${expected.basis} target ${expected.comparator} ${expected.value}${
      expected.valueHigh !== undefined ? `–${expected.valueHigh}` : ''
    } for ${year}.`,
  };
}

function qualitativeRow(
  ward: WardSlug,
  year: number,
  code: string,
  targets: QualitativeTarget[],
  observations: readonly Observation[],
): ScorecardRow {
  const latest =
    latestObservation(
      observations.filter((o) => o.met !== undefined),
      year,
    ) ?? null;
  const a = qualitativeAttainment(latest?.met);
  const met = latest?.met ?? null;
  return {
    ...base(ward, year, code),
    kind: 'qualitative',
    expected: null,
    nextMilestone: null,
    observation: latest,
    attainment: a,
    met,
    gap: null,
    yearsOffTrajectory: null,
    status: a === null ? 'no-data' : met ? 'achieved' : 'off-track',
    reason:
      a === null
        ? 'Qualitative target with no reported outcome.'
        : `Reported as ${met ? 'met' : 'not met'} in words.`,
    projection: null,
    targetIds: targets.map((t) => t.id),
  };
}
