import { describe, expect, it } from 'vitest';
import { dueMonthKey, duePeriod, formatDue, isOverdue, normaliseDue } from './due.ts';

describe('normaliseDue', () => {
  // Timings as printed in the seeds' task tables.
  it.each([
    ['Tháng 9/2025', '2025-09-30'], // Hải An PHỤ LỤC 3 II.1
    ['Tháng 12/2025', '2025-12-31'], // Hải An PHỤ LỤC 3 II.2
    ['12/2026', '2026-12-31'], // Hồng Bàng row 1
    ['Tháng 11/2026', '2026-11-30'], // Hồng Bàng row 11
    ['Tháng 7/2025', '2025-07-31'], // Thanh Miện 2.4
    ['2025', '2025-12-31'], // Thanh Miện 1.3
    ['2025-2026', '2026-12-31'], // Thanh Miện 3.3
    ['Tháng 2/2028', '2028-02-29'], // leap year
    ['Hằng năm', 'recurring'],
    ['Hàng năm', 'recurring'],
    ['Hàng tháng', 'recurring'],
    ['Thường xuyên', 'recurring'],
    ['Theo thời gian tại các Nghị quyết, Quyết định, Kế hoạch đã phê duyệt', null],
    [undefined, null],
  ])('%s → %s', (printed, due) => {
    expect(normaliseDue(printed)).toBe(due);
  });

  it('rejects a month that does not exist', () => {
    expect(() => normaliseDue('Tháng 13/2025')).toThrow(/Invalid month/);
  });
});

describe('duePeriod keeps the printed precision', () => {
  it.each([
    ['Tháng 12/2026', { precision: 'month', year: 2026, month: 12 }, '12/2026', '2026-12'], // Hồng Bàng
    ['12/2026', { precision: 'month', year: 2026, month: 12 }, '12/2026', '2026-12'],
    ['Tháng 9/2025', { precision: 'month', year: 2025, month: 9 }, '09/2025', '2025-09'],
    ['2025', { precision: 'year', year: 2025 }, '2025', '2025-12'], // Thanh Miện 1.3
    ['2025-2026', { precision: 'year', year: 2026, fromYear: 2025 }, '2025–2026', '2026-12'],
    ['Thường xuyên', { precision: 'recurring' }, 'thường xuyên', null],
  ])('%s', (printed, period, shown, monthKey) => {
    const due = duePeriod(printed);
    expect(due).toEqual(period);
    expect(formatDue(due, 'vi')).toBe(shown);
    expect(dueMonthKey(due)).toBe(monthKey);
  });

  it.each([
    ['Tháng 12/2026', '2026-12-15', false], // due this month: not overdue yet
    ['Tháng 11/2026', '2026-12-01', true],
    ['2025', '2026-01-01', true],
    ['2026', '2026-11-23', false],
    ['Hằng năm', '2040-01-01', false],
  ])('%s on %s overdue: %s', (printed, today, overdue) => {
    expect(isOverdue(duePeriod(printed), new Date(`${today}T00:00:00Z`))).toBe(overdue);
  });
});
