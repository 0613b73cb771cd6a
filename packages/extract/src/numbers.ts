/**
 * Vietnamese numbers: a decimal comma and dot thousands ("0,77", "82,54", "1.134.256.000").
 * A dot followed by anything but groups of three digits is not a thousands separator, so
 * "1.1" (a row label) is not read as a number here.
 */
const VIETNAMESE_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

export function parseVietnameseNumber(printed: string): number | null {
  const s = printed.trim();
  if (!VIETNAMESE_NUMBER.test(s)) return null;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

/** Source of a number inside a larger regular expression (no anchors, no groups). */
export const NUMBER_SOURCE = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`;
