/**
 * Number formatting for the dashboard: Vietnamese first ("82,54%", "1.134.256.000 ₫"),
 * English on request. Always through Intl so grouping and decimal marks follow the locale.
 */
export type Lang = 'vi' | 'en';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The units the API names (`Indicator.unit`). */
export type Unit = 'percent' | 'index' | 'vnd' | 'count' | 'countPerYear' | 'boolean';

/** The API's enum spelling ("PERCENT", "COUNT_PER_YEAR") or the older one, as one Unit name. */
export function unitOf(unit: string): string {
  if (!/^[A-Z_]+$/.test(unit)) return unit;
  return unit.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}

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

const PER_YEAR: Record<Lang, string> = { vi: '/năm', en: '/year' };
const YES_NO: Record<Lang, [string, string]> = { vi: ['Có', 'Không'], en: ['Yes', 'No'] };

/**
 * A value in its indicator's unit: percent 0–100 ("82,54%"), index 0–1 to three decimals
 * ("0,782"), đồng, counts ("10"), counts a year ("5/năm"), yes/no. Unknown units fall back
 * to a plain number rather than guessing a sign.
 */
export function formatValue(value: number, unit: string, lang: Lang): string {
  switch (unitOf(unit)) {
    case 'percent':
      return formatPercent(value, lang);
    case 'index':
      return formatNumber(value, lang, 3);
    case 'vnd':
      return formatVnd(value, lang);
    case 'count':
      return formatNumber(value, lang, 1);
    case 'countPerYear':
      return `${formatNumber(value, lang, 1)}${PER_YEAR[lang]}`;
    case 'boolean':
      return value >= 1 ? YES_NO[lang][0] : YES_NO[lang][1];
    default:
      return formatNumber(value, lang);
  }
}

const POINTS: Record<Lang, string> = { vi: 'điểm %', en: 'pp' };

/**
 * A difference in the unit, always signed: "+7,46 điểm %" (percentage points, not percent),
 * "−0,03", "+2". The sign is what tells "above" from "below" the target.
 */
export function formatDelta(delta: number, unit: string, lang: Lang): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  unit = unitOf(unit);
  if (unit === 'percent') return `${sign}${formatNumber(magnitude, lang)} ${POINTS[lang]}`;
  if (unit === 'vnd') return `${sign}${formatVnd(magnitude, lang)}`;
  return `${sign}${formatNumber(magnitude, lang, unit === 'index' ? 3 : 2)}`;
}

/** "12/2026" from a month and a year, as Vietnamese documents print deadlines. */
export function formatMonth(month: number, year: number): string {
  return `${String(month).padStart(2, '0')}/${year}`;
}

/**
 * "24/11/2026 09:05" — a moment in Hải Phòng's time (UTC+7), day first in both languages, as
 * Vietnamese readers expect; the server's or browser's own time zone does not change it.
 */
export function formatDateTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
