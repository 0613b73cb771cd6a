import { describe, expect, it } from 'vitest';
import { comparatorLabel, describeGoal, formatValue, roundForUnit } from './display.ts';

describe('figures rounded at the edge', () => {
  it.each([
    [0.8200000000000001, 'index', 0.82],
    [-12.540000000000006, 'percent', -12.54],
    [0.7819999, 'index', 0.782],
    [1134256000.4, 'vnd', 1134256000],
    [-0.0001, 'percent', 0],
    [2.345, 'percent', 2.35],
    [-2.345, 'percent', -2.35],
  ] as const)('%d (%s) → %d', (raw, unit, rounded) => {
    expect(roundForUnit(raw, unit)).toBe(rounded);
  });
});

describe('Vietnamese formats', () => {
  it.each([
    [82.54, 'percent', 'vi', '82,54%'], // Chu Văn An contactless (003:325)
    [82.54, 'percent', 'en', '82.54%'],
    [0.77, 'index', 'vi', '0,77'], // Hải An DTI 2025 (000:1304)
    [0.782, 'index', 'vi', '0,782'],
    [1134256000, 'vnd', 'vi', '1.134.256.000 đồng'], // Chu Văn An budget (003)
    [10, 'count', 'vi', '10'],
    [12514, 'count', 'vi', '12.514'],
  ] as const)('%d %s in %s reads %s', (value, unit, lang, text) => {
    expect(formatValue(value, unit, lang)).toBe(text);
  });
});

describe('goals as the plan meant them', () => {
  it.each([
    [{ comparator: 'gte', value: 0.8, basis: 'milestone' }, 'index', 'vi', '≥ 0,8'],
    [{ comparator: 'reach', value: 3, basis: 'milestone' }, 'percent', 'vi', 'đạt 3%'],
    [{ comparator: 'reach', value: 3, basis: 'milestone' }, 'percent', 'en', 'reach 3%'],
    [{ comparator: 'gt', value: 0.7, basis: 'milestone' }, 'index', 'vi', '> 0,7'],
    [
      { comparator: 'range', value: 20, valueHigh: 22, basis: 'milestone' },
      'percent',
      'vi',
      '20–22%',
    ],
    [{ comparator: 'gte', value: 0.782, basis: 'interpolated' }, 'index', 'vi', '≈ 0,782, nội suy'],
    [
      { comparator: 'gte', value: 0.782, basis: 'interpolated' },
      'index',
      'en',
      '≈ 0.782, interpolated',
    ],
    [{ comparator: 'gte', value: 3, basis: 'recurring' }, 'percent', 'vi', '≥ 3% (hằng năm)'],
  ] as const)('%j (%s, %s) → %s', (goal, unit, lang, text) => {
    expect(describeGoal(goal, unit, lang)).toBe(text);
  });

  it('names reach in words, never as "="', () => {
    expect(comparatorLabel('reach', 'vi')).toBe('đạt');
    expect(comparatorLabel('gte', 'en')).toBe('≥');
  });
});
