import { describe, expect, it } from 'vitest';
import { cleanPrintedText } from './printed-text.ts';

describe('cleanPrintedText', () => {
  it.each([
    // Chu Văn An's report appendix prints comparators as LaTeX (003:307, 003:311, 003:325).
    ['$\\geq 60\\%$ .', '≥ 60%.'],
    ['Có $\\geq 90\\%$ cán bộ, công chức', 'Có ≥ 90% cán bộ, công chức'],
    ['đạt mục tiêu  $\\geq 90\\%$', 'đạt mục tiêu ≥ 90%'],
    ['$\\leq 5\\%$', '≤ 5%'],
    // Hải An PHỤ LỤC 2 row 18 (000:1238): the Symbol font's ">" sits in the private-use area.
    ['\uF03E 0,7', '> 0,7'],
    ['\uF0B3 80%', '≥ 80%'],
    // Hải An PHỤ LỤC 1 (000:700, 000:787): the unit column is flattened before the value.
    ['% 100', '100%'],
    ['% ≥ 80', '≥ 80%'],
    ['% 85% Phòng Văn hóa -Xã hội', '85% Phòng Văn hóa -Xã hội'],
    ['% dân số 100%', 'dân số 100%'],
    // Already clean text is left alone.
    ['≥ 0,77', '≥ 0,77'],
    ['Phấn đấu đạt 3%', 'Phấn đấu đạt 3%'],
    ['10.329/12.514 hồ sơ đạt tỷ lệ 82,54%', '10.329/12.514 hồ sơ đạt tỷ lệ 82,54%'],
    ['20-22%', '20-22%'],
    ['Tháng 12/2026', 'Tháng 12/2026'],
  ])('%j reads %j', (raw, clean) => {
    expect(cleanPrintedText(raw)).toBe(clean);
  });

  it('keeps an unknown LaTeX command rather than guessing it', () => {
    expect(cleanPrintedText('$\\frac{1}{2}$')).toBe('\\frac12');
  });

  it('drops a private-use glyph it cannot map', () => {
    expect(cleanPrintedText('a \uE123 b')).toBe('a b');
  });
});
