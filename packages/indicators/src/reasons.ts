import { describeGoal, formatValue, type Lang } from './display.ts';
import type { TrajectoryBasis } from './trajectory.ts';
import type { Comparator, Unit } from './types.ts';

/**
 * Why a scorecard row has its status, as data: the gateway and exports render it in the
 * reader's language with `explain`, so the same reason reads the same everywhere.
 */
export type StatusReason =
  | { code: 'before-plan'; planStart: number }
  | { code: 'after-plan'; planEnd: number }
  | { code: 'no-target-this-year'; nextMilestoneYear: number | null }
  | { code: 'not-reported'; latestYear: number | null }
  | {
      code: 'judged';
      observed: number;
      unit: Unit;
      goal: { comparator: Comparator; value: number; valueHigh?: number; basis: TrajectoryBasis };
    }
  | { code: 'qualitative-reported'; met: boolean; due: boolean }
  | { code: 'qualitative-not-due'; dueYear: number };

export function explain(reason: StatusReason, year: number, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  switch (reason.code) {
    case 'before-plan':
      return vi
        ? `Chưa có chỉ tiêu năm ${year}: kế hoạch áp dụng từ năm ${reason.planStart}.`
        : `No target for ${year}: the plan applies from ${reason.planStart}.`;
    case 'after-plan':
      return vi
        ? `Chưa có chỉ tiêu năm ${year}: kế hoạch chỉ đến năm ${reason.planEnd}.`
        : `No target for ${year}: the plan ends in ${reason.planEnd}.`;
    case 'no-target-this-year':
      if (reason.nextMilestoneYear === null)
        return vi ? `Không có chỉ tiêu cho năm ${year}.` : `No target is set for ${year}.`;
      return vi
        ? `Chưa có chỉ tiêu năm ${year}; mốc gần nhất là năm ${reason.nextMilestoneYear}.`
        : `No target for ${year}; the next milestone is ${reason.nextMilestoneYear}.`;
    case 'not-reported':
      if (reason.latestYear === null)
        return vi ? `Chưa báo cáo kết quả năm ${year}.` : `No result reported for ${year}.`;
      return vi
        ? `Chưa báo cáo kết quả năm ${year} (kết quả gần nhất: năm ${reason.latestYear}, không dùng để đánh giá năm ${year}).`
        : `No result reported for ${year} (latest result: ${reason.latestYear}, not used to judge ${year}).`;
    case 'judged': {
      const goal = describeGoal(reason.goal, reason.unit, lang);
      const observed = formatValue(reason.observed, reason.unit, lang);
      return vi
        ? `Kết quả năm ${year}: ${observed}; chỉ tiêu năm ${year}: ${goal}.`
        : `Result for ${year}: ${observed}; target for ${year}: ${goal}.`;
    }
    case 'qualitative-reported':
      return reason.met
        ? vi
          ? 'Báo cáo đã hoàn thành (chỉ tiêu định tính).'
          : 'Reported as met (qualitative target).'
        : vi
          ? `Báo cáo chưa hoàn thành (chỉ tiêu định tính${reason.due ? '' : ', chưa đến hạn'}).`
          : `Reported as not met (qualitative target${reason.due ? '' : ', not yet due'}).`;
    case 'qualitative-not-due':
      return vi
        ? `Chỉ tiêu định tính đến năm ${reason.dueYear}: chưa đến hạn đánh giá.`
        : `Qualitative target due by ${reason.dueYear}: not yet assessable.`;
  }
}
