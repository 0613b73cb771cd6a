import type { Indicator } from '@lotrinh/indicators';
import type { FieldProblem } from './errors.ts';

/** What a person may submit for one period. */
export interface ObservationFields {
  year: number;
  quarter?: number | null;
  month?: number | null;
  value?: number | null;
  met?: boolean | null;
  numerator?: number | null;
  denominator?: number | null;
}

export const YEAR_RANGE = { min: 2020, max: 2050 } as const;

/**
 * Checks a result against its indicator before it reaches the database (which checks again):
 * the period, a value or a met flag as the unit needs, ranges by unit, and the fraction.
 * Returns one problem per field, with the path to put it next to the input.
 */
export function validateObservation(
  fields: ObservationFields,
  indicator: Indicator,
  path: string[] = [],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (field: string, message: string) => problems.push({ path: [...path, field], message });
  if (
    !Number.isInteger(fields.year) ||
    fields.year < YEAR_RANGE.min ||
    fields.year > YEAR_RANGE.max
  ) {
    at('year', `Year must be a whole number from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}.`);
  }
  if (
    fields.quarter != null &&
    (!Number.isInteger(fields.quarter) || fields.quarter < 1 || fields.quarter > 4)
  )
    at('quarter', 'Quarter must be 1–4.');
  if (
    fields.month != null &&
    (!Number.isInteger(fields.month) || fields.month < 1 || fields.month > 12)
  )
    at('month', 'Month must be 1–12.');
  if (fields.quarter != null && fields.month != null)
    at('month', 'Give a quarter or a month, not both.');

  const value = fields.value;
  if (indicator.unit === 'boolean') {
    if (fields.met == null) at('met', `${indicator.code} is met / not met: give "met".`);
    if (value != null) at('value', `${indicator.code} takes no numeric value.`);
  } else if (value == null) {
    if (fields.met == null) at('value', `Give a value in ${indicator.unit}.`);
  } else if (!Number.isFinite(value)) {
    at('value', 'Value must be a number.');
  } else if (value < 0) {
    at('value', 'Value cannot be negative.');
  } else if (indicator.unit === 'percent' && value > 100) {
    at('value', 'A percentage is 0–100 (e.g. 82.54 for 82,54%).');
  } else if (indicator.unit === 'index' && value > 1) {
    at('value', 'An index is 0–1 (e.g. 0.77).');
  } else if (
    (indicator.unit === 'count' || indicator.unit === 'countPerYear') &&
    !Number.isInteger(value)
  ) {
    at('value', 'A count is a whole number.');
  }
  if (fields.denominator != null && fields.denominator <= 0)
    at('denominator', 'Denominator must be above 0.');
  if (fields.numerator != null && fields.numerator < 0)
    at('numerator', 'Numerator cannot be negative.');
  if (
    fields.numerator != null &&
    fields.denominator != null &&
    fields.denominator > 0 &&
    indicator.unit === 'percent'
  ) {
    if (fields.numerator > fields.denominator)
      at('numerator', 'Numerator cannot exceed the denominator of a percentage.');
    else if (
      value != null &&
      Math.abs((fields.numerator / fields.denominator) * 100 - value) > 0.01
    ) {
      at(
        'value',
        `Value ${value} does not match ${fields.numerator}/${fields.denominator} = ${((fields.numerator / fields.denominator) * 100).toFixed(2)}%.`,
      );
    }
  }
  return problems;
}
