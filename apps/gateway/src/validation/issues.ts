import { z } from 'zod';
import type { Context } from '../context.ts';
import { BadInputGraphQLError } from '../graphql-errors.ts';
import { type FieldProblem, ValidationError } from '../services/errors.ts';

type Lang = Context['lang'];

/** Bilingual text for a custom check, carried in the zod issue's params. */
export interface Bilingual {
  vi: string;
  en: string;
}

const sized = {
  string: { vi: 'ký tự', en: 'characters' },
  array: { vi: 'mục', en: 'items' },
} as const;

/** One zod issue in the request's language (Vietnamese unless Accept-Language prefers English). */
export function issueMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  const say = (vi: string, en: string) => (lang === 'en' ? en : vi);
  switch (issue.code) {
    case 'custom': {
      const text = (issue.params as Partial<Bilingual> | undefined)?.[lang];
      if (text) return text;
      break;
    }
    case 'too_big': {
      const unit = sized[issue.origin as keyof typeof sized];
      const max = String(issue.maximum);
      return unit
        ? say(`Tối đa ${max} ${unit.vi}.`, `At most ${max} ${unit.en}.`)
        : say(`Không được lớn hơn ${max}.`, `Must be at most ${max}.`);
    }
    case 'too_small': {
      const unit = sized[issue.origin as keyof typeof sized];
      const min = String(issue.minimum);
      if (unit && issue.minimum === 1) return say('Không được để trống.', 'Must not be empty.');
      return unit
        ? say(`Ít nhất ${min} ${unit.vi}.`, `At least ${min} ${unit.en}.`)
        : say(`Không được nhỏ hơn ${min}.`, `Must be at least ${min}.`);
    }
    case 'invalid_format':
      if (issue.format === 'datetime' || issue.format === 'date')
        return say(
          'Không phải ngày giờ ISO 8601 (ví dụ 2026-05-01 hoặc 2026-05-01T08:00:00Z).',
          'Not an ISO 8601 date or time (e.g. 2026-05-01 or 2026-05-01T08:00:00Z).',
        );
      if (issue.format === 'email')
        return say('Không phải địa chỉ thư điện tử.', 'Not an email address.');
      break;
    case 'invalid_type':
      return say(`Sai kiểu: cần ${issue.expected}.`, `Wrong type: expected ${issue.expected}.`);
  }
  // Anything else in zod's own translations.
  const locale = lang === 'en' ? z.locales.en() : z.locales.vi();
  const text = locale.localeError(issue as never);
  return typeof text === 'string' ? text : (text?.message ?? issue.message);
}

/** Zod issues as field problems (for typed ValidationError results). */
export function fieldProblems(
  error: z.ZodError,
  lang: Lang,
  basePath: readonly string[] = [],
): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [...basePath, ...issue.path.map(String)],
    message: issueMessage(issue, lang),
  }));
}

/** Zod issues as one BAD_USER_INPUT error naming each argument (for queries). */
export function badInput(error: z.ZodError, lang: Lang, basePath: readonly string[] = []) {
  const parts = fieldProblems(error, lang, basePath).map(
    (p) => `${p.path.length ? `${p.path.join('.')}: ` : ''}${p.message}`,
  );
  return new BadInputGraphQLError(parts.join(' '));
}

/** Parses query arguments with a zod schema, or throws BAD_USER_INPUT in the request's language. */
export function parseArgs<S extends z.ZodType>(
  ctx: Pick<Context, 'lang'>,
  schema: S,
  value: unknown,
  basePath: readonly string[] = [],
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badInput(parsed.error, ctx.lang, basePath);
  return parsed.data;
}

/**
 * Parses a mutation's input with a zod schema, or throws a ValidationError (returned to the
 * client as a typed result) with one problem per field, in the request's language.
 */
export function parseInput<S extends z.ZodType>(
  ctx: Pick<Context, 'lang'>,
  schema: S,
  value: unknown,
  basePath: readonly string[] = [],
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ValidationError(
      ctx.lang === 'en' ? 'The input is not valid.' : 'Dữ liệu nhập không hợp lệ.',
      fieldProblems(parsed.error, ctx.lang, basePath),
    );
  return parsed.data;
}
