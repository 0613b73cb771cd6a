// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dueOf, formatDue, isOverdue } from './due.ts';

describe('deadlines as printed', () => {
  it.each([
    ['12/2026', '12/2026'],
    ['Tháng 12/2026', '12/2026'],
    ['Tháng 7/2025', '07/2025'],
    ['2025', '2025'],
    ['2025-2026', '2025–2026'],
    ['Thường xuyên', 'Thường xuyên'],
    ['Hằng năm', 'Hằng năm'],
    ['Theo thời gian tại các Nghị quyết', 'Theo thời gian tại các Nghị quyết'],
  ])('%s is shown as %s (no invented day)', (printed, shown) => {
    const due = dueOf({ timingAsPrinted: printed });
    expect(due && formatDue(due)).toBe(shown);
  });

  it('has no deadline when none is printed', () => {
    expect(dueOf({ timingAsPrinted: null })).toBeNull();
  });

  it('is overdue only after the whole printed month or year, and never when done', () => {
    const dec2025 = dueOf({ timingAsPrinted: 'Tháng 12/2025' });
    const dec2026 = dueOf({ timingAsPrinted: '12/2026' });
    expect(isOverdue(dec2025, 'NOT_STARTED', new Date('2025-12-31T23:00:00Z'))).toBe(false);
    expect(isOverdue(dec2025, 'NOT_STARTED', new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isOverdue(dec2025, 'DONE', new Date('2026-06-01T00:00:00Z'))).toBe(false);
    expect(isOverdue(dec2026, 'IN_PROGRESS', new Date('2026-11-23T00:00:00Z'))).toBe(false);
    expect(
      isOverdue(dueOf({ timingAsPrinted: 'Thường xuyên' }), 'NOT_STARTED', new Date('2030-01-01')),
    ).toBe(false);
  });
});

describe('the API’s own deadline field', () => {
  it('is preferred to the printed timing when present', () => {
    const due = dueOf({ due: '12/2026', timingAsPrinted: 'Tháng 12/2026' });
    expect(due && formatDue(due)).toBe('12/2026');
    expect(dueOf({ due: 'thường xuyên' })).toEqual({ kind: 'recurring', text: 'thường xuyên' });
  });
});
