import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDelta,
  formatMonth,
  formatNumber,
  formatPercent,
  formatValue,
  formatVnd,
} from './format.ts';

// Intl may use a narrow no-break space before the currency sign; compare on plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('Vietnamese-first number formats', () => {
  it.each([
    [82.54, 'vi', '82,54%'],
    [82.54, 'en', '82.54%'],
    [100, 'vi', '100%'],
    [0.5, 'vi', '0,5%'],
  ] as const)('%d%% in %s → %s', (value, lang, expected) => {
    expect(formatPercent(value, lang)).toBe(expected);
  });

  it('groups thousands with dots in Vietnamese (10.329 / 12.514)', () => {
    expect(formatNumber(10329, 'vi')).toBe('10.329');
    expect(formatNumber(12514, 'en')).toBe('12,514');
    expect(formatNumber(0.77, 'vi')).toBe('0,77');
  });

  it('formats đồng (1.134.256.000 đồng, Chu Văn An 2025)', () => {
    expect(plain(formatVnd(1134256000, 'vi'))).toBe('1.134.256.000 ₫');
  });
});

describe('formatValue by unit', () => {
  it.each([
    [82.54, 'percent', 'vi', '82,54%'],
    [0.8, 'index', 'vi', '0,8'],
    [0.7816, 'index', 'vi', '0,782'],
    [0.7816, 'index', 'en', '0.782'],
    [10, 'count', 'vi', '10'],
    [5, 'countPerYear', 'vi', '5/năm'],
    [5, 'countPerYear', 'en', '5/year'],
    [1, 'boolean', 'vi', 'Có'],
    [0, 'boolean', 'en', 'No'],
    [3.5, 'unknown', 'vi', '3,5'],
    // The API's enum spelling.
    [82.54, 'PERCENT', 'vi', '82,54%'],
    [5, 'COUNT_PER_YEAR', 'vi', '5/năm'],
    [0.7816, 'INDEX', 'vi', '0,782'],
  ] as const)('%d %s (%s) → %s', (value, unit, lang, expected) => {
    expect(formatValue(value, unit, lang)).toBe(expected);
  });

  it('formats đồng by unit', () => {
    expect(plain(formatValue(1134256000, 'vnd', 'vi'))).toBe('1.134.256.000 ₫');
  });
});

describe('formatDelta', () => {
  it.each([
    [7.46, 'percent', 'vi', '+7,46 điểm %'],
    [-12.54, 'percent', 'en', '−12.54 pp'],
    [0.03, 'index', 'vi', '+0,03'],
    [0, 'count', 'vi', '±0'],
  ] as const)('%d %s (%s) → %s', (delta, unit, lang, expected) => {
    expect(formatDelta(delta, unit, lang)).toBe(expected);
  });
});

describe('formatMonth', () => {
  it('prints a deadline month as documents do', () => {
    expect(formatMonth(12, 2026)).toBe('12/2026');
    expect(formatMonth(7, 2025)).toBe('07/2025');
  });
});

describe('formatDateTime', () => {
  it('prints day/month/year and the time in Hải Phòng (UTC+7), across midnight UTC', () => {
    expect(formatDateTime(new Date('2026-11-24T02:05:00Z'))).toBe('24/11/2026 09:05');
    expect(formatDateTime(new Date('2026-12-31T18:30:00Z'))).toBe('01/01/2027 01:30');
  });
});
