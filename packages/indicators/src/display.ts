import { cleanPrintedText } from './printed-text.ts';
import { COMPARATOR_SYMBOL, type Comparator, type Unit } from './types.ts';

export type Lang = 'vi' | 'en';

/**
 * Decimals a published figure keeps, by unit. Scoring works on exact values; figures are rounded
 * only where they leave the product (API, exports, screens), so `0.8200000000000001` and a gap of
 * `-12.540000000000006` never reach a reader. Indexes keep 3 decimals because interpolated
 * expectations (0,782) need them; the plans print 2.
 */
export const UNIT_DECIMALS: Readonly<Record<Unit, number>> = {
  percent: 2,
  index: 3,
  vnd: 0,
  count: 2,
  countPerYear: 2,
  boolean: 0,
};

/** Rounds half away from zero to the unit's decimals; `-0` becomes `0`. */
export function roundForUnit(value: number, unit: Unit): number {
  return roundTo(value, UNIT_DECIMALS[unit]);
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A number in the reader's format: `82,54%`, `0,782`, `1.134.256.000 đồng` (vi) or `82.54%` (en). */
/**
 * One formatter per language and unit: building an `Intl.NumberFormat` costs ~0.1 ms, and a
 * 114-unit overview formats tens of thousands of values (it was a third of its time).
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatterFor(lang: Lang, unit: Unit): Intl.NumberFormat {
  const key = `${lang}:${unit}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: UNIT_DECIMALS[unit] });
    formatters.set(key, f);
  }
  return f;
}

export function formatValue(value: number, unit: Unit, lang: Lang = 'vi'): string {
  const n = formatterFor(lang, unit).format(roundForUnit(value, unit));
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'vnd':
      return lang === 'en' ? `${n} dong` : `${n} đồng`;
    default:
      return n;
  }
}

/** "≥", ">", "≤", "<", "–", and the word for `reach` ("đạt" / "reach"). */
export function comparatorLabel(comparator: Comparator, lang: Lang = 'vi'): string {
  if (comparator === 'reach') return lang === 'en' ? 'reach' : 'đạt';
  return COMPARATOR_SYMBOL[comparator];
}

export interface DisplayGoal {
  comparator: Comparator;
  value: number;
  valueHigh?: number;
  /** How the year's goal was obtained (see `trajectory.ts`). */
  basis?: 'milestone' | 'interpolated' | 'from-baseline' | 'recurring';
}

/**
 * A goal as a reader should see it: "≥ 0,8", "đạt 3%", "20–22%", and for a derived year
 * "≈ 0,782, nội suy" — an interpolated expectation is never dressed up as a printed target.
 */
export function describeGoal(goal: DisplayGoal, unit: Unit, lang: Lang = 'vi'): string {
  const value =
    goal.comparator === 'range' && goal.valueHigh !== undefined
      ? `${formatValue(goal.value, unit, lang).replace(/%$/, '')}–${formatValue(goal.valueHigh, unit, lang)}`
      : formatValue(goal.value, unit, lang);
  if (goal.basis === 'interpolated' || goal.basis === 'from-baseline') {
    return `≈ ${value}, ${lang === 'en' ? 'interpolated' : 'nội suy'}`;
  }
  const printed =
    goal.comparator === 'range' ? value : `${comparatorLabel(goal.comparator, lang)} ${value}`;
  if (goal.basis === 'recurring')
    return `${printed} ${lang === 'en' ? '(every year)' : '(hằng năm)'}`;
  return printed;
}

/** The printed text a reader sees for a provenance: see `cleanPrintedText`. */
export const shownText = (raw: string): string => cleanPrintedText(raw);
