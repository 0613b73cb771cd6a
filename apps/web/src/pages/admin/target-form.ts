import { citationHolds, MAX_CITED_LINES } from './citation.ts';
import { parseDecimal } from './decimal.ts';

/**
 * The target form's state and rules (hand entry and the review page's "edit"): the same checks
 * as addTargets, so a target that passes here is not refused by the API for its shape.
 */
export const COMPARATORS = ['GTE', 'GT', 'LTE', 'LT', 'RANGE', 'REACH'] as const;
export type ComparatorValue = (typeof COMPARATORS)[number];
export const TARGET_KINDS = ['QUANTITATIVE', 'QUALITATIVE'] as const;
export type TargetKindValue = (typeof TARGET_KINDS)[number];
export const UNITS = ['PERCENT', 'INDEX', 'COUNT', 'COUNT_PER_YEAR', 'VND', 'BOOLEAN'] as const;
export type UnitValue = (typeof UNITS)[number];
export const DIRECTIONS = ['HIGHER', 'LOWER', 'RANGE'] as const;

export interface ProposedIndicatorDraft {
  nameVi: string;
  nameEn: string;
  unit: UnitValue | '';
  direction: (typeof DIRECTIONS)[number];
  pillar: string;
}

export interface TargetDraft {
  /** A catalog code, or null when a new indicator is proposed. */
  indicator: string | null;
  proposed: ProposedIndicatorDraft | null;
  year: string;
  kind: TargetKindValue;
  comparator: ComparatorValue;
  value: string;
  valueHigh: string;
  unit: UnitValue | '';
  leadAgency: string;
  wording: string;
  section: string;
  row: string;
  line: number | null;
  lineEnd: number | null;
  sourceText: string;
  recurring: boolean;
}

export const emptyTarget = (): TargetDraft => ({
  indicator: null,
  proposed: null,
  year: '',
  kind: 'QUANTITATIVE',
  comparator: 'GTE',
  value: '',
  valueHigh: '',
  unit: '',
  leadAgency: '',
  wording: '',
  section: '',
  row: '',
  line: null,
  lineEnd: null,
  sourceText: '',
  recurring: false,
});

export type TargetField =
  | 'indicator'
  | 'proposedName'
  | 'proposedUnit'
  | 'proposedPillar'
  | 'year'
  | 'value'
  | 'valueHigh'
  | 'wording'
  | 'section'
  | 'row'
  | 'sourceText';
export type TargetProblem =
  | 'required'
  | 'yearRange'
  | 'notNumber'
  | 'ambiguous'
  | 'rangeOrder'
  | 'tooManyLines'
  | 'notInLines'
  | 'noLines';

/** What addTargets takes for one target. */
export interface TargetInputValue {
  ward: string;
  document: string;
  indicator?: string;
  proposedIndicator?: {
    nameVi: string;
    nameEn?: string;
    unit: UnitValue;
    direction: (typeof DIRECTIONS)[number];
    pillar: string;
  };
  year: number;
  kind: TargetKindValue;
  comparator?: ComparatorValue;
  value?: number;
  valueHigh?: number;
  unit?: UnitValue;
  leadAgency?: string;
  wording: string;
  section: string;
  row: string;
  line: number;
  lineEnd?: number;
  sourceText: string;
  recurring?: boolean;
}

export type TargetCheck =
  | { ok: true; input: TargetInputValue }
  | { ok: false; problems: Partial<Record<TargetField, TargetProblem>> };

const optional = (s: string) => (s.trim() ? s.trim() : undefined);

/** Checks a draft against the document's lines; gives the API input when nothing is wrong. */
export function checkTarget(
  draft: TargetDraft,
  context: { ward: string; document: string; lines: readonly string[] },
): TargetCheck {
  const problems: Partial<Record<TargetField, TargetProblem>> = {};
  if (!draft.indicator && !draft.proposed) problems.indicator = 'required';
  if (draft.proposed) {
    if (!draft.proposed.nameVi.trim()) problems.proposedName = 'required';
    if (!draft.proposed.unit) problems.proposedUnit = 'required';
    if (!draft.proposed.pillar) problems.proposedPillar = 'required';
  }
  const year = Number(draft.year);
  if (!draft.year.trim()) problems.year = 'required';
  else if (!Number.isInteger(year) || year < 2020 || year > 2050) problems.year = 'yearRange';

  let value: number | undefined;
  let valueHigh: number | undefined;
  if (draft.kind === 'QUANTITATIVE') {
    const v = parseDecimal(draft.value);
    if (!draft.value.trim()) problems.value = 'required';
    else if (!v.ok) problems.value = v.problem;
    else value = v.value;
    if (draft.comparator === 'RANGE') {
      const h = parseDecimal(draft.valueHigh);
      if (!draft.valueHigh.trim()) problems.valueHigh = 'required';
      else if (!h.ok) problems.valueHigh = h.problem;
      else if (value !== undefined && h.value <= value) problems.valueHigh = 'rangeOrder';
      else valueHigh = h.value;
    }
  }
  if (!draft.wording.trim()) problems.wording = 'required';
  if (!draft.section.trim()) problems.section = 'required';
  // The API needs a row label: the table's number ("20"), or where prose states it ("đoạn 3").
  if (!draft.row.trim()) problems.row = 'required';
  if (draft.line === null) problems.sourceText = 'noLines';
  else if (!draft.sourceText.trim()) problems.sourceText = 'required';
  else if (draft.lineEnd !== null && draft.lineEnd - draft.line + 1 > MAX_CITED_LINES)
    problems.sourceText = 'tooManyLines';
  else if (!citationHolds(context.lines, draft.line, draft.lineEnd, draft.sourceText))
    problems.sourceText = 'notInLines';

  if (Object.keys(problems).length > 0 || draft.line === null) return { ok: false, problems };
  const proposed = draft.proposed;
  return {
    ok: true,
    input: {
      ward: context.ward,
      document: context.document,
      ...(draft.indicator ? { indicator: draft.indicator } : {}),
      ...(proposed
        ? {
            proposedIndicator: {
              nameVi: proposed.nameVi.trim(),
              ...(optional(proposed.nameEn) ? { nameEn: proposed.nameEn.trim() } : {}),
              unit: proposed.unit as UnitValue,
              direction: proposed.direction,
              pillar: proposed.pillar,
            },
          }
        : {}),
      year,
      kind: draft.kind,
      ...(draft.kind === 'QUANTITATIVE' ? { comparator: draft.comparator, value } : {}),
      ...(valueHigh !== undefined ? { valueHigh } : {}),
      ...(draft.unit ? { unit: draft.unit } : {}),
      ...(optional(draft.leadAgency) ? { leadAgency: draft.leadAgency.trim() } : {}),
      wording: draft.wording.trim(),
      section: draft.section.trim(),
      row: draft.row.trim(),
      line: draft.line,
      ...(draft.lineEnd !== null && draft.lineEnd > draft.line ? { lineEnd: draft.lineEnd } : {}),
      sourceText: draft.sourceText.trim(),
      ...(draft.recurring ? { recurring: true } : {}),
    },
  };
}
