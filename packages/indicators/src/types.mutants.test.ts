import { describe, expect, it } from 'vitest';
import { STATUSES } from './status.ts';
import { COMPARATOR_SYMBOL, COMPARATORS } from './types.ts';

// Cases written to kill the mutants that survived Stryker (docs/QUALITY.md). The lists feed the
// API's enums, so each closed set must list every member once.

describe('closed sets as lists', () => {
  it('lists the six comparators, each once', () => {
    expect([...COMPARATORS].sort()).toEqual(['gt', 'gte', 'lt', 'lte', 'range', 'reach']);
  });

  it('gives every comparator but "reach" (a word, "đạt") its symbol', () => {
    expect(COMPARATOR_SYMBOL).toEqual({ gte: '≥', gt: '>', lte: '≤', lt: '<', range: '–' });
  });

  it('lists the six statuses, judged ones first', () => {
    expect(STATUSES).toEqual([
      'achieved',
      'on-track',
      'at-risk',
      'off-track',
      'not-reported',
      'no-target',
    ]);
  });
});
