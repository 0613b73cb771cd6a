/**
 * The statuses a figure can have, as the dashboard shows them. "No target this year" and "not
 * reported" are different facts (a ward cannot be late on a target it never set), so they are
 * two statuses, never one grey "no data".
 */
export const STATUSES = [
  'off-track',
  'at-risk',
  'on-track',
  'achieved',
  'not-reported',
  'no-target',
] as const;
export type Status = (typeof STATUSES)[number];

/** Each status has a glyph as well as a colour, so it is never told by colour alone. */
export const STATUS_GLYPH: Record<Status, string> = {
  achieved: '✓',
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '✕',
  'not-reported': '?',
  'no-target': '–',
};

/** Whether the status judges the ward at all (the last two say why it cannot be judged). */
export function isAssessed(status: Status): boolean {
  return status !== 'not-reported' && status !== 'no-target';
}

/** Most urgent first: the order a ward leader reads a gap table in. */
export type Urgency = 'risk' | 'accelerate' | 'fine' | 'unassessable';

export function urgencyOf(status: Status): Urgency {
  switch (status) {
    case 'off-track':
      return 'risk';
    case 'at-risk':
      return 'accelerate';
    case 'on-track':
    case 'achieved':
      return 'fine';
    default:
      return 'unassessable';
  }
}

export const URGENCIES: readonly Urgency[] = ['risk', 'accelerate', 'fine', 'unassessable'];
