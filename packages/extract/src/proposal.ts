import type { Unit } from '@lotrinh/indicators';
import type { PrintedComparator } from './figures.ts';

/** A target or result the extractor proposes for a person to accept, edit or reject. */
export interface Proposal {
  /** `actual` is a reported result (named as in `npm run export:targets`). */
  kind: 'target' | 'qualitative' | 'actual';
  /** Catalog code, or null when no catalog indicator fits ("new indicator"). */
  indicatorCode: string | null;
  /** Similarity of the wording to the chosen catalog indicator, 0–1. */
  indicatorScore: number;
  /** For a new indicator: a name proposed from the printed wording. */
  proposedIndicatorName: string | null;
  year: number;
  comparator: PrintedComparator | null;
  value: number | null;
  valueHigh: number | null;
  unit: Unit | null;
  /** Set when the target repeats every year ("hằng năm", "mỗi năm"). */
  recurring: 'annual' | null;
  /** The ward's own wording of the indicator (the row label or the sentence). */
  wording: string;
  leadAgency: string | null;
  section: string;
  row: string;
  /** Column header for cells of a table with several value columns ("Năm 2030"). */
  column: string | null;
  line: number;
  lineEnd: number;
  /** The value's text exactly as printed (whitespace squashed). */
  text: string;
  /** 0–1: how sure the extractor is of this proposal as a whole. */
  confidence: number;
  /** Reasons a reviewer should look closer, e.g. "qualitative", "weak-indicator-match". */
  flags: string[];
}
