import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatVnd } from './format.ts';

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
