import { type Comparator, comparatorLabel } from '@lotrinh/indicators';
import type { PrintedComparator } from './figures.ts';

/**
 * The knowledge base's comparator for a printed one. A bare figure ("80%") and one stated with
 * "đạt" ("Phấn đấu đạt 3%") are both a level to reach.
 */
export function catalogComparator(printed: PrintedComparator): Comparator {
  return printed === 'eq' ? 'reach' : printed;
}

/**
 * What `npm run export:targets` prints for a comparator: ≥, >, ≤, <, – (range), or "đạt" for a
 * level to reach; a result's plain figure is "=".
 */
export function comparatorLabelOf(
  printed: PrintedComparator,
  kind: 'target' | 'qualitative' | 'actual',
): string {
  if (kind === 'actual' && (printed === 'eq' || printed === 'reach')) return '=';
  return comparatorLabel(catalogComparator(printed));
}
