import { decimalText } from '../admin/decimal.ts';
import {
  type ComparatorValue,
  emptyTarget,
  type TargetDraft,
  UNITS,
  type UnitValue,
} from '../admin/target-form.ts';
import { fold } from '../admin/ward-form.ts';

/** One target the extractor proposes (proposeTargets), as the review page uses it. */
export interface Proposal {
  indicatorCode: string | null;
  matchScore?: number | null;
  proposedName?: string | null;
  year: number | null;
  kind: string;
  comparator: string | null;
  value: number | null;
  valueHigh: number | null;
  unit: string | null;
  leadUnit?: string | null;
  wording?: string | null;
  section: string | null;
  row: string | null;
  sourceLine: number;
  sourceLineEnd: number | null;
  sourceText: string;
  confidence: number;
}

export type Decision = 'pending' | 'accepted' | 'rejected';

/** The comparator as the form names it, whether the API sends the enum or the printed glyph. */
export function comparatorOf(c: string | null, hasHigh: boolean): ComparatorValue {
  if (hasHigh) return 'RANGE';
  switch ((c ?? '').trim()) {
    case '≥':
    case 'GTE':
      return 'GTE';
    case '>':
    case 'GT':
      return 'GT';
    case '≤':
    case 'LTE':
      return 'LTE';
    case '<':
    case 'LT':
      return 'LT';
    case '–':
    case '-':
    case 'RANGE':
      return 'RANGE';
    default:
      return 'REACH';
  }
}

/** 'countPerYear' or 'COUNT_PER_YEAR' → 'COUNT_PER_YEAR'. */
export function unitOfProposal(unit: string | null): UnitValue | '' {
  if (!unit) return '';
  const upper = unit.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return (UNITS as readonly string[]).includes(upper) ? (upper as UnitValue) : '';
}

/** "20." → "20": a row as people say it. */
export const rowLabel = (row: string | null): string => (row ?? '').trim().replace(/\.$/, '');

/** The first part of a section path ("PHỤ LỤC 2 — … — IV …" → "PHỤ LỤC 2"). */
export const topSection = (section: string | null): string =>
  (section ?? '').split(' — ')[0]?.trim() ?? '';

export const isResult = (p: Proposal): boolean => /^actual$/i.test(p.kind);

/** A proposal as the target form's draft: accepting it unchanged saves exactly this. */
export function proposalToDraft(p: Proposal, lines: readonly string[]): TargetDraft {
  const qualitative = /qualitative/i.test(p.kind) || p.value == null;
  const lineText = (lines[p.sourceLine - 1] ?? '').trim();
  return {
    ...emptyTarget(),
    indicator: p.indicatorCode,
    proposed: p.indicatorCode
      ? null
      : {
          nameVi: p.proposedName ?? '',
          nameEn: '',
          unit: unitOfProposal(p.unit),
          direction: 'HIGHER',
          pillar: '',
        },
    year: p.year ? String(p.year) : '',
    kind: qualitative ? 'QUALITATIVE' : 'QUANTITATIVE',
    comparator: comparatorOf(p.comparator, p.valueHigh != null),
    value: decimalText(p.value),
    valueHigh: decimalText(p.valueHigh),
    unit: unitOfProposal(p.unit),
    leadAgency: p.leadUnit ?? '',
    wording: (p.wording ?? '').trim() || lineText.slice(0, 500),
    section: p.section ?? '',
    row: rowLabel(p.row),
    line: p.sourceLine,
    lineEnd: p.sourceLineEnd,
    sourceText: p.sourceText,
  };
}

export interface ProposalFilter {
  section: string;
  row: string;
  text: string;
}

/** Proposals shown for a filter: the section's first part, the row exactly, free text folded. */
export function filterProposals<P extends Proposal>(list: readonly P[], f: ProposalFilter): P[] {
  const text = fold(f.text.trim());
  const row = rowLabel(f.row);
  return list.filter(
    (p) =>
      (!f.section || topSection(p.section) === f.section) &&
      (!row || rowLabel(p.row) === row) &&
      (!text ||
        fold(
          `${p.section ?? ''} ${p.indicatorCode ?? ''} ${p.proposedName ?? ''} ${p.wording ?? ''} ${p.sourceText}`,
        ).includes(text)),
  );
}
