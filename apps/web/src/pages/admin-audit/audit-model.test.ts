import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import vi from '../../locales/vi.json';
import {
  type AuditFormat,
  actionLabel,
  changesOf,
  dayRange,
  fieldLabel,
  valueText,
} from './audit-model.ts';

describe('changesOf: old → new, only what changed', () => {
  it('compares two snapshots of a user field by field', () => {
    expect(
      changesOf(
        { email: 'a@b.vn', role: 'viewer', wards: [], disabled: false },
        { email: 'a@b.vn', role: 'ward_editor', wards: ['hai-an', 'hong-an'], disabled: false },
      ),
    ).toEqual([
      { field: 'role', before: 'viewer', after: 'ward_editor' },
      { field: 'wards', before: [], after: ['hai-an', 'hong-an'] },
    ]);
  });

  it('lists what a creation set, and what a deletion held', () => {
    expect(changesOf(null, { status: 'DONE', note: null })).toEqual([
      { field: 'status', before: null, after: 'DONE' },
    ]);
    expect(changesOf({ revokedAt: null }, { revokedAt: '2026-11-24T02:00:00.000Z' })).toEqual([
      { field: 'revokedAt', before: null, after: '2026-11-24T02:00:00.000Z' },
    ]);
  });

  it('compares nested values by content, and keeps a plain value as one change', () => {
    expect(changesOf({ a: { x: 1 } }, { a: { x: 2 } })).toEqual([
      { field: 'a', before: { x: 1 }, after: { x: 2 } },
    ]);
    expect(changesOf({ a: { x: 1 }, b: [1] }, { a: { x: 1 }, b: [1] })).toEqual([]);
    expect(changesOf(1, 2)).toEqual([{ field: '', before: 1, after: 2 }]);
    expect(changesOf(null, undefined)).toEqual([]);
  });
});

describe('dayRange: inclusive days in Hải Phòng time (UTC+7)', () => {
  it.each([
    [undefined, undefined, {}],
    ['2026-11-01', undefined, { since: '2026-11-01T00:00:00+07:00' }],
    [undefined, '2026-11-30', { until: '2026-12-01T00:00:00+07:00' }],
    [
      '2026-12-31',
      '2026-12-31',
      { since: '2026-12-31T00:00:00+07:00', until: '2027-01-01T00:00:00+07:00' },
    ],
    [undefined, '2028-02-28', { until: '2028-02-29T00:00:00+07:00' }],
  ])('%s..%s → %j', (from, to, expected) => {
    expect(dayRange(from, to)).toEqual(expected);
  });
});

describe('actionLabel: an audit action in the reader’s words', () => {
  const actions: Record<string, string> = vi.audit.actions;
  const t = (key: string, { defaultValue }: { defaultValue: string }) =>
    actions[key.replace('audit.actions.', '')] ?? defaultValue;

  it.each([
    ['recordObservation', 'Ghi kết quả'],
    ['importObservations:ket-qua.csv', 'Nhập kết quả từ tệp: ket-qua.csv'],
    ['startSession', 'Đăng nhập'],
    // Not in the locale files yet: shown as recorded, never hidden.
    ['someFutureAction', 'someFutureAction'],
  ])('%s → %s', (action, words) => {
    expect(actionLabel(t, action)).toBe(words);
  });
});

describe('valueText and fieldLabel: a recorded change in the reader’s words and formats', () => {
  const lookup =
    (messages: unknown) =>
    (key: string, { defaultValue }: { defaultValue: string }): string => {
      let node: unknown = messages;
      for (const part of key.split('.'))
        node = (node as Record<string, unknown> | undefined)?.[part];
      return typeof node === 'string' ? node : defaultValue;
    };
  const viFormat: AuditFormat = { t: lookup(vi), lang: 'vi' };
  const enFormat: AuditFormat = { t: lookup(en), lang: 'en' };

  it('writes numbers with a decimal comma in Vietnamese and a point in English', () => {
    expect(valueText(viFormat, 'value', 0.81)).toBe('0,81');
    expect(valueText(viFormat, 'value', 1234567.5)).toBe('1.234.567,5');
    expect(valueText(enFormat, 'value', 0.81)).toBe('0.81');
    // Years, periods and lines are names, not amounts: never grouped.
    expect(valueText(viFormat, 'year', 2026)).toBe('2026');
    expect(valueText(viFormat, 'sourceLine', 1234)).toBe('1234');
    // Month and quarter 0 are how an annual result is stored.
    expect(valueText(viFormat, 'month', 0)).toBe('Cả năm');
    expect(valueText(viFormat, 'month', 12)).toBe('12');
  });

  it('shows instants in Hải Phòng time, day first', () => {
    // 02:00 UTC is 09:00 in Hải Phòng (UTC+7).
    expect(valueText(viFormat, 'revokedAt', '2026-11-24T02:00:00.000Z')).toMatch(
      /09:00.*24\/11\/2026|24\/11\/2026.*09:00/,
    );
    expect(valueText(enFormat, 'revokedAt', '2026-11-24T02:00:00.000Z')).toMatch(
      /24\/11\/2026.*09:00/,
    );
  });

  it('names roles, task statuses and yes/no in words, and nothing as a dash', () => {
    expect(valueText(viFormat, 'role', 'ward_editor')).toBe('Cán bộ nhập liệu phường, xã');
    expect(valueText(enFormat, 'role', 'city_admin')).toBe(en.auth.role.CITY_ADMIN);
    expect(valueText(viFormat, 'status', 'DONE')).toBe('Hoàn thành');
    expect(valueText(viFormat, 'unit', 'percent')).toBe('Phần trăm (%)');
    expect(valueText(viFormat, 'source', 'import')).toBe('Nhập từ tệp');
    expect(valueText(enFormat, 'qualifier', 'gt')).toBe('More than');
    expect(valueText(viFormat, 'disabled', true)).toBe('Có');
    expect(valueText(enFormat, 'disabled', false)).toBe('No');
    expect(valueText(viFormat, 'note', null)).toBe('—');
    expect(valueText(viFormat, 'wards', [])).toBe('—');
    expect(valueText(viFormat, 'wards', ['hai-an', 'hong-an'])).toBe('hai-an, hong-an');
    // A value no locale names is shown as recorded, never hidden.
    expect(valueText(viFormat, 'kind', 'quantitative')).toBe('quantitative');
  });

  it('labels fields in the reader’s language, unknown ones as recorded', () => {
    expect(fieldLabel(viFormat, 'sourceText')).toBe('Nội dung như bản in');
    expect(fieldLabel(enFormat, 'revokedAt')).toBe('Revoked at');
    expect(fieldLabel(viFormat, 'someNewField')).toBe('someNewField');
  });
});
