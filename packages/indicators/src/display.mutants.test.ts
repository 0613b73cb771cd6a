import { describe, expect, it } from 'vitest';
import { comparatorLabel, describeGoal, formatValue, shownText } from './display.ts';

// Cases written to kill the mutants that survived Stryker (docs/QUALITY.md); Vietnamese formats
// as the brief gives them (decimal comma, dot thousands).

describe('formatValue', () => {
  it.each([
    [1134256000, 'vnd', 'vi', '1.134.256.000 đồng'], // Chu Văn An's 2025 spending
    [1134256000, 'vnd', 'en', '1,134,256,000 dong'],
    [82.54, 'percent', 'vi', '82,54%'],
    [0.782, 'index', 'en', '0.782'],
  ] as const)('%s %s (%s) → %s', (value, unit, lang, text) => {
    expect(formatValue(value, unit, lang)).toBe(text);
  });

  it('is Vietnamese unless told otherwise', () => {
    expect(formatValue(82.54, 'percent')).toBe('82,54%');
    expect(comparatorLabel('reach')).toBe('đạt');
  });
});

describe('describeGoal', () => {
  it.each([
    [{ comparator: 'range', value: 20, valueHigh: 22 }, 'percent', 'vi', '20–22%'],
    [{ comparator: 'range', value: 20 }, 'percent', 'vi', '20%'],
    [{ comparator: 'reach', value: 3 }, 'percent', 'vi', 'đạt 3%'],
    [{ comparator: 'reach', value: 3 }, 'percent', 'en', 'reach 3%'],
    [{ comparator: 'gte', value: 3, basis: 'recurring' }, 'percent', 'vi', '≥ 3% (hằng năm)'],
    [{ comparator: 'gte', value: 3, basis: 'recurring' }, 'percent', 'en', '≥ 3% (every year)'],
    [{ comparator: 'gte', value: 0.782, basis: 'interpolated' }, 'index', 'vi', '≈ 0,782, nội suy'],
    [
      { comparator: 'gte', value: 0.782, basis: 'from-baseline' },
      'index',
      'en',
      '≈ 0.782, interpolated',
    ],
    [{ comparator: 'gte', value: 0.8, basis: 'milestone' }, 'index', 'vi', '≥ 0,8'],
  ] as const)('%o (%s, %s) → %s', (goal, unit, lang, text) => {
    expect(describeGoal(goal, unit, lang)).toBe(text);
  });

  it('is Vietnamese unless told otherwise', () => {
    expect(describeGoal({ comparator: 'gte', value: 3, basis: 'recurring' }, 'percent')).toBe(
      '≥ 3% (hằng năm)',
    );
  });
});

describe('shownText', () => {
  it('shows the text as printed (Chu Văn An 5G, line 307)', () => {
    expect(shownText('$\\geq 60\\%$ .')).toBe('≥ 60%.');
  });
});
