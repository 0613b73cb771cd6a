import { describe, expect, it } from 'vitest';
import { compositeScore, rank } from './composite.ts';
import { observationsOf, planPeriodOf, TARGETS } from './knowledge-base.ts';
import { SCORING_METHOD_VERSION } from './method.ts';
import type { Observation } from './observation.ts';
import { explain } from './reasons.ts';
import { scorecard } from './scorecard.ts';
import type { Target, WardSlug } from './types.ts';
import { WARDS } from './wards.ts';

const options = { planPeriod: planPeriodOf() };
const card = (ward: WardSlug, year: number, observations = observationsOf(ward)) =>
  scorecard(ward, year, TARGETS, observations, options);

describe('Chu Văn An 2025 scorecard from its own report', () => {
  const rows = card('chu-van-an', 2025);

  it('confirms the report’s claim of 20/20 targets met (line 25: "đạt chỉ tiêu năm 2025 đối với 20/20")', () => {
    const assessable = rows.filter((r) => r.assessable);
    expect(assessable).toHaveLength(20);
    expect(assessable.filter((r) => r.status === 'achieved')).toHaveLength(20);
  });

  it('shows the budget spent (1.134.256.000 đồng), a result with no target, without judging it', () => {
    const budget = rows.find((r) => r.indicator === 'RES_BUDGET_SPENT_VND');
    expect(budget).toMatchObject({
      status: 'no-target',
      assessable: false,
      attainment: null,
      observation: { year: 2025, value: 1134256000 },
    });
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
    expect(row && explain(row.reason, 2025)).toBe(
      'Kết quả năm 2025: 82,54%; chỉ tiêu năm 2025: ≥ 70%.',
    );
  });

  it('gives the ward a composite of 100 with full coverage of its own targets', () => {
    const score = compositeScore('chu-van-an', 2025, rows);
    expect(score.ownTargetCoverage).toBe(1);
    expect(score.composite).toBe(100);
  });
});

describe('a result is evidence for its own year only', () => {
  it.each([2026, 2030, 2050])(
    'Chu Văn An %i: no row is achieved, no composite (its report set targets for 2025 only)',
    (year) => {
      const rows = card('chu-van-an', year);
      expect(rows.filter((r) => r.status === 'achieved')).toEqual([]);
      expect(rows.every((r) => r.observation === null)).toBe(true);
      expect(compositeScore('chu-van-an', year, rows).composite).toBeNull();
    },
  );

  it('shows an older result as context, with status "not reported" for the later year', () => {
    const dti: Observation[] = [{ year: 2025, value: 0.78 }];
    const rows = card('hai-an', 2027, new Map([['DTI_WARD_INDEX', dti]]));
    const row = rows.find((r) => r.indicator === 'DTI_WARD_INDEX');
    expect(row).toMatchObject({
      status: 'not-reported',
      observation: null,
      earlierObservation: { year: 2025, value: 0.78 },
      attainment: null,
      reason: { code: 'not-reported', latestYear: 2025 },
    });
    expect(row?.expected?.value).toBeCloseTo(0.782, 10);
    expect(row && explain(row.reason, 2027)).toBe(
      'Chưa báo cáo kết quả năm 2027 (kết quả gần nhất: năm 2025, không dùng để đánh giá năm 2027).',
    );
  });

  it('judges the 2025 result against 2025 (Hải An DTI 0,78 ≥ 0,77: achieved)', () => {
    const rows = card('hai-an', 2025, new Map([['DTI_WARD_INDEX', [{ year: 2025, value: 0.78 }]]]));
    expect(rows.find((r) => r.indicator === 'DTI_WARD_INDEX')).toMatchObject({
      status: 'achieved',
      observation: { year: 2025, value: 0.78 },
    });
  });
});

describe('"no target this year" is not "not reported"', () => {
  it('Hồng Bàng 2025: its plan is for 2026, so every row reads "no target this year"', () => {
    const rows = card('hong-bang', 2025);
    expect(rows.length).toBe(14);
    expect(rows.every((r) => r.status === 'no-target' && !r.assessable)).toBe(true);
    expect(rows[0]?.reason).toEqual({ code: 'before-plan', planStart: 2026 });
  });

  it('Hồng Bàng 2026: the plan’s year, targets expected, none reported', () => {
    const rows = card('hong-bang', 2026);
    expect(rows.every((r) => r.status === 'not-reported' && r.assessable)).toBe(true);
  });

  it('Thanh Miện 2025: targets only for 2030, so nothing is due in 2025', () => {
    const rows = card('thanh-mien', 2025);
    expect(rows.every((r) => r.status === 'no-target')).toBe(true);
    expect(rows[0]?.reason).toEqual({ code: 'no-target-this-year', nextMilestoneYear: 2030 });
  });

  it('Hồng An 2025: qualitative 2030 targets are not assessable before the plan (5/2026)', () => {
    const rows = card('hong-an', 2025);
    const qualitative = rows.filter((r) => r.kind === 'qualitative');
    expect(qualitative.length).toBeGreaterThan(0);
    expect(qualitative.every((r) => r.status === 'no-target' && !r.assessable)).toBe(true);
    expect(qualitative[0]?.reason).toEqual({ code: 'before-plan', planStart: 2026 });
  });

  it('Hồng An 2030: its qualitative targets fall due and are not reported', () => {
    const rows = card('hong-an', 2030).filter((r) => r.kind === 'qualitative');
    expect(rows.every((r) => r.status === 'not-reported')).toBe(true);
  });

  it('Hải An 2025: targets in force, nothing reported yet', () => {
    const rows = card('hai-an', 2025);
    expect(rows.some((r) => r.status === 'not-reported')).toBe(true);
    expect(rows.some((r) => r.status === 'achieved')).toBe(false);
  });
});

describe('wards without reported results', () => {
  it.each(WARDS.filter((w) => w.slug !== 'chu-van-an').map((w) => w.slug))(
    '%s has no judged row and no composite in 2030',
    (ward) => {
      const rows = card(ward, 2030);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.status === 'not-reported' || r.status === 'no-target')).toBe(true);
      expect(compositeScore(ward, 2030, rows).composite).toBeNull();
    },
  );
});

describe('ranking', () => {
  const ranking = (year: number) =>
    rank(WARDS.map((w) => compositeScore(w.slug, year, card(w.slug, year))));

  it('withholds 2025: only Chu Văn An has results (1/5)', () => {
    const r = ranking(2025);
    expect(r.entries).toEqual([]);
    expect(r.withheld).toEqual({ scored: 1, total: 5 });
    expect(r.unranked.find((u) => u.ward === 'hong-bang')?.reason.code).toBe('no-targets');
    expect(r.unranked.find((u) => u.ward === 'hai-an')?.reason.code).toBe('no-results');
  });

  it('withholds 2030: no ward has results for it', () => {
    const r = ranking(2030);
    expect(r.entries).toEqual([]);
    expect(r.withheld).toEqual({ scored: 0, total: 5 });
  });
});

describe('plan periods of documents that share a file name', () => {
  it('reads each target’s period from its own ward’s document', () => {
    const doc = (ward: string, periodStart: number, periodEnd: number) => ({
      id: `${ward}-plan`,
      ward,
      file: 'ke-hoach.txt',
      kind: 'plan' as const,
      numberAsPrinted: '',
      dateAsPrinted: '',
      titleVi: '',
      titleEn: '',
      periodStart,
      periodEnd,
      line: 1,
    });
    const periodOf = planPeriodOf([doc('an-lao', 2026, 2030), doc('kien-thuy', 2025, 2025)]);
    const target = (ward: string) => ({
      ...(TARGETS[0] as Target),
      ward,
      provenance: { ...(TARGETS[0] as Target).provenance, file: 'ke-hoach.txt' },
    });
    expect(periodOf(target('an-lao'))).toEqual({ start: 2026, end: 2030 });
    expect(periodOf(target('kien-thuy'))).toEqual({ start: 2025, end: 2025 });
    expect(periodOf(target('do-son'))).toBeUndefined();
  });
});
