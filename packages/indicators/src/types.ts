/**
 * Core domain types of the indicator knowledge base.
 *
 * Percent values are stored on the 0–100 scale exactly as printed ("82,54%" → 82.54), index
 * values on 0–1 ("0,77" → 0.77): the stored number is always the number in the source text,
 * so the provenance test can compare them without unit conversions.
 */

import type { DuePeriod } from './due.ts';

/** The five seed files the built-in knowledge base was transcribed from (`../shared/seeds`). */
export type SeedFile =
  | '000_09cdf2dd6a89ba5e.txt'
  | '001_6efd05d90f721389.txt'
  | '002_addf73b536fa4b20.txt'
  | '003_398e4fa2e8d18aa8.txt'
  | '004_16d7ad33ef0b9f85.txt';

/**
 * The name of a document's text file: one of the seed files for the built-in documents, or the
 * name a city administrator uploaded a plan's text under.
 */
export type DocumentFile = string;

/**
 * A ward's or commune's URL-safe id ("hai-an"). A plain string, not a closed set: the wards are
 * data (the five seeded ones are only the built-in set, `WARDS`), and a city administrator adds
 * the others. Where a slug comes from outside, check it against the wards that exist (the
 * gateway's store) and its form with `isWellFormedWardSlug`.
 */
export type WardSlug = string;

/** Where a figure comes from: enough for an auditor to find it in the seed file. */
export interface Provenance {
  file: DocumentFile;
  /** Section or appendix as printed, e.g. "PHỤ LỤC 2 — IV. Phát triển Chuyển đổi số". */
  section: string;
  /** Row label as printed ("20.", "1.12", "4.3"), or a description where rows are unnumbered. */
  row: string;
  /** Column header for table cells with several values on one row ("Năm 2030"). */
  column?: string;
  /** 1-based line number in the seed file where `text` starts. */
  line: number;
  /**
   * Last line when the printed text wraps over several lines; the text is then those lines'
   * non-blank contents joined by single spaces.
   */
  lineEnd?: number;
  /**
   * The value's text exactly as it is in the file (whitespace runs collapsed to one space),
   * extraction artefacts included (`$\\geq 90\\%$`, a Symbol-font glyph). Readers see
   * `cleanPrintedText(text)`; this raw form is what the provenance tests find on the line.
   */
  text: string;
  /** First line of the row's label (the indicator wording), when it differs from `line`. */
  labelLine?: number;
}

export type Unit = 'percent' | 'index' | 'vnd' | 'count' | 'countPerYear' | 'boolean';

/** Which way is better. `range` means a band is the goal (e.g. a renewal rate of 20–22%). */
export type Direction = 'higher' | 'lower' | 'range';

/**
 * Comparator as the plan meant it. A bare figure, "Đạt 3%" or "Phấn đấu đạt 3%" is `reach`
 * ("reach X": a level to get to, not an exact value to hit); "Phấn đấu ít nhất 3%" is `gte`.
 */
export type Comparator = 'gte' | 'gt' | 'reach' | 'lte' | 'lt' | 'range';

export const COMPARATORS: readonly Comparator[] = ['gte', 'gt', 'reach', 'lte', 'lt', 'range'];

/** Symbols for the comparators that have one; `reach` is a word ("đạt" / "reach"), see `display.ts`. */
export const COMPARATOR_SYMBOL: Record<Exclude<Comparator, 'reach'>, string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  range: '–',
};

export type PillarCode = 'INF' | 'HR' | 'STI' | 'DG' | 'DE' | 'DS' | 'EDU' | 'RES' | 'DTI';

export interface Pillar {
  code: PillarCode;
  nameVi: string;
  nameEn: string;
  /** Weight in the composite (0 = shown, not aggregated). Weights of aggregated pillars sum to 1. */
  weight: number;
  descriptionVi: string;
  descriptionEn: string;
}

export interface Indicator {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  direction: Direction;
  pillar: PillarCode;
  definitionVi: string;
  definitionEn: string;
  /** Part of the city's common framework (NQ 71/NQ-CP indicator set shared by the plans). */
  cityFramework: boolean;
}

export interface Ward {
  slug: WardSlug;
  nameVi: string;
  nameEn: string;
  kind: 'phường' | 'xã';
  /** The pre-2025 units the ward was formed from, as text (the 2025 merger); absent when unknown. */
  lineage?: string;
}

export interface SourceDocument {
  id: string;
  ward: WardSlug;
  file: DocumentFile;
  kind: 'plan' | 'report';
  /** Document number as printed, e.g. "Số: /KH-UBND" (several were issued without a number). */
  numberAsPrinted: string;
  /** Date as printed, e.g. "ngày tháng 5 năm 2026". */
  dateAsPrinted: string;
  titleVi: string;
  titleEn: string;
  periodStart: number;
  periodEnd: number;
  /** Line where the number/date appear (or the title when neither is printed). */
  line: number;
}

/**
 * How closely a ward's wording matches the catalog indicator it is mapped to (reviewed once
 * against the seeds, `data/equivalence.ts`, EQUIVALENCE.md). `exact`: the same measure, the
 * wording differing at most in spelling, abbreviation or sentence form. `close`: the same
 * concept with a different scope or condition — comparable across wards only with the note.
 */
export type Equivalence = 'exact' | 'close';

/** The review of one ward wording, carried by each of its targets. */
export interface EquivalenceReviewFields {
  equivalence: Equivalence;
  /** Why the wording differs from the indicator (required for `close`); null when nothing to say. */
  equivalenceNoteVi: string | null;
  equivalenceNoteEn: string | null;
}

interface TargetBase extends EquivalenceReviewFields {
  id: string;
  ward: WardSlug;
  indicator: string;
  /** Milestone year the target is set for. */
  year: number;
  /** The ward's own wording of the indicator, as printed (line breaks joined). */
  wording: string;
  leadAgency?: string;
  /** Set when the target repeats every year from `year` on ("hàng năm"). */
  recurring?: 'annual';
  provenance: Provenance;
  note?: string;
}

export interface QuantitativeTarget extends TargetBase {
  kind: 'target';
  comparator: Comparator;
  value: number;
  /** Upper bound, only for `range`. */
  valueHigh?: number;
  unit: Unit;
}

export interface QualitativeTarget extends TargetBase {
  kind: 'qualitative';
}

export type Target = QuantitativeTarget | QualitativeTarget;

/**
 * A target as transcribed in `data/*.ts`, before the equivalence review is joined to it
 * (`knowledge-base.ts`). Distributes over the union so `kind` still narrows.
 */
export type Unreviewed<T> = T extends unknown ? Omit<T, keyof EquivalenceReviewFields> : never;
export type TranscribedTarget = Unreviewed<Target>;

export interface Actual {
  id: string;
  ward: WardSlug;
  indicator: string;
  year: number;
  /** Numeric result; absent for a result reported only in words. */
  value?: number;
  unit?: Unit;
  /** "≥ 60%" reported as a lower bound: `gte`; a plain figure: `eq`. */
  qualifier: 'eq' | 'gte' | 'gt';
  numerator?: number;
  denominator?: number;
  /** For results reported in words: did the ward report the target as met? */
  reportedMet?: boolean;
  provenance: Provenance;
  /** Where the numerator/denominator or the narrative evidence is printed. */
  detail?: Provenance;
  note?: string;
}

export interface Task {
  code: string;
  ward: WardSlug;
  /** Group heading as printed (shortened). */
  group: string;
  description: string;
  leadUnit: string;
  partnerUnits?: string;
  output?: string;
  timingAsPrinted?: string;
  /** Related task printed beside it (Hải An: the NQ 71/NQ-CP task). */
  reference?: string;
  /** The deadline with its printed precision (month, year or ongoing); null when none is printed. */
  due: DuePeriod | null;
  provenance: Provenance;
}
