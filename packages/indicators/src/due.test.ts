import { describe, expect, it } from 'vitest';
import { normaliseDue } from './due.ts';

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
