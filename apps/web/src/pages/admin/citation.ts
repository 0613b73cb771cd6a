/**
 * The provenance rule the API enforces (addTargets), checked in the form as the user selects:
 * a target's printed text, whitespace collapsed, must be in its cited lines read joined by
 * single spaces, blank lines skipped. Same rule as `citationProblem` in @lotrinh/indicators,
 * which the dashboard cannot import (it reaches the domain only through GraphQL).
 */
/**
 * The widest citation the API accepts (`MAX_CITED_LINES` in @lotrinh/indicators): the seeds'
 * widest printed target spans 5 lines, and a wider span would let almost any text be "printed there".
 */
export const MAX_CITED_LINES = 20;

export const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export const splitLines = (text: string): string[] => text.split(/\r?\n/u);

export function printedLines(lines: readonly string[], from: number, to = from): string {
  return lines
    .slice(from - 1, to)
    .map(squash)
    .filter((l) => l.length > 0)
    .join(' ');
}

export function citationHolds(
  lines: readonly string[],
  line: number,
  lineEnd: number | null,
  text: string,
): boolean {
  const end = lineEnd ?? line;
  const wanted = squash(text);
  if (!wanted || line < 1 || end < line || end > lines.length) return false;
  return printedLines(lines, line, end).includes(wanted);
}

/**
 * What a selection in the document view cites: the lines it spans and its text. An empty
 * selection (a click on a line) cites the whole line.
 */
export function citationFromSelection(
  lines: readonly string[],
  startLine: number,
  endLine: number,
  selectedText: string,
): { line: number; lineEnd: number | null; sourceText: string } | null {
  const [from, to] = startLine <= endLine ? [startLine, endLine] : [endLine, startLine];
  if (from < 1 || to > lines.length) return null;
  const text = squash(selectedText) || printedLines(lines, from, to);
  if (!text) return null;
  return { line: from, lineEnd: to > from ? to : null, sourceText: text };
}
