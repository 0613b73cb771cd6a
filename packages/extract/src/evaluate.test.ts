import { describe, expect, it } from 'vitest';
import { type Comparable, evaluate } from './evaluate.ts';

const row = (over: Partial<Comparable> = {}): Comparable => ({
  ward: 'hai-an',
  indicatorCode: 'DTI_WARD_INDEX',
  year: 2025,
  kind: 'target',
  comparator: '≥',
  value: 0.77,
  valueHigh: null,
  sourceLine: 1304,
  sourceLineEnd: null,
  sourceText: '≥ 0,77',
  ...over,
});

describe('scoring proposals against the knowledge base', () => {
  it.each([
    // proposal, exact, ignoring the indicator, ignoring it but at the cited line
    ['the same row', row(), 1, 1, 1],
    ['another indicator', row({ indicatorCode: 'STI_HDI' }), 0, 1, 1],
    ['another year', row({ year: 2030 }), 0, 0, 0],
    ['another comparator', row({ comparator: '=' }), 0, 0, 0],
    ['another value', row({ value: 0.8 }), 0, 0, 0],
    ['another upper bound', row({ valueHigh: 0.9 }), 0, 0, 0],
    ['another kind', row({ kind: 'actual' }), 0, 0, 0],
    ['another ward', row({ ward: 'hong-an' }), 0, 0, 0],
    ['a new indicator (no code never matches)', row({ indicatorCode: null }), 0, 1, 1],
    ['the right figure on a far line', row({ sourceLine: 900 }), 1, 1, 0],
    [
      'another indicator on a far line',
      row({ indicatorCode: 'STI_HDI', sourceLine: 900 }),
      0,
      1,
      0,
    ],
  ])('%s', (_name, proposal, exact, ignoringIndicator, atCitedLine) => {
    const result = evaluate([row()], [proposal]);
    expect(result.exact.matched).toBe(exact);
    expect(result.ignoringIndicator.matched).toBe(ignoringIndicator);
    expect(result.atCitedLine.matched).toBe(atCitedLine);
  });

  it('matches one to one: two equal proposals for one row are one match and one extra', () => {
    const result = evaluate([row()], [row(), row()]);
    expect(result.exact).toMatchObject({
      expected: 1,
      proposed: 2,
      matched: 1,
      precision: 0.5,
      recall: 1,
    });
    expect(result.wards[0]?.extras).toHaveLength(1);
  });

  it('pairs equal rows by nearest line, so each figure is credited to its own line', () => {
    const expected = [row({ sourceLine: 787 }), row({ sourceLine: 887 })];
    const result = evaluate(expected, [row({ sourceLine: 887 }), row({ sourceLine: 787 })]);
    expect(result.atCitedLine.matched).toBe(2);
  });

  it('lists misses and extras per ward, and sums the wards', () => {
    const result = evaluate(
      [row(), row({ ward: 'hong-an', year: 2030 })],
      [row(), row({ ward: 'hong-an', year: 2031 })],
    );
    expect(
      result.wards.map((w) => [w.ward, w.exact.matched, w.misses.length, w.extras.length]),
    ).toEqual([
      ['hai-an', 1, 0, 0],
      ['hong-an', 0, 1, 1],
    ]);
    expect(result.exact).toMatchObject({ expected: 2, proposed: 2, matched: 1, recall: 0.5 });
  });
});
