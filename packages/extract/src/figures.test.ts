import { describe, expect, it } from 'vitest';
import { type Figure, scanCells } from './figures.ts';
import { passage } from './text.ts';

const figuresOf = (raw: string) =>
  scanCells(passage([{ line: 1, raw }]).folded).filter((c): c is Figure => c.kind === 'figure');

describe('comparators as printed', () => {
  it.each([
    // text as printed, comparator, value, high, unit — seed lines cited
    ['≥ 70%', 'gte', 70, undefined, 'percent'], // Hải An PL2 row 21, line 1323
    ['≥90%', 'gte', 90, undefined, 'percent'], // Hải An PL2 row 13, line 1104
    ['Phấn đấu ít nhất 3%', 'gte', 3, undefined, 'percent'], // Hải An PL2 row 6, lines 934–938
    ['Đạt trên 3,5%', 'gt', 3.5, undefined, 'percent'], // Hải An PL2 row 6, lines 951–955
    ['Phấn đấu đạt 3%', 'reach', 3, undefined, 'percent'], // Hải An PL1 II.1, lines 775–777
    ['Đạt 1,0', 'reach', 1, undefined, 'number'], // Hải An PL2 row 20, line 1304
    ['20-22%', 'range', 20, 22, 'percent'], // Hải An PL2 row 19, line 1293
    ['45-50%', 'range', 45, 50, 'percent'], // Hải An PL2 row 31, line 1503
    ['luôn đạt trên 95%', 'gt', 95, undefined, 'percent'], // Hồng An line 59
    ['Tối thiểu 90% hồ sơ', 'gte', 90, undefined, 'percent'], // Hồng Bàng line 59
    ['> 90% đối với các cơ sở giáo dục mầm non', 'gt', 90, undefined, 'percent'], // Thanh Miện line 701
    ['tối thiểu có 10 sáng kiến', 'gte', 10, undefined, 'number'], // Hồng Bàng line 73
    ['có từ 01 đến 02 sáng kiến trở lên', 'gte', 1, undefined, 'number'], // Hồng An line 105
    ['Có $\\geq 90\\%$ cán bộ', 'gte', 90, undefined, 'percent'], // Chu Văn An line 311 (LaTeX)
    ['- \uF03E 0,7 - - -', 'gt', 0.7, undefined, 'number'], // Hải An line 1238 (Symbol-font >)
    ['1.134.256.000 đồng', 'eq', 1134256000, undefined, 'vnd'], // Chu Văn An line 310
    ['100%', 'eq', 100, undefined, 'percent'],
    // Not from the seeds: other ways plans print comparators.
    ['không thấp hơn 70%', 'gte', 70, undefined, 'percent'],
    ['tối đa 5%', 'lte', 5, undefined, 'percent'],
    ['dưới 10%', 'lt', 10, undefined, 'percent'],
    ['≤ 2%', 'lte', 2, undefined, 'percent'],
    ['từ 15% đến 18%', 'range', 15, 18, 'percent'],
    ['2,5 tỷ đồng', 'eq', 2.5e9, undefined, 'vnd'],
    ['500 triệu đồng', 'eq', 5e8, undefined, 'vnd'],
    ['>= 85 %', 'gte', 85, undefined, 'percent'],
  ])('%j → %s %d', (printed, comparator, value, valueHigh, unit) => {
    const [first] = figuresOf(printed);
    expect(first).toMatchObject({ comparator, value, unit });
    expect(first?.valueHigh).toBe(valueHigh);
  });
});

describe('what is not a figure', () => {
  it.each([
    ['1Gb/s', 'a speed glued to its unit (Hải An line 786)'],
    ['5G', 'a technology name (Hải An line 852)'],
    ['57-NQ/TW', 'a resolution number'],
    ['10.329/12.514', 'a fraction of dossiers (Chu Văn An line 185)'],
    ['02/2025/TT', 'a circular number (Hải An line 1174)'],
    ['24/01/2025', 'a date'],
  ])('%j: %s', (printed) => {
    expect(figuresOf(printed)).toEqual([]);
  });

  it('reads `-` cells as dashes, in order with the figures (Hải An line 904)', () => {
    const cells = scanCells(passage([{ line: 904, raw: '- - 100% 100% 100% ' }]).folded);
    expect(cells.map((c) => (c.kind === 'dash' ? '-' : c.value))).toEqual([
      '-',
      '-',
      100,
      100,
      100,
    ]);
  });
});
