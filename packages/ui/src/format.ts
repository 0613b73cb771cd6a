/**
 * Number formatting for the dashboard: Vietnamese first ("82,54%", "1.134.256.000 ₫"),
 * English on request. Always through Intl so grouping and decimal marks follow the locale.
 */
export type Lang = 'vi' | 'en';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A percentage given on the 0–100 scale, as the seeds print it: 82.54 → "82,54%". */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value)}%`;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** Amounts in đồng: 1134256000 → "1.134.256.000 ₫". */
export function formatVnd(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(value);
}
