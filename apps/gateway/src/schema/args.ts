import { z } from 'zod';
import type { Context } from '../context.ts';
import { BadInputGraphQLError } from '../graphql-errors.ts';

/** A BAD_USER_INPUT error in the request's language (Vietnamese unless Accept-Language asks for English). */
export const badInput = (ctx: Pick<Context, 'lang'>, vi: string, en: string) =>
  new BadInputGraphQLError(ctx.lang === 'en' ? en : vi);

/** Case- and diacritic-insensitive form of a text, for filters ("uy ban" finds "Ủy ban"). */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const monthSchema = z
  .string()
  .regex(/^(\d{4})-(0[1-9]|1[0-2])$/)
  .transform((s) => s);

/** Parses a "YYYY-MM" month argument, or fails naming the valid form. */
export function monthArg(ctx: Pick<Context, 'lang'>, name: string, value: string): string {
  const parsed = monthSchema.safeParse(value);
  if (!parsed.success) {
    throw badInput(
      ctx,
      `"${name}" phải là một tháng dạng YYYY-MM (ví dụ "2026-12"), nhận được "${value}".`,
      `"${name}" must be a month as YYYY-MM (e.g. "2026-12"), got "${value}".`,
    );
  }
  return parsed.data;
}

const YEAR_MIN = 2020;
const YEAR_MAX = 2050;

/** A year argument within the range the plans speak of. */
export function yearArg(ctx: Pick<Context, 'lang'>, year: number): number {
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    throw badInput(
      ctx,
      `Năm ${year} nằm ngoài khoảng ${YEAR_MIN}–${YEAR_MAX}.`,
      `Year ${year} is outside ${YEAR_MIN}–${YEAR_MAX}.`,
    );
  }
  return year;
}

/** An object without its undefined members: Pothos gives absent optional arguments as null or undefined. */
export const withoutUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
