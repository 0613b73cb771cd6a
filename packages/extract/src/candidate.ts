import type { FigureShape } from './catalog-match.ts';
import type { Figure } from './figures.ts';
import type { Passage } from './text.ts';

/** A target or result found in the text, before it is matched onto the catalog. */
export interface Candidate {
  kind: 'target' | 'qualitative' | 'actual';
  /** The printed figure; null for qualitative targets and results reported in words. */
  figure: Figure | null;
  /** The passage the figure (or the qualitative text) was read from, for quoting. */
  passage: Passage;
  /** Offsets of the quoted text in the passage. */
  quoteStart: number;
  quoteEnd: number;
  year: number;
  column: string | null;
  /** The ward's wording of the indicator, shown to the reviewer. */
  wording: string;
  /** Text used to find the indicator (the wording, plus qualifiers that narrow it). */
  matchText: string;
  shape: FigureShape;
  perYear: boolean;
  leadAgency: string | null;
  section: string;
  row: string;
  /** How sure the structure makes us, before the indicator match is weighed in (0–1). */
  structural: number;
  /** Only indicators measured in đồng qualify (amounts inside a result's text). */
  vndOnly?: boolean;
}

/** How a figure is measured, from its unit and the words around it. */
export function shapeOf(figure: Figure, unitColumn: string | null, wording: string): FigureShape {
  if (figure.unit === 'percent') return 'percent';
  if (figure.unit === 'vnd') return 'vnd';
  if (unitColumn && /%/.test(unitColumn)) return 'percent';
  if (unitColumn && /\bdong\b/.test(unitColumn)) return 'vnd';
  const isIndex =
    /\bchi so\b/.test(wording) || (!Number.isInteger(figure.value) && figure.value <= 1.5);
  if (isIndex && !/\bso luong\b/.test(unitColumn ?? '')) return 'index';
  if (/^ty le\b/.test(wording) && !unitColumn) return 'percent';
  return 'count';
}
