import { describe, expect, it } from 'vitest';
import { fold, passage, quote } from './text.ts';

describe('cleaning keeps the printed text reachable', () => {
  it.each([
    // raw, cleaned — Chu Văn An prints comparators in LaTeX and tags; Hải An in Symbol font.
    ['Có $\\geq 90\\%$ cán bộ', 'Có ≥ 90% cán bộ'], // Chu Văn An line 311
    ['<b>I</b>\t<b>Phát triển hạ tầng</b>', 'I Phát triển hạ tầng'], // Chu Văn An line 306
    ['- \uF03E 0,7 - - -', '- > 0,7 - - -'], // Hải An line 1238
    ['đạt 100%<sup>1</sup>.', 'đạt 100%.'],
    ['**2.2. Có 90%**', '2.2. Có 90%'],
    ['## BÁO CÁO', 'BÁO CÁO'], // Chu Văn An line 7
    ['x  \t y', 'x y'],
  ])('%j → %j', (raw, cleaned) => {
    expect(passage([{ line: 1, raw }]).text).toBe(cleaned);
  });

  it('quotes the raw text of a cleaned span, LaTeX and all (Chu Văn An line 307)', () => {
    const p = passage([
      { line: 307, raw: '- Tăng cường phủ sóng 5G trên địa bàn $\\geq 60\\%$ .' },
    ]);
    const at = p.text.indexOf('≥');
    expect(quote(p, at, at + '≥ 60%'.length)).toEqual({
      text: '$\\geq 60\\%$',
      line: 307,
      lineEnd: 307,
    });
  });

  it('quotes across wrapped lines with their line range (Hải An lines 934–938)', () => {
    const p = passage([
      { line: 934, raw: 'Phấn đấu ' },
      { line: 936, raw: 'ít nhất ' },
      { line: 938, raw: '3% ' },
    ]);
    expect(p.text).toBe('Phấn đấu ít nhất 3%');
    expect(quote(p, 0, p.text.length)).toEqual({
      text: 'Phấn đấu ít nhất 3%',
      line: 934,
      lineEnd: 938,
    });
  });

  it('folds case and diacritics character by character, keeping the length', () => {
    const text = 'Đạt trên 3,5% — Tỷ lệ HỒ SƠ';
    expect(fold(text)).toBe('dat tren 3,5% — ty le ho so');
    expect(fold(text)).toHaveLength(text.length);
  });
});
