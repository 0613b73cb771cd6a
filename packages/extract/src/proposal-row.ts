import { cleanPrintedText } from '@lotrinh/indicators';
import { comparatorLabelOf } from './comparator.ts';
import type { Proposal } from './proposal.ts';

/**
 * One line of `npm run plan:extract`: a proposal, flat, with the field names of
 * `npm run export:targets` so the two can be compared line by line.
 */
export interface ProposalRow {
  ward: string | null;
  indicatorCode: string | null;
  indicatorScore: number;
  proposedIndicatorName: string | null;
  year: number;
  kind: Proposal['kind'];
  comparator: string | null;
  value: number | null;
  valueHigh: number | null;
  unit: string | null;
  recurring: string | null;
  wording: string;
  leadAgency: string | null;
  sourceFile: string | null;
  sourceSection: string;
  sourceRow: string;
  sourceColumn: string | null;
  sourceLine: number;
  sourceLineEnd: number | null;
  /** The text as printed (math markup rendered, Symbol-font glyphs mapped), as in the export. */
  sourceText: string;
  /** The same text exactly as it is in the file, extraction artefacts included. */
  sourceRaw: string;
  confidence: number;
  flags: string[];
}

export function proposalRow(
  p: Proposal,
  source: { ward?: string | null; file?: string | null } = {},
): ProposalRow {
  return {
    ward: source.ward ?? null,
    indicatorCode: p.indicatorCode,
    indicatorScore: p.indicatorScore,
    proposedIndicatorName: p.proposedIndicatorName,
    year: p.year,
    kind: p.kind,
    comparator: p.comparator ? comparatorLabelOf(p.comparator, p.kind) : null,
    value: p.value,
    valueHigh: p.valueHigh,
    unit: p.unit,
    recurring: p.recurring,
    wording: p.wording,
    leadAgency: p.leadAgency,
    sourceFile: source.file ?? null,
    sourceSection: p.section,
    sourceRow: p.row,
    sourceColumn: p.column,
    sourceLine: p.line,
    sourceLineEnd: p.lineEnd !== p.line ? p.lineEnd : null,
    sourceText: cleanPrintedText(p.text),
    sourceRaw: p.text,
    confidence: p.confidence,
    flags: p.flags,
  };
}
