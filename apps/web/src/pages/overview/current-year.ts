/** The year the city looks at by default: this year, within the plans' 2025–2045 span. */
export function currentYear(today = new Date()): number {
  return Math.min(2045, Math.max(2025, today.getUTCFullYear()));
}

/** "YYYY-MM" of the month before `today` (UTC, as the API judges deadlines). */
export function previousMonthKey(today = new Date()): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth(); // 0-based: this month's index is last month's number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`;
}

/**
 * The overview request's variables, the same for the route's preload and the page. Only tasks
 * due up to last month can be overdue (their month has ended), so only those are asked for.
 */
export function overviewVariables(year: number, pillar: string | null, today = new Date()) {
  return { year, previousYear: year - 1, pillar, dueBy: previousMonthKey(today) };
}
