import { describe, expect, it } from 'vitest';
import vi from '../../locales/vi.json';
import { actionLabel, changesOf, dayRange } from './audit-model.ts';

describe('changesOf: old → new, only what changed', () => {
  it('compares two snapshots of a user field by field', () => {
    expect(
      changesOf(
        { email: 'a@b.vn', role: 'viewer', wards: [], disabled: false },
        { email: 'a@b.vn', role: 'ward_editor', wards: ['hai-an', 'hong-an'], disabled: false },
      ),
    ).toEqual([
      { field: 'role', before: 'viewer', after: 'ward_editor' },
      { field: 'wards', before: '—', after: 'hai-an, hong-an' },
    ]);
  });

  it('lists what a creation set, and what a deletion held', () => {
    expect(changesOf(null, { status: 'DONE', note: null })).toEqual([
      { field: 'status', before: '—', after: 'DONE' },
    ]);
    expect(changesOf({ revokedAt: null }, { revokedAt: '2026-11-24T02:00:00.000Z' })).toEqual([
      { field: 'revokedAt', before: '—', after: '2026-11-24T02:00:00.000Z' },
    ]);
  });

  it('shows nested values as JSON and plain values as one change', () => {
    expect(changesOf({ a: { x: 1 } }, { a: { x: 2 } })).toEqual([
      { field: 'a', before: '{"x":1}', after: '{"x":2}' },
    ]);
    expect(changesOf(1, 2)).toEqual([{ field: '', before: '1', after: '2' }]);
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
