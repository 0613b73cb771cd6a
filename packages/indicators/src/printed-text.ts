/**
 * The seeds are text extracted from office documents, and the extraction left artefacts that
 * were never printed: LaTeX math (`$\geq 90\%$` in Chu Văn An's report), Symbol-font glyphs in
 * Unicode's private-use area (U+F03E for ">" in Hải An PHỤ LỤC 2 row 18), and a unit column
 * flattened in front of its value ("% 100"). Provenance keeps the raw text (it is what is on
 * the cited line); readers get the text as a person saw it on paper.
 */

/** Symbol-font code points (U+F020–U+F0FF mirror the font's 8-bit table) for the glyphs the plans use. */
const SYMBOL_FONT: Readonly<Record<string, string>> = {
  '\uF03C': '<',
  '\uF03D': '=',
  '\uF03E': '>',
  '\uF02B': '+',
  '\uF02D': '−',
  '\uF0A3': '≤',
  '\uF0B3': '≥',
  '\uF0B1': '±',
  '\uF0B4': '×',
  '\uF0AE': '→',
  '\uF0B7': '•',
};

const LATEX_COMMANDS: Readonly<Record<string, string>> = {
  geq: '≥',
  ge: '≥',
  leq: '≤',
  le: '≤',
  gt: '>',
  lt: '<',
  times: '×',
  cdot: '·',
  approx: '≈',
  pm: '±',
  neq: '≠',
};

/** Renders the inside of one `$…$` span: known commands become their symbols, escapes lose their backslash. */
function renderMath(tex: string): string {
  return tex
    .replace(/\\([a-zA-Z]+)\s*/g, (whole, name: string) => {
      const symbol = LATEX_COMMANDS[name];
      return symbol === undefined ? whole : `${symbol} `;
    })
    .replace(/\\([%$&#_{}])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}

/**
 * The text as printed: math markup rendered, private-use Symbol glyphs mapped, a leading unit
 * column moved back behind its value, and whitespace collapsed. Unknown private-use glyphs are
 * dropped (they render as nothing a reader could cite); unknown LaTeX commands are kept as-is
 * rather than guessed.
 */
export function cleanPrintedText(raw: string): string {
  let text = raw.replace(/\$([^$]*)\$/g, (_whole, tex: string) => renderMath(tex));
  text = text.replace(/[\uE000-\uF8FF]/gu, (glyph) => SYMBOL_FONT[glyph] ?? '');
  // "% 100", "% ≥ 80", "% dân số 100%": the table's unit column printed before the value.
  const value = /^%\s+([≥≤<>]?\s*\d[\d.,]*)(\s*%)?/u.exec(text);
  if (value) text = `${value[1]}%${text.slice(value[0].length)}`;
  else text = text.replace(/^%\s+/u, '');
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:%)])(?=\s|$)/g, '$1')
    .replace(/([≥≤<>])(?=\d)/gu, '$1 ')
    .trim();
}
