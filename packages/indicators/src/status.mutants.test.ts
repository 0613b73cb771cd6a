import { describe, expect, it } from 'vitest';
import { type StatusInput, status } from './status.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md): the
// thresholds themselves (SCORING.md, "Status": on track from 95% of the year's target and a
// pace of 0,95; at risk from 80% and a pace of 0,6) belong to the better band.

describe('status at the thresholds', () => {
  it.each<[string, StatusInput, string]>([
    ['attainment exactly 0,95 → on track', { attainment: 0.95, met: false }, 'on-track'],
    ['attainment 0,949 → at risk', { attainment: 0.949, met: false }, 'at-risk'],
    ['attainment 0,799 → off track', { attainment: 0.799, met: false }, 'off-track'],
    [
      'pace exactly 0,95 with a close level → on track',
      { attainment: 0.97, met: false, pace: 0.95 },
      'on-track',
    ],
    ['pace 0,949 → at risk', { attainment: 0.97, met: false, pace: 0.949 }, 'at-risk'],
    ['pace exactly 0,6 → at risk', { attainment: 0.97, met: false, pace: 0.6 }, 'at-risk'],
    ['pace 0,599 → off track', { attainment: 0.97, met: false, pace: 0.599 }, 'off-track'],
    [
      'negative pace (moving away) → off track',
      { attainment: 0.99, met: false, pace: -0.2 },
      'off-track',
    ],
    // No pace (fewer than two observations) is "unknown", not "slow": the level decides.
    ['pace null → the level decides', { attainment: 0.97, met: false, pace: null }, 'on-track'],
    ['pace null, at risk by level', { attainment: 0.85, met: false, pace: null }, 'at-risk'],
    // The worse of the two wins, whichever it is.
    ['off track by level, fast pace', { attainment: 0.5, met: false, pace: 2 }, 'off-track'],
    ['at risk by both', { attainment: 0.85, met: false, pace: 0.7 }, 'at-risk'],
  ])('%s', (_label, input, expected) => {
    expect(status(input)).toBe(expected);
  });
});
