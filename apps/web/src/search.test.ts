// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  auditSearch,
  overviewSearch,
  parseMonth,
  parseYear,
  rootSearch,
  signInSearch,
  wardSearch,
} from './search.ts';

describe('URL state', () => {
  it.each([
    ['2030', 2030],
    [2026, 2026],
    ['2024', undefined],
    ['2046', undefined],
    ['2030.5', undefined],
    ['banana', undefined],
    [undefined, undefined],
  ])('year %s → %s', (input, year) => {
    expect(parseYear(input)).toBe(year);
  });

  it('keeps a known pillar and year and drops what it does not know', () => {
    expect(overviewSearch({ year: '2030', pillar: 'DG', extra: 'x' })).toEqual({
      year: 2030,
      pillar: 'DG',
    });
    expect(overviewSearch({ year: 'x', pillar: '<script>' })).toEqual({});
  });

  it('reads English only from ?lang=en; Vietnamese is the default, not a parameter', () => {
    expect(rootSearch({ lang: 'en' })).toEqual({ lang: 'en' });
    expect(rootSearch({ lang: 'vi' })).toEqual({});
    expect(rootSearch({ lang: 'fr' })).toEqual({});
  });

  it('reads the ward page’s task filters: a due month as printed, a status, a lead unit', () => {
    expect(
      wardSearch({
        due: '12/2026',
        task: 'OVERDUE',
        lead: '  Phòng Văn hóa - Xã hội ',
        indicator: 'DTI_WARD_INDEX',
      }),
    ).toEqual({
      due: '12/2026',
      task: 'OVERDUE',
      lead: 'Phòng Văn hóa - Xã hội',
      indicator: 'DTI_WARD_INDEX',
    });
    expect(parseMonth('13/2026')).toBeUndefined();
    expect(parseMonth('31/12/2026')).toBeUndefined();
    expect(wardSearch({ task: 'LATE' })).toEqual({});
  });
});

describe('sign-in and audit query strings', () => {
  it.each([
    [{ redirect: '/admin/users' }, { redirect: '/admin/users' }],
    [{ redirect: 'https://evil.example' }, {}],
    [{ redirect: '//evil.example' }, {}],
  ])('signInSearch(%j) → %j', (raw, expected) => {
    expect(signInSearch(raw)).toEqual(expected);
  });

  it.each([
    [
      {
        ward: 'hai-an',
        user: '2f1c7a1e-0000-4000-8000-000000000000',
        from: '2026-11-01',
        to: '2026-11-30',
      },
      {
        ward: 'hai-an',
        user: '2f1c7a1e-0000-4000-8000-000000000000',
        from: '2026-11-01',
        to: '2026-11-30',
      },
    ],
    [{ ward: '../etc', user: 'a b', from: '2026-02-30', to: '24/11/2026' }, {}],
    [{ from: '2028-02-29', to: 20261124 }, { from: '2028-02-29' }],
  ])('auditSearch(%j) → %j', (raw, expected) => {
    expect(auditSearch(raw)).toEqual(expected);
  });
});
