/**
 * Status of an indicator for a ward in a year (see SCORING.md, "Status"). Thresholds follow the
 * German sustainability indicators (within 5% / 20% of the distance) and Open SDG's pace ratio.
 */
export type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

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

const ORDER: Status[] = ['achieved', 'on-track', 'at-risk', 'off-track'];

const worse = (a: Status, b: Status): Status => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export interface StatusInput {
  /** Attainment of the expected target of the observation's year, or null without data. */
  attainment: number | null;
  /** Whether the observation meets that target as printed (strict comparators included). */
  met: boolean;
  /** Pace ratio towards the next milestone, when two or more observations exist. */
  pace?: number | null;
}

export function status({ attainment, met, pace }: StatusInput): Status {
  if (attainment === null) return 'no-data';
  if (met) return 'achieved';
  const byLevel: Status =
    attainment >= STATUS_THRESHOLDS.onTrackAttainment
      ? 'on-track'
      : attainment >= STATUS_THRESHOLDS.atRiskAttainment
        ? 'at-risk'
        : 'off-track';
  if (pace === undefined || pace === null) return byLevel;
  const byPace: Status =
    pace >= STATUS_THRESHOLDS.onTrackPace
      ? 'on-track'
      : pace >= STATUS_THRESHOLDS.atRiskPace
        ? 'at-risk'
        : 'off-track';
  // The worse of level and pace wins, as the worst symbol wins in the German indicator report.
  return worse(byLevel, byPace);
}
