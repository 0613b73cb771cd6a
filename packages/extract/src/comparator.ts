import { COMPARATOR_SYMBOL, type Comparator } from '@lotrinh/indicators';
import type { PrintedComparator } from './figures.ts';

/**
 * The knowledge base's comparator for a printed one. A target stated with "đạt" ("reach") is
 * recorded like a bare figure until the catalog distinguishes the two.
 */
export function catalogComparator(printed: PrintedComparator): Comparator {
  return printed === 'reach' ? 'eq' : printed;
}

/** The symbol `npm run export:targets` prints for a comparator (≥, >, =, ≤, <, –). */
export function comparatorSymbol(printed: PrintedComparator): string {
  return COMPARATOR_SYMBOL[catalogComparator(printed)];
}
