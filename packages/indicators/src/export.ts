import { comparatorLabel } from './display.ts';
import { dueMonthKey, formatDue } from './due.ts';
import { cleanPrintedText } from './printed-text.ts';
import {
  type Actual,
  COMPARATOR_SYMBOL,
  type Provenance,
  type Target,
  type Task,
} from './types.ts';

/** One line of `npm run export:targets`: a target or a reported result, flat, for auditors. */
export interface TargetExportRow {
  id: string;
  ward: string;
  indicatorCode: string;
  year: number;
  kind: 'target' | 'actual' | 'qualitative';
  /**
   * ≥, >, ≤, <, – (range), or "đạt" for a level to reach (a bare figure, "Đạt 3%"); for actuals
   * the qualifier ("≥" for a reported lower bound, "=" for a plain figure).
   */
  comparator: string | null;
  value: number | null;
  valueHigh: number | null;
  unit: string | null;
  numerator: number | null;
  denominator: number | null;
  reportedMet: boolean | null;
  wording: string | null;
  /** Reviewed match of the ward's wording to the indicator (targets only; EQUIVALENCE.md). */
  equivalence: 'exact' | 'close' | null;
  equivalenceNote: string | null;
  leadAgency: string | null;
  recurring: string | null;
  sourceFile: string;
  sourceSection: string;
  sourceRow: string;
  sourceColumn: string | null;
  sourceLine: number;
  sourceLineEnd: number | null;
  /** The text as printed (math markup rendered, Symbol-font glyphs mapped). */
  sourceText: string;
  /** The same text exactly as it is in the file, extraction artefacts included. */
  sourceRaw: string;
  note: string | null;
}

/** The source columns every exported row carries. */
function sourceColumns(p: Provenance) {
  return {
    sourceFile: p.file,
    sourceSection: p.section,
    sourceRow: p.row,
    sourceColumn: p.column ?? null,
    sourceLine: p.line,
    sourceLineEnd: p.lineEnd ?? null,
    sourceText: cleanPrintedText(p.text),
    sourceRaw: p.text,
  };
}

export function targetExportRow(t: Target): TargetExportRow {
  return {
    id: t.id,
    ward: t.ward,
    indicatorCode: t.indicator,
    year: t.year,
    kind: t.kind,
    comparator: t.kind === 'target' ? comparatorLabel(t.comparator) : null,
    value: t.kind === 'target' ? t.value : null,
    valueHigh: t.kind === 'target' ? (t.valueHigh ?? null) : null,
    unit: t.kind === 'target' ? t.unit : null,
    numerator: null,
    denominator: null,
    reportedMet: null,
    wording: t.wording,
    equivalence: t.equivalence,
    equivalenceNote: t.equivalenceNoteVi,
    leadAgency: t.leadAgency ?? null,
    recurring: t.recurring ?? null,
    ...sourceColumns(t.provenance),
    note: t.note ?? null,
  };
}

export function actualExportRow(a: Actual): TargetExportRow {
  return {
    id: a.id,
    ward: a.ward,
    indicatorCode: a.indicator,
    year: a.year,
    kind: 'actual',
    comparator:
      a.value === undefined ? null : a.qualifier === 'eq' ? '=' : COMPARATOR_SYMBOL[a.qualifier],
    value: a.value ?? null,
    valueHigh: null,
    unit: a.unit ?? null,
    numerator: a.numerator ?? null,
    denominator: a.denominator ?? null,
    reportedMet: a.reportedMet ?? null,
    wording: null,
    equivalence: null,
    equivalenceNote: null,
    leadAgency: null,
    recurring: null,
    ...sourceColumns(a.provenance),
    note:
      [
        a.note,
        a.detail
          ? `Evidence at line ${a.detail.line} (${a.detail.section}): "${a.detail.text}"`
          : undefined,
      ]
        .filter(Boolean)
        .join(' ') || null,
  };
}

/** One line of `npm run export:tasks`. */
export interface TaskExportRow {
  ward: string;
  code: string;
  group: string;
  description: string;
  leadUnit: string;
  partnerUnits: string | null;
  output: string | null;
  timingAsPrinted: string | null;
  /** The deadline with its printed precision: "12/2026", "2025–2026", "thường xuyên". */
  due: string | null;
  /** The month it falls due ("2026-12"; a year's deadline is its December), null when ongoing. */
  dueMonth: string | null;
  reference: string | null;
  sourceFile: string;
  sourceSection: string;
  sourceLine: number;
  sourceText: string;
}

export function taskExportRow(t: Task): TaskExportRow {
  return {
    ward: t.ward,
    code: t.code,
    group: t.group,
    description: t.description,
    leadUnit: t.leadUnit,
    partnerUnits: t.partnerUnits ?? null,
    output: t.output ?? null,
    timingAsPrinted: t.timingAsPrinted ?? null,
    due: formatDue(t.due, 'vi'),
    dueMonth: dueMonthKey(t.due),
    reference: t.reference ?? null,
    sourceFile: t.provenance.file,
    sourceSection: t.provenance.section,
    sourceLine: t.provenance.line,
    sourceText: cleanPrintedText(t.provenance.text),
  };
}

/** JSON Lines: one compact JSON object per line, UTF-8, no BOM. */
export const toJsonLines = (rows: readonly object[]): string =>
  rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
