import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from './numbers.ts';

describe('parseVietnameseNumber', () => {
  it.each([
    ['0,77', 0.77], // Hải An PHỤ LỤC 2 row 20, line 1304
    ['82,54', 82.54], // Chu Văn An appendix row 14, line 325
    ['1.134.256.000', 1134256000], // Chu Văn An appendix row 3, line 310
    ['10.329', 10329], // Chu Văn An line 185
    ['3,5', 3.5], // Hải An line 955
    ['01', 1], // Hồng An line 81
    ['100', 100],
  ])('reads %s as %d', (printed, value) => {
    expect(parseVietnameseNumber(printed)).toBe(value);
  });

  it.each(['1.1', '12.6', '1.5.', '2,', 'abc', '1.23', ''])(
    'does not read %j as a number (row labels, fragments)',
    (printed) => {
      expect(parseVietnameseNumber(printed)).toBeNull();
    },
  );
});
