import { describe, expect, it } from 'vitest';
import type { EquivalenceReview } from './data/equivalence.ts';
import { reviewKey, reviewKeyOf, withEquivalence } from './equivalence.ts';
import type { TranscribedTarget } from './types.ts';

// Cases written to kill the mutants that survived Stryker (docs/QUALITY.md). This file imports
// neither the knowledge base nor the review table: `withEquivalence` runs when the knowledge base
// loads, so a mutant that breaks it makes every importing test file fail to *load*, which
// Stryker's Vitest runner does not count as a kill. Here it is called inside the cases.

// Hải An PHỤ LỤC 2 row 20, the ward DTI, 2025 and 2030.
const target = (year: number): TranscribedTarget => ({
  kind: 'target',
  id: `hai-an/PL2/20./${year}`,
  ward: 'hai-an',
  indicator: 'DTI_WARD_INDEX',
  year,
  wording: 'Chỉ số DTI',
  comparator: 'gte',
  value: 0.77,
  unit: 'index',
  provenance: {
    file: '000_09cdf2dd6a89ba5e.txt',
    section: 'PL2',
    row: '20.',
    line: 1304,
    text: '≥ 0,77',
  },
});
const review: EquivalenceReview = {
  ward: 'hai-an',
  row: 'PL2/20.',
  indicator: 'DTI_WARD_INDEX',
  equivalence: 'close',
  noteVi: 'ghi chú',
  noteEn: 'note',
};

describe('equivalence review keys', () => {
  it('joins a target to its review by ward, section, row and indicator, not by year', () => {
    expect(reviewKeyOf(target(2025))).toBe('hai-an/PL2/20.#DTI_WARD_INDEX');
    expect(reviewKeyOf(target(2030))).toBe('hai-an/PL2/20.#DTI_WARD_INDEX');
    expect(reviewKey(review)).toBe('hai-an/PL2/20.#DTI_WARD_INDEX');
  });
});

describe('withEquivalence', () => {
  it('gives every target of the row its review', () => {
    const reviewed = withEquivalence([target(2025), target(2030)], [review]);
    expect(
      reviewed.map((t) => [t.year, t.equivalence, t.equivalenceNoteVi, t.equivalenceNoteEn]),
    ).toEqual([
      [2025, 'close', 'ghi chú', 'note'],
      [2030, 'close', 'ghi chú', 'note'],
    ]);
  });

  it('refuses a target nobody reviewed, naming it', () => {
    expect(() => withEquivalence([target(2025)], [{ ...review, row: 'PL2/21.' }])).toThrow(
      'No equivalence review for target hai-an/PL2/20./2025 (DTI_WARD_INDEX)',
    );
  });

  it('refuses two reviews of one row, naming it', () => {
    expect(() => withEquivalence([], [review, { ...review, equivalence: 'exact' }])).toThrow(
      'Duplicate equivalence review: hai-an/PL2/20.#DTI_WARD_INDEX',
    );
  });
});
