import { numberInputText, type ParsedNumber, parseVietnameseNumber, unitOf } from '@lotrinh/ui';

/** The period a result is for: the whole year, a quarter or a month (select values y, q1…, m1…). */
export type PeriodKey = 'y' | `q${1 | 2 | 3 | 4}` | `m${number}`;
export const PERIODS: readonly PeriodKey[] = [
  'y',
  'q1',
  'q2',
  'q3',
  'q4',
  ...Array.from({ length: 12 }, (_, i) => `m${i + 1}` as PeriodKey),
];

export function periodOf(quarter: number | null | undefined, month: number | null | undefined) {
  if (quarter) return `q${quarter}` as PeriodKey;
  if (month) return `m${month}` as PeriodKey;
  return 'y';
}

export function periodFields(period: PeriodKey): { quarter: number | null; month: number | null } {
  if (period.startsWith('q')) return { quarter: Number(period.slice(1)), month: null };
  if (period.startsWith('m')) return { quarter: null, month: Number(period.slice(1)) };
  return { quarter: null, month: null };
}

/** The number fields a unit has: a percentage may be given as numerator / denominator too. */
export type NumberField = 'value' | 'numerator' | 'denominator';
export function numberFieldsOf(unit: string): NumberField[] {
  const u = unitOf(unit);
  if (u === 'boolean') return [];
  if (u === 'percent') return ['value', 'numerator', 'denominator'];
  return ['value'];
}

export const EVIDENCE_TYPES = [
  'REPORT',
  'STATISTICS',
  'SURVEY',
  'ADMINISTRATIVE',
  'OTHER',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** What the person has typed in one row, as text (numbers are read when checked). */
export interface RowDraft {
  period: PeriodKey;
  value: string;
  numerator: string;
  denominator: string;
  /** '' (not given), 'true' or 'false', for yes/no indicators. */
  met: '' | 'true' | 'false';
  evidenceType: EvidenceType | '';
  evidenceNumber: string;
  evidenceUrl: string;
  note: string;
}

export const emptyDraft = (): RowDraft => ({
  period: 'y',
  value: '',
  numerator: '',
  denominator: '',
  met: '',
  evidenceType: 'REPORT',
  evidenceNumber: '',
  evidenceUrl: '',
  note: '',
});

/** A row is touched when any result field has something in it (evidence alone saves nothing). */
export function isTouched(d: RowDraft): boolean {
  return (
    d.value.trim() !== '' ||
    d.numerator.trim() !== '' ||
    d.denominator.trim() !== '' ||
    d.met !== ''
  );
}

/** Problems found before asking the gateway: text that is not a number, or is ambiguous. */
export type LocalProblem =
  | { kind: 'invalid' }
  | { kind: 'ambiguous'; thousands: number; decimal: number };

export interface ReadRow {
  input: {
    year: number;
    quarter: number | null;
    month: number | null;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    met: boolean | null;
    evidenceType: EvidenceType | null;
    evidenceNumber: string | null;
    evidenceUrl: string | null;
    note: string | null;
  };
  /** Fields that cannot be sent until the person fixes or confirms them. */
  local: Partial<Record<NumberField, LocalProblem>>;
}

const text = (s: string) => (s.trim() === '' ? null : s.trim());

/** Reads a row's texts the Vietnamese way; an ambiguous "1.234" is held back, never guessed. */
export function readRow(draft: RowDraft, unit: string, year: number): ReadRow {
  const local: ReadRow['local'] = {};
  const numbers: Record<NumberField, number | null> = {
    value: null,
    numerator: null,
    denominator: null,
  };
  for (const field of numberFieldsOf(unit)) {
    const parsed: ParsedNumber = parseVietnameseNumber(draft[field]);
    if (parsed.kind === 'number') numbers[field] = parsed.value;
    else if (parsed.kind === 'invalid') local[field] = { kind: 'invalid' };
    else if (parsed.kind === 'ambiguous') local[field] = parsed;
  }
  return {
    input: {
      year,
      ...periodFields(draft.period),
      ...numbers,
      met: draft.met === '' ? null : draft.met === 'true',
      evidenceType: draft.evidenceType === '' ? null : draft.evidenceType,
      evidenceNumber: text(draft.evidenceNumber),
      evidenceUrl: text(draft.evidenceUrl),
      note: text(draft.note),
    },
    local,
  };
}

/** After the person chooses a reading of "1.234": the text that says it unambiguously. */
export function resolvedText(value: number): string {
  return numberInputText(value);
}

/** The gateway's problems ({ path: ['input', 'value'], message }) by field. */
export function problemsByField(
  problems: readonly { path: readonly string[]; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const field = p.path.at(-1) ?? 'input';
    out[field] ??= p.message;
  }
  return out;
}

/** A recorded version, as the history shows it. */
export interface Version {
  id: string;
  version: number;
  display: string | null;
  met: boolean | null;
  recordedBy: string | null;
  /** The API's DateTime scalar: an RFC 3339 string. */
  createdAt: unknown;
  note: string | null;
  quarter: number | null;
  month: number | null;
}

/** One line per correction: who, when, old → new (oldest first), for one period. */
export function historyLines(versions: readonly Version[]) {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  return sorted.map((v, i) => ({
    id: v.id,
    version: v.version,
    by: v.recordedBy,
    at: v.createdAt,
    from: i === 0 ? null : figure(sorted[i - 1] as Version),
    to: figure(v),
    note: v.note,
  }));
}

function figure(v: Version): string {
  if (v.display !== null) return v.display;
  if (v.met !== null) return v.met ? '✓' : '✗';
  return '—';
}
