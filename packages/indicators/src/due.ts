/**
 * Normalises a task's printed timing ("Tháng 9/2025", "12/2026", "2025-2026", "Hằng năm") into a
 * due date (ISO, the last day of the printed month or year) or `recurring`.
 * Returns `null` for timings that name no date ("Theo thời gian tại các Nghị quyết…").
 */
export type Due = string | 'recurring' | null;

const RECURRING = /^(hằng|hàng) (năm|tháng|quý)$|^thường xuyên$/u;

function lastDayOfMonth(year: number, month: number): string {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone drift.
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function normaliseDue(printed: string | undefined): Due {
  if (!printed) return null;
  const text = printed.trim().replace(/\s+/g, ' ').toLowerCase();
  if (RECURRING.test(text)) return 'recurring';

  const monthYear = /^(?:tháng )?(\d{1,2})\/(\d{4})$/u.exec(text);
  if (monthYear) {
    const month = Number(monthYear[1]);
    const year = Number(monthYear[2]);
    if (month < 1 || month > 12) throw new Error(`Invalid month in timing "${printed}"`);
    return lastDayOfMonth(year, month);
  }

  const yearSpan = /^(\d{4})(?:\s*-\s*(\d{4}))?$/u.exec(text);
  if (yearSpan) {
    const endYear = Number(yearSpan[2] ?? yearSpan[1]);
    return `${endYear}-12-31`;
  }
  return null;
}
