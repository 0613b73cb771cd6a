import { Buffer } from 'node:buffer';
import { isWellFormedWardSlug, MAX_WARD_SLUG_LENGTH } from '@lotrinh/indicators';
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { decimal, identifier, requiredText, text } from './text.ts';

/**
 * The well-formedness of the catalog writes' inputs (wards, documents, targets): lengths,
 * forms, years, sizes. Whether the ward, document or indicator exists, and whether a target's
 * text is printed at its line, are the services' checks (services/targets.ts).
 */

const say = (vi: string, en: string) => ({ params: { vi, en } });
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish();

/** A plan's text is tens of kilobytes; the largest seed is ~150 KB. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/**
 * Targets in one addTargets call: the API's list limit (a larger plan, like Hải An's 228
 * targets, is added in two calls; an import file takes any number).
 */
export const MAX_TARGETS_PER_CALL = LIMITS.listItems;

const year = z
  .number()
  .int()
  .refine(
    (y) => y >= 2000 && y <= 2100,
    say('Năm phải từ 2000 đến 2100.', 'The year must be 2000–2100.'),
  );

export const wardSlug = z
  .string()
  .max(MAX_WARD_SLUG_LENGTH)
  .refine(
    isWellFormedWardSlug,
    say(
      'Mã phường, xã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối giữa các từ (ví dụ "an-lao"), 2–60 ký tự.',
      'A ward slug is lower-case ASCII letters and digits in words joined by hyphens (e.g. "an-lao"), 2–60 characters.',
    ),
  );

export const WardInput = z.object({
  slug: wardSlug,
  nameVi: requiredText(LIMITS.name),
  nameEn: nullable(requiredText(LIMITS.name)),
  kind: z.enum(['phuong', 'xa']),
  lineage: nullable(text(LIMITS.note).transform((s) => s.trim())),
});
export type WardInput = z.output<typeof WardInput>;

const fileName = requiredText(LIMITS.fileName).refine(
  (s) => !/[\\/\p{Cc}]/u.test(s),
  say(
    'Tên tệp không được chứa dấu gạch chéo hay ký tự điều khiển.',
    'The file name must not contain slashes or control characters.',
  ),
);

export const DocumentInput = z
  .object({
    ward: identifier,
    kind: z.enum(['plan', 'report']),
    numberAsPrinted: text(LIMITS.name).transform((s) => s.trim()),
    dateAsPrinted: text(LIMITS.name).transform((s) => s.trim()),
    titleVi: requiredText(2_000),
    titleEn: nullable(requiredText(2_000)),
    periodStart: year,
    periodEnd: year,
    fileName,
    text: text(MAX_DOCUMENT_BYTES)
      .refine(
        (s) => Buffer.byteLength(s, 'utf8') <= MAX_DOCUMENT_BYTES,
        say('Văn bản lớn hơn 2 MB.', 'The text is larger than 2 MB.'),
      )
      .refine(
        (s) => s.trim().length > 0,
        say(
          'Văn bản trống: hãy tải lên tệp .txt của văn bản.',
          'The text is empty: upload the document’s .txt file.',
        ),
      ),
  })
  .refine((d) => d.periodEnd >= d.periodStart, {
    path: ['periodEnd'],
    ...say(
      'Năm kết thúc phải từ năm bắt đầu trở đi.',
      'The last year must not be before the first.',
    ),
  });
export type DocumentInput = z.output<typeof DocumentInput>;

export const ProposedIndicatorInput = z.object({
  nameVi: requiredText(LIMITS.name),
  nameEn: nullable(requiredText(LIMITS.name)),
  unit: z.enum(['percent', 'index', 'vnd', 'count', 'countPerYear', 'boolean']),
  direction: z.enum(['higher', 'lower', 'range']),
  pillar: identifier,
});
export type ProposedIndicatorInput = z.output<typeof ProposedIndicatorInput>;

const line = z
  .number()
  .int()
  .refine((n) => n >= 1, say('Dòng đánh số từ 1.', 'Lines are numbered from 1.'));

export const TargetInput = z
  .object({
    ward: identifier,
    document: identifier,
    indicator: nullable(identifier),
    proposedIndicator: nullable(ProposedIndicatorInput),
    year,
    kind: z.enum(['quantitative', 'qualitative']),
    comparator: nullable(z.enum(['gte', 'gt', 'reach', 'lte', 'lt', 'range'])),
    value: nullable(decimal),
    valueHigh: nullable(decimal),
    unit: nullable(z.enum(['percent', 'index', 'vnd', 'count', 'countPerYear', 'boolean'])),
    leadAgency: nullable(text(LIMITS.name).transform((s) => s.trim())),
    wording: requiredText(2_000),
    section: requiredText(500),
    row: requiredText(100),
    line,
    lineEnd: nullable(line),
    sourceText: requiredText(2_000),
    recurring: nullable(z.boolean()),
  })
  .refine((t) => (t.indicator ? 1 : 0) + (t.proposedIndicator ? 1 : 0) === 1, {
    path: ['indicator'],
    ...say(
      'Chọn một chỉ tiêu trong danh mục (indicator) hoặc đề xuất chỉ tiêu mới (proposedIndicator), không cả hai.',
      'Give a catalog indicator (indicator) or propose a new one (proposedIndicator), not both.',
    ),
  });
export type TargetInput = z.output<typeof TargetInput>;

export const TargetInputs = z
  .array(z.unknown())
  .refine((list) => list.length >= 1, say('Cần ít nhất một chỉ tiêu.', 'Give at least one target.'))
  .refine(
    (list) => list.length <= MAX_TARGETS_PER_CALL,
    say(
      `Tối đa ${MAX_TARGETS_PER_CALL} chỉ tiêu mỗi lần.`,
      `At most ${MAX_TARGETS_PER_CALL} targets at a time.`,
    ),
  );

export const WithdrawTargetArgs = z.object({
  id: identifier,
  reason: requiredText(LIMITS.note),
});

export const ProposeTargetsArgs = z.object({ document: identifier });

export const DocumentLinesArgs = z.object({
  from: nullable(line),
  to: nullable(line),
});
