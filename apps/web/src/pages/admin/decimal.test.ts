// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decimalText, parseDecimal } from './decimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['0,77', 0.77],
    ['82,54', 82.54],
    [' 100 ', 100],
    ['1.134.256.000', 1_134_256_000],
    ['1.234,5', 1234.5],
    ['3', 3],
  ])('%s → %s', (typed, value) => expect(parseDecimal(typed)).toEqual({ ok: true, value }));

  it.each([
    ['1.234', 'ambiguous'],
    ['0.8', 'ambiguous'],
    ['', 'notNumber'],
    ['≥ 0,8', 'notNumber'],
    ['1,2,3', 'notNumber'],
  ])('%s is refused (%s)', (typed, problem) =>
    expect(parseDecimal(typed)).toEqual({ ok: false, problem }),
  );

  it('writes a value back so it parses to itself', () => {
    for (const v of [0.77, 82.54, 100, 1_134_256_000]) {
      expect(parseDecimal(decimalText(v))).toEqual({ ok: true, value: v });
    }
    expect(decimalText(null)).toBe('');
  });
});
