import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberInputText, parseVietnameseNumber } from './parse-number.ts';

const num = (value: number) => ({ kind: 'number', value });

describe('parseVietnameseNumber: the examples people type', () => {
  it.each([
    ['0,8241', num(0.8241)],
    ['82,54', num(82.54)],
    ['0,78', num(0.78)],
    ['82.54', num(82.54)],
    ['0.234', num(0.234)],
    ['1.134.256.000', num(1134256000)],
    ['1.234,5', num(1234.5)],
    ['1 134 256 000', num(1134256000)],
    ['1\u00A0234,5', num(1234.5)],
    ['1,234.5', num(1234.5)],
    ['1,234,567', num(1234567)],
    ['12', num(12)],
    ['82,54 %', num(82.54)],
    ['-3,5', num(-3.5)],
    ['1.234', { kind: 'ambiguous', thousands: 1234, decimal: 1.234 }],
    ['12.500', { kind: 'ambiguous', thousands: 12500, decimal: 12.5 }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['abc', { kind: 'invalid' }],
    ['1,2,3', { kind: 'invalid' }],
    ['1.23.4', { kind: 'invalid' }],
    ['1..2', { kind: 'invalid' }],
    [',5', { kind: 'invalid' }],
    ['5,', { kind: 'invalid' }],
    ['1e5', { kind: 'invalid' }],
    ['0x10', { kind: 'invalid' }],
    ['12 34', { kind: 'invalid' }],
    ['1.234,5,6', { kind: 'invalid' }],
  ])('%j → %j', (text, expected) => {
    expect(parseVietnameseNumber(text)).toEqual(expected);
  });
});

/** Non-negative numbers with at most six decimals, as the results columns hold them. */
const figure = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([whole, millionths]) => Number(`${whole}.${String(millionths).padStart(6, '0')}`));

const viGrouped = (v: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: true }).format(v);

describe('parseVietnameseNumber: properties', () => {
  it('reads back what the form writes (decimal comma, no grouping), exactly', () => {
    fc.assert(
      fc.property(figure, (v) => {
        expect(parseVietnameseNumber(numberInputText(v))).toEqual(num(v));
      }),
    );
  });

  it('reads Intl vi-VN text back, or flags it when it is the one ambiguous shape', () => {
    fc.assert(
      fc.property(figure, (v) => {
        const text = viGrouped(v);
        const parsed = parseVietnameseNumber(text);
        // "1.234" (one thousands dot, no decimals) is the only shape both habits disagree on.
        if (/^[1-9]\d{0,2}\.\d{3}$/.test(text))
          expect(parsed).toEqual({ kind: 'ambiguous', thousands: v, decimal: v / 1000 });
        else expect(parsed).toEqual(num(v));
      }),
    );
  });

  it('reads en-US text (thousands commas, decimal point) unless it is ambiguous', () => {
    fc.assert(
      fc.property(figure, (v) => {
        const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(v);
        const parsed = parseVietnameseNumber(text);
        // A lone comma is a Vietnamese decimal comma ("1,234" = 1,234), never English thousands.
        if (/^\d{1,3},\d{3}$/.test(text))
          expect(parsed).toEqual(num(Number(text.replace(',', '.'))));
        else if (/^[1-9]\d{0,2}\.\d{3}$/.test(text)) expect(parsed.kind).toBe('ambiguous');
        else expect(parsed).toEqual(num(v));
      }),
    );
  });

  it('never guesses "a.bcd": both readings are offered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const bcd = String(b).padStart(3, '0');
        expect(parseVietnameseNumber(`${a}.${bcd}`)).toEqual({
          kind: 'ambiguous',
          thousands: a * 1000 + b,
          decimal: Number(`${a}.${bcd}`),
        });
      }),
    );
  });

  it('never throws, and a number it returns is finite', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789.,- %a\u00A0'.split('')) }),
        (s) => {
          const parsed = parseVietnameseNumber(s);
          if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
          if (parsed.kind === 'ambiguous') expect(parsed.thousands).not.toBe(parsed.decimal);
        },
      ),
    );
  });
});
