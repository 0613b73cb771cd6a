import { describe, expect, it } from 'vitest';
import { INDICATORS } from './catalog.ts';
import { coverage } from './coverage.ts';
import { TARGETS, targetsOf } from './knowledge-base.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).

describe('coverage lists', () => {
  it('lists a ward’s indicators once each, in code order, though its plan prints them otherwise', () => {
    const [haiAn] = coverage(['hai-an'], TARGETS, INDICATORS);
    const printedOrder = [...new Set(targetsOf('hai-an').map((t) => t.indicator))];
    const codeOrder = [...printedOrder].sort();
    expect(printedOrder).not.toEqual(codeOrder); // the case is a real test of the ordering
    expect(haiAn?.indicators).toEqual(codeOrder);
  });

  it('gives 0, not NaN, when there are no targets or no framework at all', () => {
    expect(coverage(['hai-an'], [], [])).toEqual([
      { ward: 'hai-an', indicators: [], ofUnion: 0, ofFramework: 0, missingFromFramework: [] },
    ]);
  });
});
