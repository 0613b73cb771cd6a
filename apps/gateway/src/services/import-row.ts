import { z } from 'zod';
import { type Bilingual, type Lang, say } from './bilingual.ts';
import { type Field, fold, parseBoolean, parseNumber } from './parse-table.ts';
import { type EvidenceType, noteSchema, type ObservationFields } from './validate-observation.ts';

/** One row of an import file once its cells are read as numbers, flags and text. */
export interface ImportRow extends ObservationFields {
  ward: string;
  indicator: string;
  note: string | null;
}

const ROW_MESSAGES = {
  notANumber: (text: string): Bilingual => ({
    vi: `"${text}" không phải là số (viết 82,54 hoặc 82.54; 1.134.256.000 cho hàng nghìn).`,
    en: `"${text}" is not a number (write 82,54 or 82.54; 1.134.256.000 for thousands).`,
  }),
  notABoolean: (text: string): Bilingual => ({
    vi: `"${text}" không phải có/không.`,
    en: `"${text}" is not có/không (yes/no).`,
  }),
  notAnEvidenceType: (text: string): Bilingual => ({
    vi: `"${text}" không phải loại nguồn: ghi báo cáo, thống kê, khảo sát, hồ sơ hành chính hoặc khác.`,
    en: `"${text}" is not a source type: write report, statistics, survey, administrative or other.`,
  }),
  tooLong: {
    vi: 'Ô quá dài (tối đa 200 ký tự).',
    en: 'The cell is too long (at most 200 characters).',
  },
};

/** A cell read as a number in the ways offices type them (see parseNumber), or empty. */
const numberCell = (lang: Lang) =>
  z
    .string()
    .optional()
    .transform((text, ctx): number | null => {
      const parsed = parseNumber(text ?? '');
      if (parsed !== null && Number.isNaN(parsed)) {
        ctx.addIssue({ code: 'custom', message: say(lang, ROW_MESSAGES.notANumber(text ?? '')) });
        return z.NEVER;
      }
      return parsed;
    });

const booleanCell = (lang: Lang) =>
  z
    .string()
    .optional()
    .transform((text, ctx): boolean | null => {
      const parsed = parseBoolean(text ?? '');
      if (parsed === 'invalid') {
        ctx.addIssue({ code: 'custom', message: say(lang, ROW_MESSAGES.notABoolean(text ?? '')) });
        return z.NEVER;
      }
      return parsed;
    });

/** Source types as people write them, Vietnamese or English, folded (see fold). */
const EVIDENCE_WORDS = new Map<string, EvidenceType>([
  ['report', 'report'],
  ['baocao', 'report'],
  ['statistics', 'statistics'],
  ['thongke', 'statistics'],
  ['solieuthongke', 'statistics'],
  ['survey', 'survey'],
  ['khaosat', 'survey'],
  ['dieutra', 'survey'],
  ['administrative', 'administrative'],
  ['hosohanhchinh', 'administrative'],
  ['dulieuhanhchinh', 'administrative'],
  ['other', 'other'],
  ['khac', 'other'],
]);

const evidenceTypeCell = (lang: Lang) =>
  z
    .string()
    .optional()
    .transform((text, ctx): EvidenceType | null => {
      if (!text) return null;
      const type = EVIDENCE_WORDS.get(fold(text));
      if (type) return type;
      ctx.addIssue({ code: 'custom', message: say(lang, ROW_MESSAGES.notAnEvidenceType(text)) });
      return z.NEVER;
    });

/** Free text of a cell, null when empty; its rules (length, link) are validateObservation's. */
const optionalText = z
  .string()
  .optional()
  .transform((s) => (s ? s : null));

const codeCell = (lang: Lang) =>
  z
    .string()
    .max(200, { error: say(lang, ROW_MESSAGES.tooLong) })
    .optional()
    .transform((s) => s ?? '');

/** The cells of one import row → typed fields; the rules of a result are validateObservation's. */
export const importRowSchema = (lang: Lang) =>
  z.object({
    ward: codeCell(lang),
    indicator: codeCell(lang),
    year: numberCell(lang),
    quarter: numberCell(lang),
    month: numberCell(lang),
    value: numberCell(lang),
    met: booleanCell(lang),
    numerator: numberCell(lang),
    denominator: numberCell(lang),
    evidenceType: evidenceTypeCell(lang),
    evidenceNumber: optionalText,
    evidenceUrl: optionalText,
    note: noteSchema(lang)
      .optional()
      .transform((s) => (s ? s : null)),
  } satisfies Record<Field, z.ZodType>);

const schemas = { vi: importRowSchema('vi'), en: importRowSchema('en') };

export interface CellProblem {
  column: Field | null;
  text: Bilingual;
}

/** Reads a row's cells, or says (in both languages) which cells cannot be read. */
export function readImportRow(
  cells: Partial<Record<Field, string>>,
): { ok: true; row: ImportRow } | { ok: false; problems: CellProblem[] } {
  const vi = schemas.vi.safeParse(cells);
  if (vi.success) {
    const { year, ...rest } = vi.data;
    return { ok: true, row: { ...rest, year: year ?? Number.NaN } };
  }
  const en = schemas.en.safeParse(cells);
  const enIssues = en.success ? [] : en.error.issues;
  return {
    ok: false,
    problems: vi.error.issues.map((issue, i) => ({
      column: (issue.path[0] as Field | undefined) ?? null,
      text: { vi: issue.message, en: enIssues[i]?.message ?? issue.message },
    })),
  };
}
