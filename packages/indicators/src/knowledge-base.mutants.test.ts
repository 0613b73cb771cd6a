import { describe, expect, it } from 'vitest';
import { actualsOf, observationsOf, targetsOf } from './knowledge-base.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).
// Counts are read off the seeds, as in the README's table (Chu Văn An: 20 targets, 21 results,
// the budget row 3 carrying both a result in words and the amount spent, 1.134.256.000 đồng).

describe('targetsOf / actualsOf', () => {
  it('selects by ward, and by indicator when one is given', () => {
    expect(targetsOf('chu-van-an')).toHaveLength(20);
    expect(targetsOf('chu-van-an').every((t) => t.ward === 'chu-van-an')).toBe(true);
    // Hải An sets the ward DTI for 2025, 2030, 2035, 2040 and 2045 (PHỤ LỤC 2 row 20).
    expect(targetsOf('hai-an', 'DTI_WARD_INDEX').map((t) => t.year)).toEqual([
      2025, 2030, 2035, 2040, 2045,
    ]);
    expect(targetsOf('hai-an', 'NO_SUCH_CODE')).toEqual([]);
  });

  it('lists results of the one ward that reported any', () => {
    expect(actualsOf('chu-van-an')).toHaveLength(21);
    expect(actualsOf('hai-an')).toEqual([]);
    const contactless = actualsOf('chu-van-an', 'DG_CONTACTLESS_TRANSACTIONS');
    expect(contactless.map((a) => a.value)).toEqual([82.54]);
    expect(actualsOf('chu-van-an', 'NO_SUCH_CODE')).toEqual([]);
  });
});

describe('observationsOf', () => {
  // Called inside each case, not at describe level: an error while collecting a file is not a
  // failed test, so Stryker would count a mutant that breaks this call as surviving.

  it('groups every result under its indicator', () => {
    const byIndicator = observationsOf('chu-van-an');
    const count = [...byIndicator.values()].reduce((n, list) => n + list.length, 0);
    expect(count).toBe(21);
    expect(byIndicator.get('DG_CONTACTLESS_TRANSACTIONS')).toEqual([{ year: 2025, value: 82.54 }]);
  });

  it('keeps the budget row 3 as two indicators: allocated (in words) and spent (in đồng)', () => {
    const byIndicator = observationsOf('chu-van-an');
    expect(byIndicator.get('RES_BUDGET_ALLOCATED')).toEqual([{ year: 2025, met: true }]);
    expect(byIndicator.get('RES_BUDGET_SPENT_VND')).toEqual([{ year: 2025, value: 1134256000 }]);
  });

  it('is empty for a ward without reported results', () => {
    expect(observationsOf('hong-an').size).toBe(0);
  });
});
