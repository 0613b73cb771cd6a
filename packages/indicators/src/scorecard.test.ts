import { describe, expect, it } from 'vitest';
import { compositeScore, rank } from './composite.ts';
import { observationsOf, TARGETS } from './knowledge-base.ts';
import { SCORING_METHOD_VERSION } from './method.ts';
import { scorecard } from './scorecard.ts';
import { WARDS } from './wards.ts';

describe('Chu Văn An 2025 scorecard from its own report', () => {
  const rows = scorecard('chu-van-an', 2025, TARGETS, observationsOf('chu-van-an'));

  it('confirms the report’s claim of 20/20 targets met (line 25: "đạt chỉ tiêu năm 2025 đối với 20/20")', () => {
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.status === 'achieved')).toHaveLength(20);
  });

  it('scores contactless transactions 82,54% against ≥ 70%, 12,54 points ahead', () => {
    const row = rows.find((r) => r.indicator === 'DG_CONTACTLESS_TRANSACTIONS');
    expect(row).toMatchObject({
      attainment: 1,
      met: true,
      status: 'achieved',
      yearsOffTrajectory: 0,
    });
    expect(row?.gap).toBeCloseTo(-12.54, 10);
    expect(row?.expected).toMatchObject({ comparator: 'gte', value: 70, basis: 'milestone' });
    expect(row?.method).toBe(SCORING_METHOD_VERSION);
  });

  it('keeps a 2025 target in force in 2026 (held) while the 2025 result is the latest', () => {
    const next = scorecard('chu-van-an', 2026, TARGETS, observationsOf('chu-van-an'));
    const row = next.find((r) => r.indicator === 'DS_VNEID');
    expect(row?.expected?.basis).toBe('held');
    expect(row?.observation?.year).toBe(2025);
  });

  it('gives the ward a composite of 100 with full data coverage', () => {
    const score = compositeScore('chu-van-an', 2025, rows);
    expect(score.dataCoverage).toBe(1);
    expect(score.composite).toBe(100);
  });
});

describe('wards without reported results', () => {
  it.each(WARDS.filter((w) => w.slug !== 'chu-van-an').map((w) => w.slug))(
    '%s has no data and no composite',
    (ward) => {
      const rows = scorecard(ward, 2030, TARGETS, observationsOf(ward));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.status === 'no-data')).toBe(true);
      expect(compositeScore(ward, 2030, rows).composite).toBeNull();
    },
  );
});

describe('ranking', () => {
  it('ranks only wards with a composite', () => {
    const scores = WARDS.map((w) =>
      compositeScore(w.slug, 2025, scorecard(w.slug, 2025, TARGETS, observationsOf(w.slug))),
    );
    expect(rank(scores)).toEqual([
      { ward: 'chu-van-an', composite: 100, rank: 1, closeToNext: false },
    ]);
  });
});
