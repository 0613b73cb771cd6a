import { type Candidate, shapeOf } from './candidate.ts';
import { type DocLine, isColumnNumbering, yearsIn } from './document.ts';
import { type Cell, type Figure, looksLikeYear, runsOf, scanCells } from './figures.ts';
import { type Passage, passage, quote } from './text.ts';

/**
 * Tables flattened into text, one cell or cell fragment per line, rows split across lines and
 * pages (Hải An PHỤ LỤC 1 and 2, Thanh Miện PHỤ LỤC SỐ 01). A row starts at its number
 * ("20.", "1.12", "II"); the header printed again after a page break is skipped; the value
 * cells are the run of figures and `-` that fills the header's year columns.
 */

export interface TableContext {
  /** Appendix heading and title lines, e.g. "PHỤ LỤC 2 — CÁC CHỈ TIÊU …". */
  section: string;
  /** Year of a table with a single value column, from its header or title. */
  year: number;
}

type Marker = { label: string; numbers: number[] | null; roman: boolean };

const MARKER = /^\s*([IVX]+|\d+(?:\.\d+)*)\.?(?=\s|$)/;

function markerOf(line: DocLine): (Marker & { length: number }) | null {
  const m = line.raw.match(MARKER);
  if (!m?.[1]) return null;
  const label = m[1];
  const roman = /^[IVX]+$/.test(label);
  if (roman) {
    // "I Phát triển hạ tầng" or a lone "I": a group row, never a word starting a sentence.
    const rest = line.raw.slice(m[0].length).trim();
    if (rest && !/^[\p{Lu}]/u.test(rest)) return null;
  }
  const numbers = roman ? null : label.split('.').map(Number);
  if (numbers && numbers.length === 1 && (numbers[0] ?? 0) >= 1900) return null; // a year
  return { label, numbers, roman, length: m[0].length };
}

/** Is `next` a row number that can follow `prev`? Rejects page numbers and stray values. */
export function plausibleNext(prev: number[] | null, next: number[]): boolean {
  const last = next[next.length - 1] ?? 0;
  if (!prev) return last === 1 || next.length === 1;
  if (next.length === prev.length + 1 && last === 1) {
    return prev.every((n, i) => n === next[i]); // first child: 6 → 6.1
  }
  for (let depth = 1; depth <= prev.length; depth++) {
    if (next.length !== depth) continue;
    const same = next.slice(0, -1).every((n, i) => n === prev[i]);
    if (same && last === (prev[depth - 1] ?? 0) + 1) return true; // sibling: 1.7 → 1.8, 1.12 → 2
  }
  // A misprinted parent ("11.5" then "12.6") still continues the numbering.
  return (
    next.length === prev.length && next.length > 1 && last === (prev[prev.length - 1] ?? 0) + 1
  );
}

interface Row {
  marker: Marker;
  lines: DocLine[];
  /** Offset in the first line's raw text where the row's content starts. */
  offset: number;
}

/** Splits a table body into rows, skipping repeated headers and page numbers. */
export function splitRows(header: readonly DocLine[], body: readonly DocLine[]): Row[] {
  const rows: Row[] = [];
  let prev: number[] | null = null;
  let lastNumbered: number[] | null = null;
  let lastRoman = 0;
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (!line) continue;
    // The header printed again after a page break.
    if (header[0] && line.folded === header[0].folded) {
      let h = 1;
      while (h < header.length && body[i + 1]?.folded === header[h]?.folded) {
        i++;
        h++;
      }
      continue;
    }
    if (isColumnNumbering(line.text)) continue;
    const marker = markerOf(line);
    let accepted = false;
    if (marker?.roman) {
      const value = romanOf(marker.label);
      accepted = value === lastRoman + 1;
      if (accepted) {
        lastRoman = value;
        prev = null;
      }
    } else if (marker?.numbers) {
      accepted =
        plausibleNext(prev, marker.numbers) ||
        (prev === null && lastNumbered !== null && plausibleNext(lastNumbered, marker.numbers));
      if (accepted) {
        prev = marker.numbers;
        lastNumbered = marker.numbers;
      }
    }
    if (marker && accepted) {
      rows.push({ marker, lines: [line], offset: marker.length });
      continue;
    }
    // Page numbers: a short number alone after several blank lines.
    if (/^\d{1,3}$/.test(line.text) && line.blanksBefore >= 2) continue;
    rows[rows.length - 1]?.lines.push(line);
  }
  return rows;
}

function romanOf(label: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = values[label[i] ?? ''] ?? 0;
    const next = values[label[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function rowPassage(row: Row): Passage {
  return passage(
    row.lines.map((l, i) => ({ line: l.no, raw: i === 0 ? l.raw.slice(row.offset) : l.raw })),
  );
}

/** A group row ("I Phát triển hạ tầng", or "6 Hạ tầng số" followed by "6.1"). */
function isGroup(row: Row, next: Row | undefined): boolean {
  if (row.marker.roman) return true;
  const mine = row.marker.numbers ?? [];
  const theirs = next?.marker.numbers;
  return Boolean(
    theirs && theirs.length === mine.length + 1 && mine.every((n, i) => n === theirs[i]),
  );
}

/** A figure cell of a table: not a year, and not a quantity inside the label ("15 tuổi"). */
function tableCells(p: Passage): Cell[] {
  return scanCells(p.folded).filter((c) => {
    if (c.kind === 'dash') return true;
    if (looksLikeYear(c)) return false;
    if (c.unit !== 'number' || c.comparator !== 'eq') return true;
    const next = p.text.slice(c.end).trimStart()[0] ?? '';
    return !/\p{Ll}/u.test(next);
  });
}

const UNIT_COLUMN = /(?:^|\s)(%|so luong(?:\s*\/\s*nam)?|luot|(?:trieu |ty )?dong)(?=\s|$)/;
const OUTPUT_WORDS = /\b(?:so lieu bao cao|bao cao)\b/;

function leadAgencyAfter(p: Passage, from: number): string | null {
  const rest = p.folded.slice(from);
  const cut = rest.search(OUTPUT_WORDS);
  const text = p.text
    .slice(from, cut >= 0 ? from + cut : undefined)
    .trim()
    .replace(/\s*-\s*/g, ' - ');
  if (!/^[\p{Lu}]/u.test(text) || text.length > 80) return null;
  return text;
}

const hasFigure = (run: readonly Cell[]) => run.some((c) => c.kind === 'figure');

/** Where a value sits in its row, and what the row says around it. */
interface Cut {
  figure: Figure;
  year: number;
  column: string | null;
  /** End of the row's label (the indicator wording) in the passage. */
  labelEnd: number;
  unitColumn: string | null;
  /** "đối với các cơ sở giáo dục mầm non": the part of the indicator this value is for. */
  qualifier: string;
  /** End of the value (and its qualifier): the lead agency is printed after it. */
  valueEnd: number;
}

/**
 * Milestone table: the longest run of cells that fills the year columns; when the label ends
 * in a figure ("đạt mức 2 trở lên ≥ 75% …"), the last cells are the columns.
 */
function milestoneCuts(p: Passage, cells: readonly Cell[], years: readonly number[]): Cut[] {
  const runs = runsOf(p.folded, cells).filter((r) => r.length >= years.length && hasFigure(r));
  const run = runs.sort((a, b) => b.length - a.length)[0];
  if (!run) return [];
  const columns = run.slice(run.length - years.length);
  let labelEnd = columns[0]?.start ?? 0;
  const valueEnd = columns[columns.length - 1]?.end ?? p.text.length;
  // A unit column printed just before the years ("… trực tuyến % 60 70 80").
  const unit = /(?:^|\s)(%|so luong(?:\s*\/\s*nam)?|(?:trieu |ty )?dong)\s*$/.exec(
    p.folded.slice(0, labelEnd),
  );
  if (unit) labelEnd = unit.index;
  return columns.flatMap((figure, i): Cut[] => {
    const year = years[i];
    if (figure.kind !== 'figure' || year === undefined) return [];
    const column = `Năm ${year}`;
    return [
      { figure, year, column, labelEnd, unitColumn: unit?.[1] ?? null, qualifier: '', valueEnd },
    ];
  });
}

/**
 * One value column: the value follows the unit column ("% ≥ 80", "Số lượng/năm 5"); several
 * values each "đối với" a part of the indicator give one target each.
 */
function singleValueCuts(
  p: Passage,
  cells: readonly Cell[],
  year: number,
  hasUnitColumn: boolean,
): Cut[] {
  const unit = hasUnitColumn ? UNIT_COLUMN.exec(p.folded) : null;
  const from = unit ? unit.index + unit[0].length : 0;
  const runs = runsOf(
    p.folded,
    cells.filter((c) => c.start >= from),
  ).filter(hasFigure);
  const first = runs[0];
  if (!first) return [];
  const labelEnd = unit ? unit.index : (first[0]?.start ?? 0);
  const unitColumn = unit ? p.folded.slice(labelEnd, first[0]?.start ?? from).trim() : null;
  const qualified = runs.filter((r) =>
    /^\s*doi voi\b/.test(p.folded.slice(r[r.length - 1]?.end ?? 0)),
  );
  const chosen = qualified.length > 1 ? qualified : [first];
  return chosen.flatMap((run, k): Cut[] => {
    const figure = run.find((c): c is Figure => c.kind === 'figure');
    if (!figure) return [];
    const runEnd = run[run.length - 1]?.end ?? figure.end;
    let qualifier = '';
    if (chosen.length > 1) {
      const nextStart = chosen[k + 1]?.[0]?.start ?? p.text.length;
      qualifier = p.text.slice(runEnd, nextStart).trim();
      // The last qualifier runs into the lead agency column ("… mầm non Phòng Văn hoá").
      const lead = qualifier.slice(1).search(/\s\p{Lu}/u);
      if (lead >= 0) qualifier = qualifier.slice(0, lead + 1).trim();
    }
    const valueEnd = qualifier ? runEnd + qualifier.length + 1 : runEnd;
    return [{ figure, year, column: null, labelEnd, unitColumn, qualifier, valueEnd }];
  });
}

/** Reads the value cells of one row. */
function rowCandidates(
  row: Row,
  years: readonly number[],
  ctx: TableContext,
  group: string,
  hasUnitColumn: boolean,
): Candidate[] {
  const p = rowPassage(row);
  if (!p.text) return [];
  const cells = tableCells(p);
  const cuts =
    years.length > 1
      ? milestoneCuts(p, cells, years)
      : singleValueCuts(p, cells, ctx.year, hasUnitColumn);
  return cuts.map((cut): Candidate => {
    const wording = p.text.slice(0, cut.labelEnd).trim();
    return {
      kind: 'target',
      figure: cut.figure,
      passage: p,
      quoteStart: cut.figure.start,
      // A qualified value is quoted with its qualifier, as printed.
      quoteEnd: cut.qualifier ? cut.valueEnd : cut.figure.end,
      year: cut.year,
      column: cut.column,
      wording: cut.qualifier ? `${wording} (${cut.qualifier})` : wording,
      // The qualifier is what sets this value apart, so it leads the text matched.
      matchText: [cut.qualifier, wording, cut.unitColumn ?? ''].join(' '),
      shape: shapeOf(cut.figure, cut.unitColumn, p.folded.slice(0, cut.labelEnd)),
      perYear: Boolean(cut.unitColumn && /\/\s*nam/.test(cut.unitColumn)),
      leadAgency: leadAgencyAfter(p, cut.valueEnd),
      section: [ctx.section, group].filter(Boolean).join(' — '),
      row: `${row.marker.label}${row.marker.numbers?.length === 1 ? '.' : ''}`,
      structural: 0.9,
    };
  });
}

/** All targets of a flattened table. */
export function flatTableCandidates(
  header: readonly DocLine[],
  body: readonly DocLine[],
  ctx: TableContext,
): Candidate[] {
  const headerFolded = header.map((l) => l.folded).join(' ');
  const years = yearsIn(headerFolded);
  const hasUnitColumn = /\bdon vi\b(?! chu tri)/.test(headerFolded);
  const rows = splitRows(header, body);
  const out: Candidate[] = [];
  let group = '';
  rows.forEach((row, i) => {
    if (isGroup(row, rows[i + 1])) {
      group = `${row.marker.label} ${quote(rowPassage(row), 0, 200).text}`.trim();
      return;
    }
    out.push(...rowCandidates(row, years.length > 1 ? years : [], ctx, group, hasUnitColumn));
  });
  return out;
}

/** Quoted text of a candidate (exported for tests). */
export const quoted = (c: Candidate) => quote(c.passage, c.quoteStart, c.quoteEnd);
