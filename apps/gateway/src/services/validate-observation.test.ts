import { describe, expect, it } from 'vitest';
import {
  decimalPlaces,
  type ObservationFields,
  validateObservation,
} from './validate-observation.ts';

const PERCENT = { code: 'DS_VNEID', unit: 'percent' } as const;
const INDEX = { code: 'DTI_WARD_INDEX', unit: 'index' } as const;
const VND = { code: 'DE_REVENUE', unit: 'vnd' } as const;
const COUNT = { code: 'DG_KIOSKS', unit: 'count' } as const;
const BOOLEAN = { code: 'DS_PLAN_ISSUED', unit: 'boolean' } as const;

type Case = [
  string,
  { code: string; unit: 'percent' | 'index' | 'vnd' | 'count' | 'boolean' },
  ObservationFields,
  string,
  RegExp,
  RegExp,
];

describe('validateObservation', () => {
  it.each<[string, typeof PERCENT | typeof VND | typeof INDEX, ObservationFields]>([
    ['a percentage', PERCENT, { year: 2025, value: 82.54 }],
    ['a quarter', PERCENT, { year: 2026, quarter: 4, value: 0 }],
    [
      'a fraction that gives the value',
      PERCENT,
      { year: 2026, value: 62.5, numerator: 5, denominator: 8 },
    ],
    ['the largest amount the column holds', VND, { year: 2026, value: 99_999_999_999_999 }],
    ['six decimals', INDEX, { year: 2026, value: 0.123456 }],
  ])('accepts %s', (_label, indicator, fields) => {
    expect(validateObservation(fields, indicator)).toEqual([]);
  });

  it.each<Case>([
    [
      'a year out of range',
      PERCENT,
      { year: 1999, value: 5 },
      'year',
      /2020 đến 2050/,
      /2020 to 2050/,
    ],
    ['a fractional year', PERCENT, { year: 2025.5, value: 5 }, 'year', /số nguyên/, /whole/],
    ['a fifth quarter', PERCENT, { year: 2025, quarter: 5, value: 5 }, 'quarter', /1 đến 4/, /1–4/],
    [
      'a thirteenth month',
      PERCENT,
      { year: 2025, month: 13, value: 5 },
      'month',
      /1 đến 12/,
      /1–12/,
    ],
    [
      'a quarter and a month',
      PERCENT,
      { year: 2025, quarter: 1, month: 2, value: 5 },
      'month',
      /không ghi cả hai/,
      /not both/,
    ],
    ['a percentage above 100', PERCENT, { year: 2025, value: 120 }, 'value', /0 đến 100/, /0–100/],
    ['an index above 1', INDEX, { year: 2025, value: 77 }, 'value', /0 đến 1/, /0–1/],
    ['a fractional count', COUNT, { year: 2025, value: 2.5 }, 'value', /số nguyên/, /whole number/],
    ['a negative value', VND, { year: 2025, value: -1 }, 'value', /không được âm/, /negative/],
    [
      '1e15 đồng (numeric(20,6) overflow)',
      VND,
      { year: 2025, value: 1e15 },
      'value',
      /99\.999\.999\.999\.999,999999/,
      /99,999,999,999,999\.999999/,
    ],
    ['1e14 đồng exactly', VND, { year: 2025, value: 1e14 }, 'value', /quá lớn/, /Too large/],
    [
      '0.0000001 (seven decimals)',
      INDEX,
      { year: 2025, value: 0.0000001 },
      'value',
      /6 chữ số sau dấu phẩy.*có 7/,
      /6 decimal places.*has 7/,
    ],
    [
      'a numerator of 1e15',
      VND,
      { year: 2025, value: 5, numerator: 1e15, denominator: 1 },
      'numerator',
      /quá lớn/,
      /Too large/,
    ],
    [
      'a zero denominator',
      PERCENT,
      { year: 2025, value: 5, numerator: 0, denominator: 0 },
      'denominator',
      /lớn hơn 0/,
      /above 0/,
    ],
    [
      'a numerator above the denominator',
      PERCENT,
      { year: 2025, value: 5, numerator: 9, denominator: 4 },
      'numerator',
      /lớn hơn mẫu số/,
      /exceed/,
    ],
    [
      'a fraction that does not give the value',
      PERCENT,
      { year: 2026, value: 50, numerator: 1, denominator: 4 },
      'value',
      /25,00%/,
      /25\.00%/,
    ],
    ['no value', PERCENT, { year: 2026 }, 'value', /Hãy ghi giá trị/, /Give a value/],
    [
      'a yes/no indicator without met',
      BOOLEAN,
      { year: 2026 },
      'met',
      /đạt \/ không đạt/,
      /met \/ not met/,
    ],
    [
      'a yes/no indicator with a number',
      BOOLEAN,
      { year: 2026, met: true, value: 1 },
      'value',
      /không nhận giá trị số/,
      /no numeric value/,
    ],
    [
      'NaN',
      PERCENT,
      { year: 2026, value: Number.NaN },
      'value',
      /Phải là một số/,
      /Must be a number/,
    ],
  ])('refuses %s, in Vietnamese and in English', (_label, indicator, fields, field, vi, en) => {
    const inVi = validateObservation(fields, indicator, { path: ['input'] });
    expect(inVi).toEqual([{ path: ['input', field], message: expect.stringMatching(vi) }]);
    const inEn = validateObservation(fields, indicator, { path: ['input'], lang: 'en' });
    expect(inEn).toEqual([{ path: ['input', field], message: expect.stringMatching(en) }]);
  });

  it('reports each invalid field once, and cross-field rules beside field rules', () => {
    const problems = validateObservation(
      { year: 1999, quarter: 1, month: 2, value: 1e15 },
      PERCENT,
      { lang: 'en' },
    );
    expect(problems.map((p) => p.path.join('.')).sort()).toEqual(['month', 'value', 'year']);
  });
});

describe('decimalPlaces', () => {
  it.each([
    [0, 0],
    [82.54, 2],
    [0.0000001, 7],
    [1.5e-7, 8],
    [0.000001, 6],
    [1e21, 0],
    [-12.125, 3],
    [99_999_999_999_999.5, 1],
  ])('%d has %d decimal places', (n, places) => {
    expect(decimalPlaces(n)).toBe(places);
  });
});
