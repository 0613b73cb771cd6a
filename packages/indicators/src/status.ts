/**
 * Status of an indicator for a ward in a year (see SCORING.md, "Status"). Thresholds follow the
 * German sustainability indicators (within 5% / 20% of the distance) and Open SDG's pace ratio.
 */
export type Status =
  | 'achieved'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  /** A target applies this year, but no result for this year was reported. */
  | 'not-reported'
  /** Not assessable: no target applies this year (none set, before the plan, after its end). */
  | 'no-target';

export const STATUSES: readonly Status[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'not-reported',
  'no-target',
];

/** Statuses that judge a result against a target (the others say why nothing was judged). */
export type JudgedStatus = Extract<Status, 'achieved' | 'on-track' | 'at-risk' | 'off-track'>;

export const STATUS_THRESHOLDS = {
  /** Attainment of the year's expected target at or above which a missed target is on track. */
  onTrackAttainment: 0.95,
  /** … and at or above which it is at risk (below: off track). */
  atRiskAttainment: 0.8,
  /** Pace ratio (observed / required annual change) for on track. */
  onTrackPace: 0.95,
  /** Pace ratio for at risk (below, or negative: off track). */
  atRiskPace: 0.6,
} as const;

const ORDER: JudgedStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track'];

const worse = (a: JudgedStatus, b: JudgedStatus): JudgedStatus =>
  ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;

export interface StatusInput {
  /** Attainment of the year's expected target by the year's own result. */
  attainment: number;
  /** Whether the observation meets that target as printed (strict comparators included). */
  met: boolean;
  /** Pace ratio towards the next milestone, when two or more observations exist. */
  pace?: number | null;
}

/** Judges a result of year Y against the target expected in Y (see SCORING.md §4). */
export function status({ attainment, met, pace }: StatusInput): JudgedStatus {
  if (met) return 'achieved';
  const byLevel: JudgedStatus =
    attainment >= STATUS_THRESHOLDS.onTrackAttainment
      ? 'on-track'
      : attainment >= STATUS_THRESHOLDS.atRiskAttainment
        ? 'at-risk'
        : 'off-track';
  if (pace === undefined || pace === null) return byLevel;
  const byPace: JudgedStatus =
    pace >= STATUS_THRESHOLDS.onTrackPace
      ? 'on-track'
      : pace >= STATUS_THRESHOLDS.atRiskPace
        ? 'at-risk'
        : 'off-track';
  // The worse of level and pace wins, as the worst symbol wins in the German indicator report.
  return worse(byLevel, byPace);
}
