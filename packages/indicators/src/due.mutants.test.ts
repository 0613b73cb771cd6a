import { describe, expect, it } from 'vitest';
import { formatDue, isOverdue, normaliseDue } from './due.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).
// The timings are variants of the printed ones (extra spaces, capitals), plus texts that merely
// contain a timing, which must not be read as one.

describe('normaliseDue: variants of printed timings', () => {
  it.each<[string, string | null]>([
    ['  Tháng   9/2025 ', '2025-09-30'], // runs of spaces and padding, as in wrapped table cells
    ['THÁNG 9/2025', '2025-09-30'],
    ['Tháng\t12/2025', '2025-12-31'],
    ['Tháng 1/2026', '2026-01-31'], // the first month is a month
    ['Tháng 09/2025', '2025-09-30'], // a leading zero
    ['Tháng 2/2027', '2027-02-28'], // not a leap year
    ['2025 - 2026', '2026-12-31'], // a span printed with spaces
    ['2025-2030', '2030-12-31'],
    ['HẰNG NĂM', 'recurring'],
    ['Hằng quý', 'recurring'],
    ['hằng tháng', 'recurring'],
    ['  Thường  xuyên ', 'recurring'],
    ['', null],
  ])('%j → %s', (printed, due) => {
    expect(normaliseDue(printed)).toBe(due);
  });

  it.each([
    'Báo cáo hằng năm', // contains a recurrence but says more
    'Hằng năm, từ 2026',
    'Thường xuyên và đột xuất',
    'Kiểm tra thường xuyên',
    'Trước tháng 9/2025',
    'Tháng 9/2025 và 12/2025',
    'Năm 2025',
    '2025-2026-2027',
    '12025',
    'Quý III/2025',
  ])('%j names no date it can read → null', (printed) => {
    expect(normaliseDue(printed)).toBeNull();
  });

  it.each(['Tháng 0/2025', 'Tháng 13/2025', '00/2026'])('%j is not a month → error', (printed) => {
    expect(() => normaliseDue(printed)).toThrow(`Invalid month in timing "${printed}"`);
  });
});

describe('formatDue and isOverdue', () => {
  it('says "ongoing" in each language', () => {
    expect(formatDue({ precision: 'recurring' }, 'vi')).toBe('thường xuyên');
    expect(formatDue({ precision: 'recurring' }, 'en')).toBe('ongoing');
  });

  it.each<[string, string, boolean]>([
    // Due in 3/2026: overdue once April 2026 begins.
    ['2025-12-31', 'a year before', false],
    ['2026-02-28', 'the month before', false],
    ['2026-03-31', 'within the month', false],
    ['2026-04-01', 'the month after', true],
    ['2027-01-01', 'the year after', true],
  ])('due 3/2026, on %s (%s): overdue %s', (today, _label, overdue) => {
    expect(
      isOverdue({ precision: 'month', year: 2026, month: 3 }, new Date(`${today}T00:00:00Z`)),
    ).toBe(overdue);
  });
});
