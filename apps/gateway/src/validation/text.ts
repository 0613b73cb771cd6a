import { Buffer } from 'node:buffer';
import { z } from 'zod';
import type { Bilingual } from './issues.ts';
import { LIMITS } from './limits.ts';

/** Building blocks for the GraphQL inputs' zod schemas (see inputs.ts). */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const say = (vi: string, en: string): { params: Bilingual } => ({ params: { vi, en } });

/**
 * Text a person may send: bounded, without NUL (PostgreSQL cannot store it in text) and without
 * lone UTF-16 surrogates (they would be silently replaced when encoded as UTF-8).
 */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine(
      (s) => !s.includes('\u0000'),
      say('Không được chứa ký tự NUL (\\0).', 'Must not contain a NUL character (\\0).'),
    )
    .refine(
      (s) => !LONE_SURROGATE.test(s),
      say('Không phải văn bản Unicode hợp lệ.', 'Not valid Unicode text.'),
    );

/** Text that must say something (trimmed, at least one character). */
export const requiredText = (max: number) =>
  text(max)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, say('Không được để trống.', 'Must not be empty.'));

export const identifier = text(LIMITS.identifier);

/** A list argument: bounded, and de-duplicated (order kept) so repeats cost nothing. */
export const uniqueList = <T extends z.ZodType<string>>(item: T, max: number = LIMITS.listItems) =>
  z
    .array(item)
    .max(max)
    .transform((items) => [...new Set(items)]);

const OFFSET_PREFIX = 'OffsetConnection:';
/** A page cursor as the API hands them out (Pothos' offset cursors); anything else is refused. */
export const offsetCursor = identifier.refine(
  (s) => {
    const decoded = Buffer.from(s, 'base64').toString('utf8');
    return (
      Buffer.from(decoded, 'utf8').toString('base64') === s &&
      new RegExp(`^${OFFSET_PREFIX}\\d{1,9}$`).test(decoded)
    );
  },
  say(
    'Con trỏ phân trang không hợp lệ: dùng giá trị cursor/endCursor do API trả về.',
    'Not a valid page cursor: use a cursor or endCursor the API returned.',
  ),
);

/**
 * A number the database can store exactly as numeric(20,6): finite, below 1e14 in size, and
 * with at most six decimals (0.0000001 would otherwise be stored as 0).
 */
export const decimal = z
  .number()
  .refine(Number.isFinite, say('Phải là một số hữu hạn.', 'Must be a finite number.'))
  .refine(
    (n) => Math.abs(n) < LIMITS.decimalAbsBelow,
    say(
      'Quá lớn: giá trị phải nhỏ hơn 100 000 tỷ (1e14).',
      'Too large: the value must be below 100 trillion (1e14).',
    ),
  )
  .refine(
    // Rounding noise (0.1 + 0.2) passes; a seventh significant decimal does not.
    (n) =>
      Math.abs(Number(n.toFixed(LIMITS.decimalPlaces)) - n) <=
      Number.EPSILON * 8 * Math.max(1, Math.abs(n)),
    say('Tối đa 6 chữ số thập phân.', 'At most 6 decimal places.'),
  );
