/**
 * A task's deadline with the precision it was printed with: a month ("12/2026"), a year
 * ("2025", "2025–2026"), or a recurring rhythm ("Thường xuyên", "Hằng năm") — never an invented
 * day such as 31/12/2026.
 */
export type Due =
  | { kind: 'month'; month: number; year: number }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'recurring'; text: string }
  | { kind: 'text'; text: string };

const RECURRING = /^(thường xuyên|hằng năm|hàng năm|hàng tháng|hằng tháng|hằng quý|hàng quý)$/i;

export function dueOf(task: {
  /** The API's deadline with its printed precision ("12/2026", "thường xuyên"), when it gives one. */
  due?: string | null;
  timingAsPrinted?: string | null;
  recurring?: boolean;
}): Due | null {
  const printed = (task.due ?? task.timingAsPrinted)?.trim();
  if (!printed) return null;
  const month = /^(?:tháng\s+)?(\d{1,2})\/(\d{4})$/i.exec(printed);
  if (month) return { kind: 'month', month: Number(month[1]), year: Number(month[2]) };
  const years = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(printed);
  if (years) return { kind: 'years', from: Number(years[1]), to: Number(years[2] ?? years[1]) };
  if (RECURRING.test(printed) || task.recurring) return { kind: 'recurring', text: printed };
  return { kind: 'text', text: printed };
}

/** "12/2026", "2025", "2025–2026", or the words as printed. */
export function formatDue(due: Due): string {
  switch (due.kind) {
    case 'month':
      return `${String(due.month).padStart(2, '0')}/${due.year}`;
    case 'years':
      return due.from === due.to ? String(due.from) : `${due.from}–${due.to}`;
    default:
      return due.text;
  }
}

/** The month key used by the "due month" filter ("12/2026"), or null when not a month. */
export function dueMonth(due: Due | null): string | null {
  return due?.kind === 'month' ? formatDue(due) : null;
}

/** Overdue once the whole printed period has passed and the task is not done. */
export function isOverdue(due: Due | null, status: string, today: Date): boolean {
  if (!due || status === 'DONE') return false;
  const end =
    due.kind === 'month'
      ? Date.UTC(due.year, due.month, 1)
      : due.kind === 'years'
        ? Date.UTC(due.to + 1, 0, 1)
        : null;
  return end !== null && today.getTime() >= end;
}
