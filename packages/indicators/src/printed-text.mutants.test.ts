import { describe, expect, it } from 'vitest';
import { cleanPrintedText } from './printed-text.ts';

// Cases written to kill the mutants that survived Stryker (docs/QUALITY.md). The glyphs and
// commands are the ones the module maps; the expected symbols are typed here from the Symbol
// font's table and LaTeX's meaning, not read from the module.

describe('cleanPrintedText: Symbol-font glyphs', () => {
  it.each([
    ['\uF03C', '<'],
    ['\uF03D', '='],
    ['\uF03E', '>'],
    ['\uF02B', '+'],
    ['\uF02D', '−'],
    ['\uF0A3', '≤'],
    ['\uF0B3', '≥'],
    ['\uF0B1', '±'],
    ['\uF0B4', '×'],
    ['\uF0AE', '→'],
    ['\uF0B7', '•'],
  ])('U+%s reads as %s', (glyph, symbol) => {
    expect(cleanPrintedText(`a ${glyph} b`)).toBe(`a ${symbol} b`);
  });

  it('drops a private-use glyph it does not know', () => {
    expect(cleanPrintedText('a \uF0FF b')).toBe('a b');
  });
});

describe('cleanPrintedText: LaTeX left by the extraction', () => {
  it.each([
    ['$\\geq 90\\%$', '≥ 90%'], // Chu Văn An's appendix
    ['$\\geq90\\%$', '≥ 90%'],
    ['$\\ge 5$', '≥ 5'],
    ['$\\leq 2$', '≤ 2'],
    ['$\\le 2$', '≤ 2'],
    ['$\\gt 3$', '> 3'],
    ['$\\lt 3$', '< 3'],
    ['$2 \\times 3$', '2 × 3'],
    ['$2 \\cdot 3$', '2 · 3'],
    ['$\\approx 5$', '≈ 5'],
    ['$\\pm 1$', '± 1'],
    ['$\\neq 0$', '≠ 0'],
    ['$\\frac 12$', '\\frac 12'], // unknown: kept, not guessed
  ])('%s → %s', (raw, shown) => {
    expect(cleanPrintedText(raw)).toBe(shown);
  });
});

describe('cleanPrintedText: spacing and a unit column printed first', () => {
  it.each([
    ['% 100', '100%'],
    ['% ≥ 80', '≥ 80%'],
    ['% 100 %', '100%'],
    ['% dân số 100%', 'dân số 100%'],
    ['đạt 5 % năm', 'đạt 5% năm'],
    ['≥80%', '≥ 80%'],
    ['  đạt   trên    95 %  ', 'đạt trên 95%'],
    ['Tăng 10 % .', 'Tăng 10%.'],
  ])('%j → %j', (raw, shown) => {
    expect(cleanPrintedText(raw)).toBe(shown);
  });
});
