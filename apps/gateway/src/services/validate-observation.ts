import type { Indicator } from '@lotrinh/indicators';
import { z } from 'zod';
import { type Bilingual, enNumber, type Lang, say, viNumber } from './bilingual.ts';
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
  evidenceType?: EvidenceType | null;
  evidenceNumber?: string | null;
  evidenceUrl?: string | null;
}

/** Where a result comes from: the closed set of the EvidenceType column. */
export const EVIDENCE_TYPES = [
  'report',
  'statistics',
  'survey',
  'administrative',
  'other',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** What the evidence columns hold (their CHECK constraint says the same). */
export const EVIDENCE_LIMITS = { number: 200, url: 2_000 } as const;

export const YEAR_RANGE = { min: 2020, max: 2050 } as const;

/**
 * What the database column holds: `numeric(20, 6)`, so 14 digits before the decimal point and
 * 6 after. Anything larger would overflow in the database; anything finer would be rounded
 * away silently (0.0000001 stored as 0), so both are refused here.
 */
export const NUMERIC_COLUMN = { decimals: 6, limit: 1e14 } as const;
const LARGEST = '99.999.999.999.999,999999';
const LARGEST_EN = '99,999,999,999,999.999999';

/** A note or a reason, as typed by a person: long enough for a paragraph, not for a file. */
export const NOTE_MAX_LENGTH = 2_000;

/** Decimal places of a number as JavaScript prints it shortest (1e-7 → 7, 82.54 → 2). */
export function decimalPlaces(n: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(n)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

const UNIT_NAME: Record<Indicator['unit'], Bilingual> = {
  percent: { vi: 'phần trăm (0–100)', en: 'percent (0–100)' },
  index: { vi: 'chỉ số (0–1)', en: 'an index (0–1)' },
  vnd: { vi: 'đồng', en: 'đồng' },
  count: { vi: 'số đếm', en: 'a count' },
  countPerYear: { vi: 'số lượng mỗi năm', en: 'a count per year' },
  boolean: { vi: 'đạt / không đạt', en: 'met / not met' },
};

/** The messages, Vietnamese first; kept together so both languages say the same thing. */
export const MESSAGES = {
  year: {
    vi: `Năm phải là số nguyên từ ${YEAR_RANGE.min} đến ${YEAR_RANGE.max}.`,
    en: `Year must be a whole number from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}.`,
  },
  quarter: { vi: 'Quý phải từ 1 đến 4.', en: 'Quarter must be 1–4.' },
  month: { vi: 'Tháng phải từ 1 đến 12.', en: 'Month must be 1–12.' },
  quarterAndMonth: {
    vi: 'Chỉ ghi quý hoặc tháng, không ghi cả hai.',
    en: 'Give a quarter or a month, not both.',
  },
  notANumber: { vi: 'Phải là một số.', en: 'Must be a number.' },
  tooLarge: {
    vi: `Số quá lớn: tối đa ${LARGEST} (14 chữ số trước dấu phẩy).`,
    en: `Too large: at most ${LARGEST_EN} (14 digits before the decimal point).`,
  },
  tooManyDecimals: (n: number): Bilingual => ({
    vi: `Tối đa ${NUMERIC_COLUMN.decimals} chữ số sau dấu phẩy (số này có ${n}); số nhỏ hơn sẽ bị làm tròn thành 0.`,
    en: `At most ${NUMERIC_COLUMN.decimals} decimal places (this number has ${n}); anything finer would be rounded away.`,
  }),
  negative: { vi: 'Giá trị không được âm.', en: 'Value cannot be negative.' },
  percent: {
    vi: 'Tỷ lệ phần trăm từ 0 đến 100 (ví dụ 82,54 cho 82,54%).',
    en: 'A percentage is 0–100 (e.g. 82.54 for 82,54%).',
  },
  index: { vi: 'Chỉ số từ 0 đến 1 (ví dụ 0,77).', en: 'An index is 0–1 (e.g. 0.77).' },
  count: { vi: 'Số đếm phải là số nguyên.', en: 'A count is a whole number.' },
  metRequired: (code: string): Bilingual => ({
    vi: `${code} là chỉ tiêu đạt / không đạt: hãy ghi cột "đạt" (có/không).`,
    en: `${code} is met / not met: give "met" (yes/no).`,
  }),
  noValueForBoolean: (code: string): Bilingual => ({
    vi: `${code} không nhận giá trị số, chỉ nhận đạt / không đạt.`,
    en: `${code} takes no numeric value, only met / not met.`,
  }),
  valueRequired: (unit: Indicator['unit']): Bilingual => ({
    vi: `Hãy ghi giá trị (đơn vị: ${UNIT_NAME[unit].vi}).`,
    en: `Give a value in ${UNIT_NAME[unit].en}.`,
  }),
  denominator: { vi: 'Mẫu số phải lớn hơn 0.', en: 'Denominator must be above 0.' },
  numerator: { vi: 'Tử số không được âm.', en: 'Numerator cannot be negative.' },
  numeratorAboveDenominator: {
    vi: 'Tử số không được lớn hơn mẫu số của một tỷ lệ phần trăm.',
    en: 'Numerator cannot exceed the denominator of a percentage.',
  },
  fractionMismatch: (value: number, numerator: number, denominator: number): Bilingual => {
    const pct = (numerator / denominator) * 100;
    return {
      vi: `Giá trị ${viNumber(value)} không khớp ${viNumber(numerator)}/${viNumber(denominator)} = ${pct.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%.`,
      en: `Value ${enNumber(value)} does not match ${enNumber(numerator)}/${enNumber(denominator)} = ${pct.toFixed(2)}%.`,
    };
  },
  evidenceNumber: {
    vi: `Số văn bản dài quá ${EVIDENCE_LIMITS.number} ký tự.`,
    en: `The document number is longer than ${EVIDENCE_LIMITS.number} characters.`,
  },
  evidenceUrl: {
    vi: `Đường dẫn phải bắt đầu bằng http:// hoặc https:// và dài tối đa ${EVIDENCE_LIMITS.url} ký tự.`,
    en: `The link must start with http:// or https:// and be at most ${EVIDENCE_LIMITS.url} characters.`,
  },
  noteTooLong: {
    vi: `Ghi chú dài quá ${NOTE_MAX_LENGTH} ký tự.`,
    en: `The note is longer than ${NOTE_MAX_LENGTH} characters.`,
  },
  controlCharacter: {
    vi: 'Văn bản chứa ký tự điều khiển (ví dụ NUL); hãy xoá ký tự đó.',
    en: 'The text contains a control character (such as NUL); remove it.',
  },
} as const;

/** Control characters other than tab and line breaks: never typed by a person. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A note as a person types it: bounded, and free of control characters (NUL breaks PostgreSQL). */
export const noteSchema = (lang: Lang) =>
  z
    .string()
    .max(NOTE_MAX_LENGTH, { error: say(lang, MESSAGES.noteTooLong) })
    .refine((s) => !CONTROL_CHARACTER.test(s), { error: say(lang, MESSAGES.controlCharacter) });

/** A number the `numeric(20, 6)` columns can hold exactly. */
const columnNumber = (lang: Lang) =>
  z
    .number({ error: say(lang, MESSAGES.notANumber) })
    .refine((v) => Math.abs(v) < NUMERIC_COLUMN.limit, {
      error: say(lang, MESSAGES.tooLarge),
    })
    .check((ctx) => {
      const places = decimalPlaces(ctx.value);
      if (places > NUMERIC_COLUMN.decimals)
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: say(lang, MESSAGES.tooManyDecimals(places)),
        });
    });

/** The value's range by unit: percent 0–100, index 0–1, counts whole, nothing negative. */
function valueSchema(unit: Indicator['unit'], lang: Lang) {
  const t = (b: Bilingual) => say(lang, b);
  const base = columnNumber(lang).refine((v) => v >= 0, { error: t(MESSAGES.negative) });
  if (unit === 'percent') return base.refine((v) => v <= 100, { error: t(MESSAGES.percent) });
  if (unit === 'index') return base.refine((v) => v <= 1, { error: t(MESSAGES.index) });
  if (unit === 'count' || unit === 'countPerYear')
    return base.refine(Number.isInteger, { error: t(MESSAGES.count) });
  return base;
}

/** An http(s) link a browser can open (what the column's CHECK requires, and parseable). */
export function isWebLink(s: string): boolean {
  if (!/^https?:\/\//.test(s) || CONTROL_CHARACTER.test(s) || /\s/.test(s)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

const between = (min: number, max: number) => (v: number) =>
  Number.isInteger(v) && v >= min && v <= max;

/**
 * The rules for one result of one indicator, as a zod schema: the period, a value or a met
 * flag as the unit needs, ranges by unit, what the database column holds, and the fraction.
 * Checked before the database (whose CHECK constraints say the same again).
 */
export function observationSchema(indicator: Pick<Indicator, 'code' | 'unit'>, lang: Lang) {
  const t = (b: Bilingual) => say(lang, b);
  const number = () => z.number({ error: t(MESSAGES.notANumber) });
  return z
    .object({
      year: number().refine(between(YEAR_RANGE.min, YEAR_RANGE.max), { error: t(MESSAGES.year) }),
      quarter: number()
        .refine(between(1, 4), { error: t(MESSAGES.quarter) })
        .nullish(),
      month: number()
        .refine(between(1, 12), { error: t(MESSAGES.month) })
        .nullish(),
      value: valueSchema(indicator.unit, lang).nullish(),
      met: z.boolean().nullish(),
      numerator: columnNumber(lang)
        .refine((v) => v >= 0, { error: t(MESSAGES.numerator) })
        .nullish(),
      denominator: columnNumber(lang)
        .refine((v) => v > 0, { error: t(MESSAGES.denominator) })
        .nullish(),
      evidenceType: z.enum(EVIDENCE_TYPES).nullish(),
      evidenceNumber: z
        .string()
        .trim()
        .min(1, { error: t(MESSAGES.evidenceNumber) })
        .max(EVIDENCE_LIMITS.number, { error: t(MESSAGES.evidenceNumber) })
        .refine((s) => !CONTROL_CHARACTER.test(s), { error: t(MESSAGES.controlCharacter) })
        .nullish(),
      evidenceUrl: z
        .string()
        .max(EVIDENCE_LIMITS.url, { error: t(MESSAGES.evidenceUrl) })
        .refine(isWebLink, { error: t(MESSAGES.evidenceUrl) })
        .nullish(),
    })
    .superRefine(
      (f, ctx) => {
        const at = (field: keyof ObservationFields, message: Bilingual) =>
          ctx.addIssue({ code: 'custom', path: [field], message: t(message) });
        if (f.quarter != null && f.month != null) at('month', MESSAGES.quarterAndMonth);
        if (indicator.unit === 'boolean') {
          if (f.met == null) at('met', MESSAGES.metRequired(indicator.code));
          if (f.value != null) at('value', MESSAGES.noValueForBoolean(indicator.code));
        } else if (f.value == null && f.met == null) {
          at('value', MESSAGES.valueRequired(indicator.unit));
        }
        const { numerator, denominator, value } = f;
        if (indicator.unit !== 'percent' || numerator == null || denominator == null) return;
        if (numerator > denominator) at('numerator', MESSAGES.numeratorAboveDenominator);
        else if (value != null && Math.abs((numerator / denominator) * 100 - value) > 0.01)
          at('value', MESSAGES.fractionMismatch(value, numerator, denominator));
        // Cross-field rules run even when a field failed, so every problem shows at once.
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}

const schemas = new Map<string, ReturnType<typeof observationSchema>>();

/**
 * Checks a result against its indicator and returns one problem per field (the first, so
 * "too large" wins over "above 100"), each each
 * with the path to put it next to the input, in the request's language.
 */
export function validateObservation(
  fields: ObservationFields,
  indicator: Pick<Indicator, 'code' | 'unit'>,
  options: { path?: string[]; lang?: Lang } = {},
): FieldProblem[] {
  const lang = options.lang ?? 'vi';
  const key = `${indicator.code}|${indicator.unit}|${lang}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = observationSchema(indicator, lang);
    schemas.set(key, schema);
  }
  const result = schema.safeParse(fields);
  if (result.success) return [];
  const problems = new Map<string, FieldProblem>();
  for (const issue of result.error.issues) {
    const path = [...(options.path ?? []), ...issue.path.map(String)];
    const id = path.join('.');
    if (!problems.has(id)) problems.set(id, { path, message: issue.message });
  }
  return [...problems.values()];
}
