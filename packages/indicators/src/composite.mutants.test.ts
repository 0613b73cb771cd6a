import { describe, expect, it } from 'vitest';
import { compositeScore, explainRanking } from './composite.ts';
import type { ScorecardRow } from './scorecard.ts';
import type { PillarCode } from './types.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).
// Only the fields the composite reads are filled in: an assessable quantitative row of a pillar
// with its attainment (null: no result).
const row = (pillar: PillarCode, attainment: number | null) =>
  ({
    ward: 'hai-an',
    year: 2030,
    indicator: `X_${pillar}`,
    pillar,
    kind: 'quantitative',
    expected: { comparator: 'gte', value: 1, year: 2030, basis: 'milestone', from: [] },
    assessable: true,
    attainment,
  }) as unknown as ScorecardRow;

describe('composite score', () => {
  it('averages a pillar over its indicators with a result only', () => {
    // INF: 100 and no result → 100 (not 50); 4 of 5 rows have results: 80% coverage.
    const score = compositeScore('hai-an', 2030, [
      row('INF', 1),
      row('INF', null),
      row('DG', 1),
      row('DG', 0.5),
      row('DG', 0.5),
    ]);
    expect(score.pillars.find((p) => p.pillar === 'INF')).toMatchObject({
      score: 100,
      indicatorsScored: 1,
      indicatorsAssessable: 2,
    });
    // DG (0,25) averages 66,67; INF (0,15) 100: (0,25·66,67 + 0,15·100) / 0,4 = 79,17.
    expect(score.composite).toBeCloseTo(79.17, 2);
  });

  it('leaves a pillar without any result out of the weights, rather than counting it as 0', () => {
    // 4 DG rows at 100 and 1 INF row without result: 80% coverage; INF must not pull DG down
    // to (0,25·100 + 0,15·0) / 0,4 = 62,5.
    const rows = [row('DG', 1), row('DG', 1), row('DG', 1), row('DG', 1), row('INF', null)];
    expect(compositeScore('hai-an', 2030, rows).composite).toBe(100);
  });

  it('has no composite when only the city-measured DTI (weight 0) has results', () => {
    const score = compositeScore('hai-an', 2030, [row('DTI', 1), row('DTI', 0.8)]);
    expect(score.pillars.find((p) => p.pillar === 'DTI')?.score).toBe(90);
    expect(score.composite).toBeNull();
  });
});

// Why a ranking is withheld or a ward unranked, in both languages (no test had called it).
describe('explainRanking', () => {
  it.each<[Parameters<typeof explainRanking>[0], string, string]>([
    [
      { code: 'withheld', scored: 1, total: 5, year: 2025 },
      'Không xếp hạng: 1/5 phường, xã có đủ số liệu năm 2025 (cần ít nhất 2).',
      'Not ranked: 1/5 wards have enough results for 2025 (at least 2 needed).',
    ],
    [
      { code: 'no-targets', year: 2031 },
      'Không có chỉ tiêu nào áp dụng năm 2031.',
      'No target applies in 2031.',
    ],
    [
      { code: 'no-results', year: 2030 },
      'Chưa có kết quả năm 2030.',
      'No results reported for 2030.',
    ],
    [
      // 3 of 5 targets with a result: 60%, against the 80% minimum.
      { code: 'low-coverage', coverage: 0.6, minimum: 0.8 },
      'Mới có kết quả cho 60% chỉ tiêu của năm (cần 80%).',
      'Results for only 60% of the year’s targets (80% needed).',
    ],
    [
      // 2 of 3: 66,67% shown without decimals.
      { code: 'low-coverage', coverage: 2 / 3, minimum: 0.8 },
      'Mới có kết quả cho 67% chỉ tiêu của năm (cần 80%).',
      'Results for only 67% of the year’s targets (80% needed).',
    ],
  ])('%o', (reason, vi, en) => {
    expect(explainRanking(reason)).toBe(vi);
    expect(explainRanking(reason, 'en')).toBe(en);
  });
});
