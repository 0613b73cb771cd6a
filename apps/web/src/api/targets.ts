import { formatValue, type Lang, unitOf } from '@lotrinh/ui';
import type { TFunction } from 'i18next';

/** What the API says a ward expects in a year (ExpectedTarget, or a Target milestone). */
export interface TargetFigure {
  comparator?: string | null;
  comparatorSymbol?: string | null;
  value?: number | null;
  valueHigh?: number | null;
  basis?: string | null;
  /** Ready-to-show text from the API ("≥ 0,8", "đạt 3%", "≈ 0,782, nội suy"), when it gives one. */
  display?: string | null;
}

/**
 * A target as a reader says it: "≥ 0,8", "45–50%", "đạt 3%" (a bare figure or "phấn đấu đạt"
 * means reach, not "equal"), with "nội suy" when the year lies between two milestones.
 */
export function formatTarget(f: TargetFigure, unit: string, lang: Lang, t: TFunction): string {
  if (f.display) return f.display;
  if (f.value == null) return '–';
  const value =
    f.valueHigh != null
      ? `${formatValue(f.value, unitOf(unit) === 'percent' ? 'number' : unit, lang)}–${formatValue(f.valueHigh, unit, lang)}`
      : formatValue(f.value, unit, lang);
  const comparator = (f.comparator ?? '').toLowerCase();
  const text =
    f.valueHigh != null
      ? value
      : comparator === 'eq' || comparator === 'reach' || comparator === ''
        ? t('target.reach', { value })
        : `${f.comparatorSymbol ?? ''} ${value}`.trim();
  const basis = (f.basis ?? '').toLowerCase();
  return basis === 'interpolated' ? t('target.interpolated', { value: text }) : text;
}

/**
 * A year's targets as one line: a plan may print the same level in two places (Hải An's budget
 * share: "ít nhất 3% … hằng năm" in the body and "≥ 3%" in PHỤ LỤC 2), which read "≥ 3%; ≥ 3%"
 * looks like a slip. Distinct texts are kept in order; `places` says how many printed it.
 */
export function targetLine(targets: readonly { display: string }[]): {
  text: string;
  places: number;
  repeated: boolean;
} {
  const distinct = [...new Set(targets.map((x) => x.display))];
  return {
    text: distinct.join('; '),
    places: targets.length,
    repeated: distinct.length < targets.length,
  };
}
