import type { Context } from '../context.ts';

/** A message for people in both languages; the request's language picks one (Vietnamese first). */
export interface Bilingual {
  vi: string;
  en: string;
}

export type Lang = Context['lang'];

export const say = (lang: Lang, text: Bilingual) => (lang === 'en' ? text.en : text.vi);

/** Numbers as Vietnamese readers write them: decimal comma, dot thousands (1.000.000,5). */
export const viNumber = (n: number) =>
  n.toLocaleString('vi-VN', { maximumFractionDigits: 6, useGrouping: true });

export const enNumber = (n: number) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: 6, useGrouping: true });
