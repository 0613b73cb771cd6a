import { PILLARS } from './catalog.ts';
import { SCORING_METHOD_VERSION } from './method.ts';
import type { ScorecardRow } from './scorecard.ts';
import type { PillarCode, WardSlug } from './types.ts';

/** A composite is withheld when less than this share of the ward's assessable indicators have a result for the year (SDSN: 80%). */
export const MIN_DATA_COVERAGE = 0.8;
/** Composite differences below this many points are not meaningful for ranking (SDSN: 2–3 places). */
export const RANKING_MARGIN = 3;
/** A ranking of fewer wards than this is no ranking: it is withheld, with the reason. */
export const MIN_RANKED_WARDS = 2;

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
  /** Weighted mean of pillar scores 0–100; null when coverage of own targets is below the minimum. */
  composite: number | null;
  /**
   * Coverage against the ward's own targets: the share of its targets in force this year that
   * have a result for this year (0 when none is in force). Coverage against the city framework
   * is a property of the plan, not the year: see `coverage.ts`.
   */
  ownTargetCoverage: number;
  /** Targets in force this year (the denominator of `ownTargetCoverage`). */
  assessable: number;
  /** Of them, with a result for this year. */
  reported: number;
  method: string;
}

/** Indicator score 0–100: attainment of the year's expectation (qualitative: met 100, not met 0). */
export const indicatorScore = (row: ScorecardRow): number | null =>
  row.attainment === null ? null : row.attainment * 100;

export function compositeScore(
  ward: WardSlug,
  year: number,
  rows: readonly ScorecardRow[],
): CompositeScore {
  const judged = rows.filter((r) => r.assessable);
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
  const ownTargetCoverage = judged.length ? scored / judged.length : 0;
  let weighted = 0;
  let weights = 0;
  for (const ps of pillars) {
    const weight = PILLARS.find((p) => p.code === ps.pillar)?.weight ?? 0;
    if (ps.score === null || weight === 0) continue;
    weighted += weight * ps.score;
    weights += weight;
  }
  const composite =
    ownTargetCoverage >= MIN_DATA_COVERAGE && weights > 0 ? round2(weighted / weights) : null;
  return {
    ward,
    year,
    pillars,
    composite,
    ownTargetCoverage,
    assessable: judged.length,
    reported: scored,
    method: SCORING_METHOD_VERSION,
  };
}

export interface RankingEntry {
  ward: WardSlug;
  composite: number;
  /** 1-based; wards with equal (rounded to 0.1) composites share a rank. */
  rank: number;
  /** True when the next ward is within RANKING_MARGIN points: the order between them is not meaningful. */
  closeToNext: boolean;
}

/** Why a ward has no place in a ranking. */
export type UnrankedReason =
  | { code: 'no-targets'; year: number }
  | { code: 'no-results'; year: number }
  | { code: 'low-coverage'; coverage: number; minimum: number };

export interface Ranking {
  year: number;
  /** Empty when withheld. */
  entries: RankingEntry[];
  /** Set when fewer than MIN_RANKED_WARDS wards can be scored: "1/5 phường có số liệu năm 2025". */
  withheld: { scored: number; total: number } | null;
  unranked: { ward: WardSlug; reason: UnrankedReason }[];
}

function unrankedReason(s: CompositeScore): UnrankedReason {
  if (s.assessable === 0) return { code: 'no-targets', year: s.year };
  if (s.reported === 0) return { code: 'no-results', year: s.year };
  return { code: 'low-coverage', coverage: s.ownTargetCoverage, minimum: MIN_DATA_COVERAGE };
}

/**
 * Ranks wards by composite (or by a pillar score passed in `composite`). A ranking needs at
 * least two scored wards: one ward alone "ranked 1st" is a figure that misleads, so the ranking
 * is withheld and the count of scored wards is the reason (SCORING.md §6).
 */
export function rank(scores: readonly CompositeScore[]): Ranking {
  const year = scores[0]?.year ?? 0;
  const ranked = scores
    .flatMap((s) => (s.composite === null ? [] : [{ ward: s.ward, composite: s.composite }]))
    .sort((a, b) => b.composite - a.composite);
  const unranked = scores
    .filter((s) => s.composite === null)
    .map((s) => ({ ward: s.ward, reason: unrankedReason(s) }));
  if (ranked.length < MIN_RANKED_WARDS) {
    return {
      year,
      entries: [],
      withheld: { scored: ranked.length, total: scores.length },
      unranked,
    };
  }
  // Wards equal to one decimal share the rank of the first of them. The list is sorted, so
  // equals are neighbours: one pass (a search per ward made ranking 3,321 units quadratic).
  let firstEqual = 0;
  const entries = ranked.map((entry, i) => {
    const previous = ranked[i - 1];
    if (
      previous === undefined ||
      Math.round(previous.composite * 10) !== Math.round(entry.composite * 10)
    )
      firstEqual = i;
    const next = ranked[i + 1];
    return {
      ward: entry.ward,
      composite: entry.composite,
      rank: firstEqual + 1,
      closeToNext: next !== undefined && entry.composite - next.composite < RANKING_MARGIN,
    };
  });
  return { year, entries, withheld: null, unranked };
}

/** The reason a ranking is withheld or a ward unranked, in the reader's language. */
export function explainRanking(
  r: { code: 'withheld'; scored: number; total: number; year: number } | UnrankedReason,
  lang: 'vi' | 'en' = 'vi',
): string {
  const vi = lang === 'vi';
  switch (r.code) {
    case 'withheld':
      return vi
        ? `Không xếp hạng: ${r.scored}/${r.total} phường, xã có đủ số liệu năm ${r.year} (cần ít nhất ${MIN_RANKED_WARDS}).`
        : `Not ranked: ${r.scored}/${r.total} wards have enough results for ${r.year} (at least ${MIN_RANKED_WARDS} needed).`;
    case 'no-targets':
      return vi
        ? `Không có chỉ tiêu nào áp dụng năm ${r.year}.`
        : `No target applies in ${r.year}.`;
    case 'no-results':
      return vi ? `Chưa có kết quả năm ${r.year}.` : `No results reported for ${r.year}.`;
    case 'low-coverage': {
      const pct = (x: number) =>
        `${new Intl.NumberFormat(vi ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 }).format(x * 100)}%`;
      return vi
        ? `Mới có kết quả cho ${pct(r.coverage)} chỉ tiêu của năm (cần ${pct(r.minimum)}).`
        : `Results for only ${pct(r.coverage)} of the year’s targets (${pct(r.minimum)} needed).`;
    }
  }
}
