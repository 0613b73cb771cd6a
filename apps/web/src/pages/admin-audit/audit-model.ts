/** One changed field of an audit event: what it was and what it became, as recorded. */
export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/** Equal as recorded: absent and null are both "nothing"; arrays and objects by content. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an event changed, old → new. Snapshots of a whole record (a user before and after)
 * are compared field by field and only differences are kept; a creation lists what was set; a
 * value that is not a record is one change named "".
 */
export function changesOf(before: unknown, after: unknown): Change[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if (before == null && after == null) return [];
    return [{ field: '', before: before ?? null, after: after ?? null }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields
    .map((field) => ({ field, before: b?.[field] ?? null, after: a?.[field] ?? null }))
    .filter((c) => !same(c.before, c.after));
}

type Translate = (key: string, options: { defaultValue: string }) => string;

export interface AuditFormat {
  t: Translate;
  /** The reader's language: dates and numbers as they write them ("0,81", "24/11/2026 09:30"). */
  lang: 'vi' | 'en';
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Recorded values whose words the locale files hold: roles, task statuses, units. */
const ENUM_KEYS: Record<string, (value: string) => string> = {
  role: (v) => `auth.role.${v.toUpperCase()}`,
  status: (v) => `taskStatus.${v.toUpperCase()}`,
  unit: (v) => `unit.${v.toUpperCase()}`,
  source: (v) => `audit.values.source.${v}`,
  qualifier: (v) => `audit.values.qualifier.${v}`,
};

/** Numbers that name a year, a period or a line: never grouped ("2026", not "2.026"). */
const PLAIN_INTEGERS = new Set([
  'year',
  'month',
  'quarter',
  'version',
  'sourceLine',
  'sourceLineEnd',
  'periodStart',
  'periodEnd',
]);
/** A result's month or quarter 0 is how an annual result is stored. */
const WHOLE_YEAR = new Set(['month', 'quarter']);

/** An instant in Hải Phòng time, day first, as the reader writes it ("09:30 24/11/2026"). */
export function instantFormat(lang: AuditFormat['lang']): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
}

/** A field's name in the reader's words; one the locale files do not know is shown as recorded. */
export function fieldLabel(format: AuditFormat, field: string): string {
  return format.t(`audit.fields.${field}`, { defaultValue: field });
}

/**
 * A recorded value as the reader writes it: "—" for nothing, Vietnamese decimals and dates in
 * Hải Phòng time, yes/no, roles and statuses in words; lists joined; anything else as JSON.
 */
export function valueText(format: AuditFormat, field: string, value: unknown): string {
  const locale = format.lang === 'vi' ? 'vi-VN' : 'en-GB';
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean')
    return format.t(`audit.values.${value}`, { defaultValue: String(value) });
  if (typeof value === 'number') {
    if (value === 0 && WHOLE_YEAR.has(field))
      return format.t('audit.values.wholeYear', { defaultValue: '—' });
    if (PLAIN_INTEGERS.has(field)) return String(value);
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
  }
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
      return instantFormat(format.lang).format(new Date(value));
    const key = ENUM_KEYS[field]?.(value);
    return key ? format.t(key, { defaultValue: value }) : value;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
    return value.length ? value.map((v) => valueText(format, field, v)).join(', ') : '—';
  return JSON.stringify(value);
}

/** Hải Phòng's days (UTC+7, no daylight saving): the filter's inclusive days as instants. */
export function dayRange(from?: string, to?: string): { since?: string; until?: string } {
  const range: { since?: string; until?: string } = {};
  if (from) range.since = `${from}T00:00:00+07:00`;
  if (to) {
    const next = new Date(`${to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    range.until = `${next.toISOString().slice(0, 10)}T00:00:00+07:00`;
  }
  return range;
}

/**
 * An audit action in words ("Ghi kết quả"). Some actions carry a detail after a colon (the
 * imported file's name: "importObservations:ket-qua.csv"), kept after the words; an action the
 * locale files do not know yet is shown as recorded rather than hidden.
 */
export function actionLabel(t: Translate, action: string): string {
  const colon = action.indexOf(':');
  const base = colon < 0 ? action : action.slice(0, colon);
  const words = t(`audit.actions.${base}`, { defaultValue: base });
  return colon < 0 ? words : `${words}: ${action.slice(colon + 1)}`;
}
