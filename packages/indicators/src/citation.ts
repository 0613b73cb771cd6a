/**
 * The provenance rule, for any document whose text is stored: a figure's cited lines must
 * contain its text as printed. Lines are 1-based; a citation over several lines reads them
 * joined by single spaces, blank lines skipped, and both sides have their whitespace runs
 * collapsed (the text was extracted from office documents, so a cell may wrap anywhere).
 */

export interface Citation {
  line: number;
  /** Last line when the text wraps; absent or equal to `line` for one line. */
  lineEnd?: number | null | undefined;
  text: string;
}

/**
 * The most lines one citation may span. The seeds' widest is 5 (a table row wrapped over a
 * page break); without a bound, citing lines 1–5000 would make any text "printed there".
 */
export const MAX_CITED_LINES = 20;

export type CitationProblem =
  | { kind: 'emptyText' }
  | { kind: 'badRange'; line: number; lineEnd: number; lineCount: number }
  | { kind: 'tooManyLines'; line: number; lineEnd: number; max: number }
  | { kind: 'notFound'; printed: string };

/** Collapses whitespace runs to one space and trims. */
export const squashWhitespace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The lines of a document's text (LF or CRLF), as they are numbered from 1. */
export const documentLines = (text: string): string[] => text.split(/\r?\n/u);

/** The text of lines `from..to` (1-based, inclusive), whitespace-normalised, blank lines skipped. */
export function printedLines(lines: readonly string[], from: number, to = from): string {
  return lines
    .slice(from - 1, to)
    .map(squashWhitespace)
    .filter((l) => l.length > 0)
    .join(' ');
}

/** Why a citation does not hold in a document's lines, or null when its text is printed there. */
export function citationProblem(
  lines: readonly string[],
  citation: Citation,
): CitationProblem | null {
  const wanted = squashWhitespace(citation.text);
  if (wanted.length === 0) return { kind: 'emptyText' };
  const { line } = citation;
  const lineEnd = citation.lineEnd ?? line;
  if (
    !Number.isInteger(line) ||
    !Number.isInteger(lineEnd) ||
    line < 1 ||
    lineEnd < line ||
    lineEnd > lines.length
  )
    return { kind: 'badRange', line, lineEnd, lineCount: lines.length };
  if (lineEnd - line + 1 > MAX_CITED_LINES)
    return { kind: 'tooManyLines', line, lineEnd, max: MAX_CITED_LINES };
  const printed = printedLines(lines, line, lineEnd);
  return printed.includes(wanted) ? null : { kind: 'notFound', printed };
}
