/**
 * Scores proposals against hand-checked rows (`npm run plan:eval`). A proposal matches a row
 * with the same ward, indicator, year, kind, comparator and value(s). Two more figures ignore
 * the indicator — as is, and asking instead that the proposal cite the row's line — to show
 * how well the figures are read apart from how well they are matched onto the catalog.
 */

export interface Comparable {
  ward: string;
  indicatorCode: string | null;
  year: number;
  kind: string;
  comparator: string | null;
  value: number | null;
  valueHigh: number | null;
  sourceLine: number;
  sourceLineEnd: number | null;
  sourceText: string;
}

export interface Score {
  expected: number;
  proposed: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface WardEvaluation {
  ward: string;
  exact: Score;
  ignoringIndicator: Score;
  /** Ignoring the indicator, but on the row's cited line. */
  atCitedLine: Score;
  /** Expected rows no proposal matched exactly. */
  misses: Comparable[];
  /** Proposals that matched no expected row exactly. */
  extras: Comparable[];
}

export interface Evaluation {
  wards: WardEvaluation[];
  exact: Score;
  ignoringIndicator: Score;
  atCitedLine: Score;
}

const sameNumber = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9);

function sameFigure(a: Comparable, b: Comparable): boolean {
  return (
    a.ward === b.ward &&
    a.year === b.year &&
    a.kind === b.kind &&
    (a.comparator ?? null) === (b.comparator ?? null) &&
    sameNumber(a.value, b.value) &&
    sameNumber(a.valueHigh, b.valueHigh)
  );
}

const exactly = (a: Comparable, b: Comparable) =>
  sameFigure(a, b) && a.indicatorCode !== null && a.indicatorCode === b.indicatorCode;

function citesLine(proposal: Comparable, row: Comparable): boolean {
  const from = proposal.sourceLine;
  const to = proposal.sourceLineEnd ?? proposal.sourceLine;
  const rowTo = row.sourceLineEnd ?? row.sourceLine;
  return from <= rowTo + 1 && row.sourceLine <= to + 1;
}

const atLine = (a: Comparable, b: Comparable) => sameFigure(a, b) && citesLine(a, b);

/** One-to-one matching; among equal candidates the nearest line wins. */
function pair(
  expected: readonly Comparable[],
  proposed: readonly Comparable[],
  same: (proposal: Comparable, row: Comparable) => boolean,
): { matched: Set<number>; used: Set<number> } {
  const matched = new Set<number>();
  const used = new Set<number>();
  expected.forEach((row, e) => {
    let best = -1;
    let distance = Number.POSITIVE_INFINITY;
    proposed.forEach((p, k) => {
      if (used.has(k) || !same(p, row)) return;
      const d = Math.abs(p.sourceLine - row.sourceLine);
      if (d < distance) {
        best = k;
        distance = d;
      }
    });
    if (best >= 0) {
      matched.add(e);
      used.add(best);
    }
  });
  return { matched, used };
}

function score(expected: number, proposed: number, matched: number): Score {
  return {
    expected,
    proposed,
    matched,
    precision: proposed ? matched / proposed : 1,
    recall: expected ? matched / expected : 1,
  };
}

export function evaluate(
  expected: readonly Comparable[],
  proposed: readonly Comparable[],
): Evaluation {
  const wards = [...new Set([...expected, ...proposed].map((r) => r.ward))];
  const results = wards.map((ward): WardEvaluation => {
    const want = expected.filter((r) => r.ward === ward);
    const got = proposed.filter((r) => r.ward === ward);
    const exact = pair(want, got, exactly);
    const figures = pair(want, got, sameFigure);
    const cited = pair(want, got, atLine);
    return {
      ward,
      exact: score(want.length, got.length, exact.matched.size),
      ignoringIndicator: score(want.length, got.length, figures.matched.size),
      atCitedLine: score(want.length, got.length, cited.matched.size),
      misses: want.filter((_, i) => !exact.matched.has(i)),
      extras: got.filter((_, i) => !exact.used.has(i)),
    };
  });
  const total = (pick: (w: WardEvaluation) => Score) =>
    score(
      results.reduce((n, w) => n + pick(w).expected, 0),
      results.reduce((n, w) => n + pick(w).proposed, 0),
      results.reduce((n, w) => n + pick(w).matched, 0),
    );
  return {
    wards: results,
    exact: total((w) => w.exact),
    ignoringIndicator: total((w) => w.ignoringIndicator),
    atCitedLine: total((w) => w.atCitedLine),
  };
}
