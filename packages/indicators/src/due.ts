/**
 * A task's deadline with the precision it was printed with. "Tháng 12/2026" is a month, not the
 * 31st: showing an invented day would claim a precision the plan never gave.
 */
export type DuePeriod =
  | { precision: 'month'; year: number; month: number }
  /** A year, or a span of years ("2025-2026"): due by the end of `year`. */
  | { precision: 'year'; year: number; fromYear?: number }
  /** "Hằng năm", "Hàng tháng", "Thường xuyên": ongoing, never overdue. */
  | { precision: 'recurring' };

/** Legacy normalised form: ISO date of the last day of the printed period, or `recurring`. */
export type Due = string | 'recurring' | null;

const RECURRING = /^(hằng|hàng) (năm|tháng|quý)$|^thường xuyên$/u;

/** Reads a printed timing; null when it names no date ("Theo thời gian tại các Nghị quyết…"). */
export function duePeriod(printed: string | undefined | null): DuePeriod | null {
  if (!printed) return null;
  const text = printed.trim().replace(/\s+/g, ' ').toLowerCase();
  if (RECURRING.test(text)) return { precision: 'recurring' };

  const monthYear = /^(?:tháng )?(\d{1,2})\/(\d{4})$/u.exec(text);
  if (monthYear) {
    const month = Number(monthYear[1]);
    const year = Number(monthYear[2]);
    if (month < 1 || month > 12) throw new Error(`Invalid month in timing "${printed}"`);
    return { precision: 'month', year, month };
  }

  const yearSpan = /^(\d{4})(?:\s*-\s*(\d{4}))?$/u.exec(text);
  if (yearSpan) {
    const year = Number(yearSpan[2] ?? yearSpan[1]);
    return yearSpan[2]
      ? { precision: 'year', year, fromYear: Number(yearSpan[1]) }
      : { precision: 'year', year };
  }
  return null;
}

/** The month a deadline falls due in (the last month of a year), or null for ongoing tasks. */
export function dueMonth(due: DuePeriod | null): { year: number; month: number } | null {
  if (!due || due.precision === 'recurring') return null;
  return due.precision === 'month'
    ? { year: due.year, month: due.month }
    : { year: due.year, month: 12 };
}

/** "YYYY-MM" of the due month, the form of the month filters (`dueFrom`, `dueTo`). */
export function dueMonthKey(due: DuePeriod | null): string | null {
  const m = dueMonth(due);
  return m ? `${m.year}-${String(m.month).padStart(2, '0')}` : null;
}

/** Overdue: the due month has ended before `today` (ongoing and undated tasks never are). */
export function isOverdue(due: DuePeriod | null, today: Date): boolean {
  const m = dueMonth(due);
  if (!m) return false;
  const y = today.getUTCFullYear();
  const mo = today.getUTCMonth() + 1;
  return m.year < y || (m.year === y && m.month < mo);
}

/** Vietnamese formats: "12/2026", "2026", "2025–2026"; ongoing as "thường xuyên" / "ongoing". */
export function formatDue(due: DuePeriod | null, lang: 'vi' | 'en'): string | null {
  if (!due) return null;
  switch (due.precision) {
    case 'month':
      return `${String(due.month).padStart(2, '0')}/${due.year}`;
    case 'year':
      return due.fromYear ? `${due.fromYear}–${due.year}` : String(due.year);
    case 'recurring':
      return lang === 'en' ? 'ongoing' : 'thường xuyên';
  }
}

function lastDayOfMonth(year: number, month: number): string {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone drift.
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last day of the printed period (ISO) or `recurring`: only as a sortable, filterable end of
 * the period in the database. Show `formatDue` to people.
 */
export function normaliseDue(printed: string | undefined): Due {
  const due = duePeriod(printed);
  if (!due) return null;
  if (due.precision === 'recurring') return 'recurring';
  const m = dueMonth(due);
  return m ? lastDayOfMonth(m.year, m.month) : null;
}
