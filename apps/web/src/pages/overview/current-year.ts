/** The year the city looks at by default: this year, within the plans' 2025–2045 span. */
export function currentYear(today = new Date()): number {
  return Math.min(2045, Math.max(2025, today.getUTCFullYear()));
}
