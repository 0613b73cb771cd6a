import { PILLARS } from './catalog.ts';
import { SCORING_METHOD_VERSION } from './method.ts';
import type { ScorecardRow } from './scorecard.ts';
import type { PillarCode, WardSlug } from './types.ts';

/** A composite is withheld when less than this share of the ward's assessable indicators have data (SDSN: 80%). */
export const MIN_DATA_COVERAGE = 0.8;
/** Composite differences below this many points are not meaningful for ranking (SDSN: 2–3 places). */
export const RANKING_MARGIN = 3;

/** Published scores are rounded to 2 decimals so that stored and recomputed figures compare equal. */
const round2 = (x: number) => Math.round(x * 100) / 100;

export interface PillarScore {
  pillar: PillarCode;
  /** Mean indicator score 0–100, null without data. */
  score: number | null;
  indicatorsScored: number;
  indicatorsAssessable: number;
}

export interface CompositeScore {
  ward: WardSlug;
  year: number;
  pillars: PillarScore[];
  /** Weighted mean of pillar scores 0–100; null when data coverage is below the minimum. */
  composite: number | null;
  dataCoverage: number;
  method: string;
}

/** Indicator score 0–100: attainment of the year's expectation (qualitative: met 100, not met 0). */
export const indicatorScore = (row: ScorecardRow): number | null =>
  row.attainment === null ? null : row.attainment * 100;

/** Rows that can be judged this year: a quantitative row with an expectation, or any qualitative row. */
const assessable = (row: ScorecardRow) => row.kind === 'qualitative' || row.expected !== null;

export function compositeScore(
  ward: WardSlug,
  year: number,
  rows: readonly ScorecardRow[],
): CompositeScore {
  const judged = rows.filter(assessable);
  const pillars = PILLARS.map<PillarScore>((p) => {
    const inPillar = judged.filter((r) => r.pillar === p.code);
    const scores = inPillar.map(indicatorScore).filter((s): s is number => s !== null);
    return {
      pillar: p.code,
      score: scores.length ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      indicatorsScored: scores.length,
      indicatorsAssessable: inPillar.length,
    };
  });
  const scored = judged.filter((r) => indicatorScore(r) !== null).length;
  const dataCoverage = judged.length ? scored / judged.length : 0;
  let weighted = 0;
  let weights = 0;
  for (const ps of pillars) {
    const weight = PILLARS.find((p) => p.code === ps.pillar)?.weight ?? 0;
    if (ps.score === null || weight === 0) continue;
    weighted += weight * ps.score;
    weights += weight;
  }
  const composite =
    dataCoverage >= MIN_DATA_COVERAGE && weights > 0 ? round2(weighted / weights) : null;
  return { ward, year, pillars, composite, dataCoverage, method: SCORING_METHOD_VERSION };
}

export interface RankingEntry {
  ward: WardSlug;
  composite: number;
  /** 1-based; wards with equal (rounded to 0.1) composites share a rank. */
  rank: number;
  /** True when the next ward is within RANKING_MARGIN points: the order between them is not meaningful. */
  closeToNext: boolean;
}

export function rank(scores: readonly CompositeScore[]): RankingEntry[] {
  const ranked = scores
    .flatMap((s) => (s.composite === null ? [] : [{ ward: s.ward, composite: s.composite }]))
    .sort((a, b) => b.composite - a.composite);
  return ranked.map((entry, i) => {
    const firstEqual = ranked.findIndex(
      (o) => Math.round(o.composite * 10) === Math.round(entry.composite * 10),
    );
    const next = ranked[i + 1];
    return {
      ...entry,
      rank: firstEqual + 1,
      closeToNext: next !== undefined && entry.composite - next.composite < RANKING_MARGIN,
    };
  });
}
