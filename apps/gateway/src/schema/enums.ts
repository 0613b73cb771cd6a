import type {
  Comparator,
  Direction,
  Equivalence,
  Status,
  TargetRule,
  TrajectoryBasis,
  Unit,
} from '@lotrinh/indicators';
import { builder } from '../builder.ts';

/**
 * Closed sets of the API as GraphQL enums, so clients (and the dashboard's typed operations)
 * cannot misspell them. GraphQL names are SCREAMING_CASE; the values inside stay the domain's.
 */
type Values<T extends string> = Record<string, { value: T; description: string }>;

export const StatusEnum = builder.enumType('Status', {
  description: 'Where an indicator stands in a year (SCORING.md §4). / Tình trạng chỉ tiêu.',
  values: {
    ACHIEVED: { value: 'achieved', description: 'The year’s result meets the year’s target.' },
    ON_TRACK: { value: 'on-track', description: 'Not met, within 5% of the distance.' },
    AT_RISK: { value: 'at-risk', description: 'Not met, 5–20% of the distance short.' },
    OFF_TRACK: { value: 'off-track', description: 'Not met, more than 20% short.' },
    NOT_REPORTED: {
      value: 'not-reported',
      description: 'A target applies this year but no result for this year was reported.',
    },
    NO_TARGET: {
      value: 'no-target',
      description: 'Not assessable: no target applies this year (none set, or outside the plan).',
    },
  } satisfies Values<Status>,
});

export const ComparatorEnum = builder.enumType('Comparator', {
  description: 'How a target compares, as the plan meant it. / Phép so sánh.',
  values: {
    GTE: { value: 'gte', description: '≥ (ít nhất, tối thiểu)' },
    GT: { value: 'gt', description: '> (trên)' },
    REACH: {
      value: 'reach',
      description: 'Reach the level: a bare figure, "đạt", "phấn đấu đạt".',
    },
    LTE: { value: 'lte', description: '≤' },
    LT: { value: 'lt', description: '<' },
    RANGE: { value: 'range', description: 'A band, e.g. 20–22%.' },
  } satisfies Values<Comparator>,
});

export const UnitEnum = builder.enumType('Unit', {
  description: 'Unit of an indicator. / Đơn vị tính.',
  values: {
    PERCENT: { value: 'percent', description: 'Percent, on 0–100.' },
    INDEX: { value: 'index', description: 'Index, on 0–1.' },
    VND: { value: 'vnd', description: 'Vietnamese đồng.' },
    COUNT: { value: 'count', description: 'A count.' },
    COUNT_PER_YEAR: { value: 'countPerYear', description: 'A count per year.' },
    BOOLEAN: { value: 'boolean', description: 'Done or not.' },
  } satisfies Values<Unit>,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way is better. / Chiều tốt.',
  values: {
    HIGHER: { value: 'higher', description: 'Higher is better.' },
    LOWER: { value: 'lower', description: 'Lower is better.' },
    RANGE: { value: 'range', description: 'A band is the goal.' },
  } satisfies Values<Direction>,
});

export const BasisEnum = builder.enumType('TrajectoryBasis', {
  description: 'How the year’s expected target was obtained. / Cách xác định chỉ tiêu của năm.',
  values: {
    MILESTONE: { value: 'milestone', description: 'Printed for this year.' },
    INTERPOLATED: { value: 'interpolated', description: 'Between two milestones, linearly.' },
    FROM_BASELINE: {
      value: 'from-baseline',
      description: 'From the ward’s earliest result to its first milestone, linearly.',
    },
    RECURRING: { value: 'recurring', description: 'An annual target ("hằng năm").' },
  } satisfies Values<TrajectoryBasis>,
});

export const TargetRuleEnum = builder.enumType('TargetRule', {
  description: 'Which rule chose the year’s goal. / Quy tắc chọn chỉ tiêu.',
  values: {
    SINGLE: { value: 'single', description: 'One target applies.' },
    MORE_DEMANDING: {
      value: 'more-demanding',
      description: 'Several targets apply; the more demanding counts, all are cited.',
    },
  } satisfies Values<TargetRule>,
});

export const EquivalenceEnum = builder.enumType('Equivalence', {
  description:
    'Reviewed match of a ward’s wording to the catalog indicator. / Mức tương đương với chỉ tiêu chuẩn.',
  values: {
    EXACT: { value: 'exact', description: 'The same measure.' },
    CLOSE: { value: 'close', description: 'A close measure: compare with care (see the note).' },
  } satisfies Values<Equivalence>,
});
