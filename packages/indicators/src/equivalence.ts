import type { EquivalenceReview } from './data/equivalence.ts';
import type { Target, TranscribedTarget } from './types.ts';

/**
 * The key joining a target to its equivalence review: ward, section key and row, indicator.
 * Target ids read `ward/sectionKey/row/year[/suffix]` (`data/build.ts`); neither the section
 * key nor the row label contains a slash.
 */
export function reviewKeyOf(target: Pick<TranscribedTarget, 'id' | 'indicator'>): string {
  const [ward, section, row] = target.id.split('/');
  return `${ward}/${section}/${row}#${target.indicator}`;
}

export function reviewKey(review: Pick<EquivalenceReview, 'ward' | 'row' | 'indicator'>): string {
  return `${review.ward}/${review.row}#${review.indicator}`;
}

/**
 * Gives every transcribed target the review of its wording. A target without a review is a
 * data error (a new row or a re-mapped indicator that nobody reviewed), so it throws, naming it.
 */
export function withEquivalence(
  targets: readonly TranscribedTarget[],
  reviews: readonly EquivalenceReview[],
): Target[] {
  const byKey = new Map<string, EquivalenceReview>();
  for (const review of reviews) {
    const key = reviewKey(review);
    if (byKey.has(key)) throw new Error(`Duplicate equivalence review: ${key}`);
    byKey.set(key, review);
  }
  return targets.map((target) => {
    const review = byKey.get(reviewKeyOf(target));
    if (!review) {
      throw new Error(`No equivalence review for target ${target.id} (${target.indicator})`);
    }
    return {
      ...target,
      equivalence: review.equivalence,
      equivalenceNoteVi: review.noteVi,
      equivalenceNoteEn: review.noteEn,
    };
  });
}
