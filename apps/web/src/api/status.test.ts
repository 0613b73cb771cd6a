// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusOf } from './status.ts';

describe('statusOf', () => {
  it.each([
    ['ACHIEVED', 'achieved'],
    ['ON_TRACK', 'on-track'],
    ['AT_RISK', 'at-risk'],
    ['OFF_TRACK', 'off-track'],
    ['NOT_REPORTED', 'not-reported'],
    ['NO_TARGET', 'no-target'],
    ['achieved', 'achieved'],
  ])('%s → %s', (api, ui) => {
    expect(statusOf({ status: api }, 2025)).toBe(ui);
  });

  it('tells "not reported" from "no target" when the API says only "no data"', () => {
    // Hải An DTI 2030: ≥ 0,8 expected, no result → not reported.
    expect(statusOf({ status: 'no-data', expected: { value: 0.8 } }, 2030)).toBe('not-reported');
    // Hồng Bàng in 2025: its plan is for 2026 → nothing expected.
    expect(statusOf({ status: 'no-data', expected: null, targets: [{ year: 2026 }] }, 2025)).toBe(
      'no-target',
    );
    expect(
      statusOf(
        { status: 'no-data', expected: null, qualitative: true, targets: [{ year: 2025 }] },
        2025,
      ),
    ).toBe('not-reported');
    // No cell at all: the ward set no target for the indicator.
    expect(statusOf(null, 2025)).toBe('no-target');
  });
});
