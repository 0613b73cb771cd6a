import { describe, expect, it } from 'vitest';
import { explain, type StatusReason } from './reasons.ts';

// Cases written to kill the mutants that had no test in the Stryker run on the issue-7 code
// (docs/QUALITY.md): every reason in both languages, typed out here as a reader should see it.

describe('explain', () => {
  it.each<[StatusReason, string, string]>([
    [
      { code: 'before-plan', planStart: 2026 },
      'Chưa có chỉ tiêu năm 2025: kế hoạch áp dụng từ năm 2026.',
      'No target for 2025: the plan applies from 2026.',
    ],
    [
      { code: 'after-plan', planEnd: 2024 },
      'Chưa có chỉ tiêu năm 2025: kế hoạch chỉ đến năm 2024.',
      'No target for 2025: the plan ends in 2024.',
    ],
    [
      { code: 'no-target-this-year', nextMilestoneYear: null },
      'Không có chỉ tiêu cho năm 2025.',
      'No target is set for 2025.',
    ],
    [
      { code: 'no-target-this-year', nextMilestoneYear: 2030 },
      'Chưa có chỉ tiêu năm 2025; mốc gần nhất là năm 2030.',
      'No target for 2025; the next milestone is 2030.',
    ],
    [
      { code: 'not-reported', latestYear: null },
      'Chưa báo cáo kết quả năm 2025.',
      'No result reported for 2025.',
    ],
    [
      { code: 'not-reported', latestYear: 2024 },
      'Chưa báo cáo kết quả năm 2025 (kết quả gần nhất: năm 2024, không dùng để đánh giá năm 2025).',
      'No result reported for 2025 (latest result: 2024, not used to judge 2025).',
    ],
    [
      // Chu Văn An contactless transactions: 82,54% against ≥ 70%.
      {
        code: 'judged',
        observed: 82.54,
        unit: 'percent',
        goal: { comparator: 'gte', value: 70, basis: 'milestone' },
      },
      'Kết quả năm 2025: 82,54%; chỉ tiêu năm 2025: ≥ 70%.',
      'Result for 2025: 82.54%; target for 2025: ≥ 70%.',
    ],
    [
      { code: 'qualitative-reported', met: true, due: true },
      'Báo cáo đã hoàn thành (chỉ tiêu định tính).',
      'Reported as met (qualitative target).',
    ],
    [
      { code: 'qualitative-reported', met: false, due: true },
      'Báo cáo chưa hoàn thành (chỉ tiêu định tính).',
      'Reported as not met (qualitative target).',
    ],
    [
      { code: 'qualitative-reported', met: false, due: false },
      'Báo cáo chưa hoàn thành (chỉ tiêu định tính, chưa đến hạn).',
      'Reported as not met (qualitative target, not yet due).',
    ],
    [
      { code: 'qualitative-not-due', dueYear: 2030 },
      'Chỉ tiêu định tính đến năm 2030: chưa đến hạn đánh giá.',
      'Qualitative target due by 2030: not yet assessable.',
    ],
  ])('%o', (reason, vi, en) => {
    expect(explain(reason, 2025)).toBe(vi);
    expect(explain(reason, 2025, 'vi')).toBe(vi);
    expect(explain(reason, 2025, 'en')).toBe(en);
  });
});
