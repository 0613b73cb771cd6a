import { describe, expect, it } from 'vitest';
import { type StatusInput, status } from './status.ts';

describe('status', () => {
  it.each<[string, StatusInput, string]>([
    ['target met (Chu Văn An contactless 82,54% ≥ 70%)', { attainment: 1, met: true }, 'achieved'],
    ['met even if the trend slows', { attainment: 1, met: true, pace: -1 }, 'achieved'],
    ['"trên 95%" with exactly 95%: within 5%, not met', { attainment: 1, met: false }, 'on-track'],
    ['within 5% of the year’s target', { attainment: 0.96, met: false }, 'on-track'],
    ['5–20% short', { attainment: 0.85, met: false }, 'at-risk'],
    ['exactly 20% short', { attainment: 0.8, met: false }, 'at-risk'],
    ['more than 20% short', { attainment: 0.5, met: false }, 'off-track'],
    [
      'close, but the trend is too slow (pace 0,5)',
      { attainment: 0.97, met: false, pace: 0.5 },
      'off-track',
    ],
    ['close, trend moderate (pace 0,7)', { attainment: 0.97, met: false, pace: 0.7 }, 'at-risk'],
    [
      'short, but pace is fast: the level still limits',
      { attainment: 0.85, met: false, pace: 1.2 },
      'at-risk',
    ],
    ['close and fast', { attainment: 0.97, met: false, pace: 1.5 }, 'on-track'],
  ])('%s → %s', (_label, input, expected) => {
    expect(status(input)).toBe(expected);
  });
});
