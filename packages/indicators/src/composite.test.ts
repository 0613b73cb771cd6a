import { describe, expect, it } from 'vitest';
import { type CompositeScore, compositeScore, explainRanking, rank } from './composite.ts';
import type { ScorecardRow } from './scorecard.ts';
import type { PillarCode, WardSlug } from './types.ts';

/** A minimal assessable row: only the fields the composite reads matter. */
function row(
  pillar: PillarCode,
  attainment: number | null,
  kind: ScorecardRow['kind'] = 'quantitative',
): ScorecardRow {
  return {
    ward: 'hai-an',
    year: 2030,
    indicator: `X_${pillar}`,
    pillar,
    kind,
    expected:
      kind === 'quantitative'
        ? { comparator: 'gte', value: 1, year: 2030, basis: 'milestone', from: [], rule: 'single' }
        : null,
    nextMilestone: null,
    observation: null,
    earlierObservation: null,
    assessable: true,
    attainment,
    met: null,
    gap: null,
    yearsOffTrajectory: null,
    status: attainment === null ? 'not-reported' : 'on-track',
    reason: { code: 'not-reported', latestYear: null },
    projection: null,
    targetIds: [],
    method: 'test',
  };
}

describe('composite score', () => {
  it('averages indicators within a pillar, then weights pillars (DG 0,25, INF 0,15) renormalised', () => {
    const score = compositeScore('hai-an', 2030, [row('DG', 1), row('DG', 0.5), row('INF', 1)]);
    expect(score.pillars.find((p) => p.pillar === 'DG')?.score).toBe(75);
    // (0,25·75 + 0,15·100) / 0,4 = 84,375, published rounded to 84,38.
    expect(score.composite).toBe(84.38);
  });

  it('leaves the city-measured DTI out of the composite (weight 0)', () => {
    const score = compositeScore('hai-an', 2030, [row('DG', 0.5), row('DTI', 1)]);
    expect(score.pillars.find((p) => p.pillar === 'DTI')?.score).toBe(100);
    expect(score.composite).toBe(50);
  });

  it('withholds the composite when more than 20% of assessable indicators lack data', () => {
    const rows = [row('DG', 1), row('DG', 1), row('INF', 1), row('INF', null), row('EDU', null)];
    const score = compositeScore('hai-an', 2030, rows);
    expect(score.ownTargetCoverage).toBeCloseTo(0.6, 10);
    expect(score).toMatchObject({ assessable: 5, reported: 3 });
    expect(score.composite).toBeNull();
    expect(score.pillars.find((p) => p.pillar === 'DG')?.score).toBe(100);
  });

  it('computes it at exactly 80% coverage', () => {
    const rows = [row('DG', 1), row('DG', 1), row('INF', 1), row('INF', 0.5), row('EDU', null)];
    expect(compositeScore('hai-an', 2030, rows).composite).not.toBeNull();
  });

  it('counts qualitative targets as 100 when met and 0 when not', () => {
    const score = compositeScore('hai-an', 2030, [
      row('DE', 1, 'qualitative'),
      row('DE', 0, 'qualitative'),
    ]);
    expect(score.composite).toBe(50);
  });

  it('does not count a row with no target this year', () => {
    const early = { ...row('DG', null), expected: null, assessable: false };
    const score = compositeScore('hai-an', 2027, [row('INF', 1), early]);
    expect(score.ownTargetCoverage).toBe(1);
    expect(score.assessable).toBe(1);
  });

  it('has no composite for a year without results', () => {
    const score = compositeScore('hai-an', 2027, [row('INF', null), row('DG', null)]);
    expect(score).toMatchObject({ composite: null, ownTargetCoverage: 0, reported: 0 });
  });
});

describe('ranking', () => {
  const s = (
    ward: WardSlug,
    composite: number | null,
    counts: { assessable: number; reported: number } = { assessable: 4, reported: 4 },
  ): CompositeScore => ({
    ward,
    year: 2030,
    pillars: [],
    composite,
    ownTargetCoverage: counts.assessable ? counts.reported / counts.assessable : 0,
    ...counts,
    method: 'test',
  });

  it('orders by composite, shares ranks on ties, flags differences under 3 points', () => {
    expect(
      rank([
        s('hai-an', 80),
        s('hong-an', 90),
        s('thanh-mien', 80),
        s('hong-bang', 78.5),
        s('chu-van-an', null, { assessable: 4, reported: 2 }),
      ]),
    ).toEqual({
      year: 2030,
      withheld: null,
      entries: [
        { ward: 'hong-an', composite: 90, rank: 1, closeToNext: false },
        { ward: 'hai-an', composite: 80, rank: 2, closeToNext: true },
        { ward: 'thanh-mien', composite: 80, rank: 2, closeToNext: true },
        { ward: 'hong-bang', composite: 78.5, rank: 4, closeToNext: false },
      ],
      unranked: [
        { ward: 'chu-van-an', reason: { code: 'low-coverage', coverage: 0.5, minimum: 0.8 } },
      ],
    });
  });

  it('withholds a one-ward ranking and says why ("1/5 phường có số liệu")', () => {
    const ranking = rank([
      s('chu-van-an', 100),
      s('hai-an', null, { assessable: 40, reported: 0 }),
      s('hong-an', null, { assessable: 0, reported: 0 }),
      s('thanh-mien', null, { assessable: 0, reported: 0 }),
      s('hong-bang', null, { assessable: 0, reported: 0 }),
    ]);
    expect(ranking.entries).toEqual([]);
    expect(ranking.withheld).toEqual({ scored: 1, total: 5 });
    expect(ranking.unranked.map((u) => [u.ward, u.reason.code])).toEqual([
      ['hai-an', 'no-results'],
      ['hong-an', 'no-targets'],
      ['thanh-mien', 'no-targets'],
      ['hong-bang', 'no-targets'],
    ]);
    expect(
      explainRanking({
        code: 'withheld',
        year: 2025,
        ...(ranking.withheld ?? { scored: -1, total: -1 }),
      }),
    ).toBe('Không xếp hạng: 1/5 phường, xã có đủ số liệu năm 2025 (cần ít nhất 2).');
  });

  it('ranks from two scored wards on', () => {
    expect(rank([s('hai-an', 60), s('hong-an', 70)]).entries.map((e) => e.ward)).toEqual([
      'hong-an',
      'hai-an',
    ]);
  });
});
