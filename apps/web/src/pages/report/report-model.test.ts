// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { totals, verdictOf } from './report-model.ts';

describe('report verdicts', () => {
  it.each([
    ['achieved', 'met'],
    ['on-track', 'notMet'],
    ['off-track', 'notMet'],
    ['not-reported', 'notReported'],
    ['no-target', null],
  ] as const)('%s → %s', (status, verdict) => {
    expect(verdictOf(status)).toBe(verdict);
  });

  it('counts "đạt x/y" over the targets of the year, unreported ones included in y', () => {
    expect(totals(['met', 'met', 'notMet', 'notReported'])).toEqual({
      met: 2,
      total: 4,
      notReported: 1,
    });
  });
});
