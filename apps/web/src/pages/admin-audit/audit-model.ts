/** One changed field of an audit event: what it was and what it became. */
export interface Change {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown): string => {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
    return value.length ? value.join(', ') : '—';
  return JSON.stringify(value);
};

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

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
    return [{ field: '', before: show(before), after: show(after) }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields
    .map((field) => ({ field, before: show(b?.[field]), after: show(a?.[field]) }))
    .filter((c) => c.before !== c.after);
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

type Translate = (key: string, options: { defaultValue: string }) => string;

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
