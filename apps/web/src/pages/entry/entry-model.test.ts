import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  historyLines,
  isTouched,
  numberFieldsOf,
  periodFields,
  periodOf,
  problemsByField,
  readRow,
} from './entry-model.ts';

describe('the results form model', () => {
  it.each([
    ['PERCENT', ['value', 'numerator', 'denominator']],
    ['INDEX', ['value']],
    ['VND', ['value']],
    ['COUNT_PER_YEAR', ['value']],
    ['BOOLEAN', []],
  ])('a %s indicator has the fields %j', (unit, fields) => {
    expect(numberFieldsOf(unit)).toEqual(fields);
  });

  it.each([
    ['y', null, null],
    ['q3', 3, null],
    ['m12', null, 12],
  ] as const)('period %s is quarter %s, month %s, and back', (key, quarter, month) => {
    expect(periodFields(key)).toEqual({ quarter, month });
    expect(periodOf(quarter, month)).toBe(key);
  });

  it('reads Vietnamese numbers and holds back an ambiguous one', () => {
    const draft = { ...emptyDraft(), value: '82,54', numerator: '1.234', denominator: 'x' };
    const read = readRow(draft, 'PERCENT', 2025);
    expect(read.input).toMatchObject({
      year: 2025,
      quarter: null,
      month: null,
      value: 82.54,
      numerator: null,
      denominator: null,
      evidenceType: 'REPORT',
      evidenceNumber: null,
    });
    expect(read.local).toEqual({
      numerator: { kind: 'ambiguous', thousands: 1234, decimal: 1.234 },
      denominator: { kind: 'invalid' },
    });
  });

  it('sends met / not met for a yes/no indicator and ignores number fields', () => {
    const read = readRow({ ...emptyDraft(), met: 'false', value: '12' }, 'BOOLEAN', 2026);
    expect(read.input).toMatchObject({ met: false, value: null });
    expect(read.local).toEqual({});
  });

  it('counts a row as touched only when a result is given (evidence alone saves nothing)', () => {
    expect(isTouched({ ...emptyDraft(), evidenceNumber: '12/BC' })).toBe(false);
    expect(isTouched({ ...emptyDraft(), value: ' 0,78 ' })).toBe(true);
    expect(isTouched({ ...emptyDraft(), met: 'true' })).toBe(true);
  });

  it('keeps the first problem of each field', () => {
    expect(
      problemsByField([
        { path: ['input', 'value'], message: 'a' },
        { path: ['input', 'value'], message: 'b' },
        { path: ['input', 'numerator'], message: 'c' },
      ]),
    ).toEqual({ value: 'a', numerator: 'c' });
  });

  it('lists a history oldest first as old → new', () => {
    const v = (version: number, display: string, by: string | null) => ({
      id: `v${version}`,
      version,
      display,
      met: null,
      recordedBy: by,
      createdAt: `2026-11-2${version}T08:00:00Z`,
      note: null,
      quarter: null,
      month: null,
    });
    expect(
      historyLines([v(3, '0,8', 'C'), v(1, '0,78', null), v(2, '0,79', 'B')]).map((l) => [
        l.version,
        l.by,
        l.from,
        l.to,
      ]),
    ).toEqual([
      [1, null, null, '0,78'],
      [2, 'B', '0,78', '0,79'],
      [3, 'C', '0,79', '0,8'],
    ]);
  });
});
