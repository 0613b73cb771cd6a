/**
 * Every view's state lives in the URL (year, pillar, tab, indicator, filters, language), so each
 * view is a link that survives a reload. These parsers turn whatever is in the query string into
 * a known value or nothing: an unknown value is dropped, never trusted and never an error page.
 */
import { safeRedirect } from './auth/redirect.ts';
import type { Lang } from './i18n.ts';

export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2045;

/** The years a page can show: every year to 2030, then the plans' five-year milestones. */
export const YEARS = [2025, 2026, 2027, 2028, 2029, 2030, 2035, 2040, 2045] as const;

export function parseYear(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : undefined;
}

/** A pillar or indicator code as the catalog spells them (upper case, digits, underscores). */
export function parseCode(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Z][A-Z0-9_]{1,63}$/.test(value) ? value : undefined;
}

export function parseLang(value: unknown): Lang | undefined {
  return value === 'en' ? 'en' : undefined;
}

export function parseOneOf<const T extends string>(
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** Free text (a unit name to filter by): trimmed, bounded, or nothing. */
export function parseText(value: unknown, max = 120): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text.length > 0 && text.length <= max ? text : undefined;
}

/** "12/2026" — a due month as the plans print it. */
export function parseMonth(value: unknown): string | undefined {
  return typeof value === 'string' && /^(0[1-9]|1[0-2])\/20\d\d$/.test(value) ? value : undefined;
}

export const TASK_FILTERS = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'OVERDUE'] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];

export interface RootSearch {
  lang?: Lang;
}
export interface OverviewSearch {
  year?: number;
  pillar?: string;
}
export interface WardSearch {
  year?: number;
  /** The indicator whose row is open, showing its trajectory. */
  indicator?: string;
  lead?: string;
  due?: string;
  task?: TaskFilter;
}
export interface IndicatorSearch {
  tab?: 'chart' | 'table';
}
export interface ReportSearch {
  year?: number;
}

/** Drops keys whose value is undefined, so URLs carry only what was chosen. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const rootSearch = (s: Record<string, unknown>): RootSearch =>
  defined({ lang: parseLang(s.lang) });
export const overviewSearch = (s: Record<string, unknown>): OverviewSearch =>
  defined({ year: parseYear(s.year), pillar: parseCode(s.pillar) });
export const wardSearch = (s: Record<string, unknown>): WardSearch =>
  defined({
    year: parseYear(s.year),
    indicator: parseCode(s.indicator),
    lead: parseText(s.lead),
    due: parseMonth(s.due),
    task: parseOneOf(s.task, TASK_FILTERS),
  });
export const indicatorSearch = (s: Record<string, unknown>): IndicatorSearch =>
  defined({ tab: parseOneOf(s.tab, ['chart', 'table'] as const) });
export const reportSearch = (s: Record<string, unknown>): ReportSearch =>
  defined({ year: parseYear(s.year) });

// ── Sign-in and administration (sessions) ──

export interface SignInSearch {
  /** A path on this site to return to after signing in. */
  redirect?: string;
}
export interface AuditSearch {
  ward?: string;
  /** A user's id: changes made by them. */
  user?: string;
  /** Inclusive days, "2026-11-24". */
  from?: string;
  to?: string;
}

/** A calendar day "YYYY-MM-DD" that exists. */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/** A ward slug or a user id as the API issues them. */
export function parseId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(value)
    ? value
    : undefined;
}

export const signInSearch = (s: Record<string, unknown>): SignInSearch =>
  defined({ redirect: safeRedirect(s.redirect) });
export const auditSearch = (s: Record<string, unknown>): AuditSearch =>
  defined({
    ward: parseId(s.ward),
    user: parseId(s.user),
    from: parseDay(s.from),
    to: parseDay(s.to),
  });
