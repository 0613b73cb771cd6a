import { NUMBER_SOURCE, parseVietnameseNumber } from './numbers.ts';

/**
 * Figures as printed: a comparator (glyph or words), a number or a range, and a unit. All
 * patterns run on folded text (lower case, no diacritics), so "Phấn đấu đạt", "phấn đấu đạt"
 * and "Phan dau dat" read the same.
 */

/**
 * The comparator as printed. `reach` is a target stated with "đạt" ("reach", "Phấn đấu đạt
 * 3%"); `eq` is a bare figure. `catalogComparator` in comparator.ts maps these onto the
 * catalog's comparators (both are `reach` there).
 */
export type PrintedComparator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'reach' | 'range';

export type FigureUnit = 'percent' | 'vnd' | 'number';

export interface Figure {
  kind: 'figure';
  /** Offsets in the passage's cleaned text. */
  start: number;
  end: number;
  comparator: PrintedComparator;
  value: number;
  valueHigh?: number;
  unit: FigureUnit;
  /** Folded words right after the figure (up to three), e.g. "sang kien cap" for counts. */
  after: string;
}

/** A `-` cell: no target for that column. */
export interface Dash {
  kind: 'dash';
  start: number;
  end: number;
}

export type Cell = Figure | Dash;

// Words that may precede the number of a figure. Fillers ("có", "là", "mức", "luôn") carry no
// comparator; the strongest word present decides it (see `comparatorOf`).
const PREFIX_WORD =
  '(?:phan dau|it nhat|toi thieu|khong duoi|khong thap hon|khong vuot qua|khong qua|toi da|dat|tren|duoi|hon|luon|co|la|bang|≥|>|≤|<|=)';
const NUMBER = String.raw`(?<![\p{L}\p{N}.,/])${NUMBER_SOURCE}(?![\p{L}\p{N}]|[.,/]\d|-\p{L})`;
const MONEY_SCALE = String.raw`(?:(trieu|ty|nghin|ngan)\s+)?dong(?!\p{L})`;

const FIGURE = new RegExp(
  // At most four prefix words, starting a word: keeps the scan linear on any input.
  String.raw`(?<![\p{L}\p{N}])((?:${PREFIX_WORD}\s*){0,4})` + // 1: prefix words
    String.raw`(?:tu\s+(${NUMBER})\s*%?\s+den\s+(${NUMBER})|(${NUMBER})\s*[-–]\s*(${NUMBER})(?=\s*%)|(${NUMBER}))` + // 2,3: từ…đến; 4,5: range; 6: number
    String.raw`(\s*%|\s+${MONEY_SCALE})?` + // 7: unit (8: money scale)
    String.raw`(\s+tro len)?`, // 9: "or more"
  'gu',
);

const DASH = /(?<=^|\s)[-–—](?=\s|$)/gu;

export function comparatorOf(prefix: string, orMore: boolean): PrintedComparator {
  const words = prefix.trim();
  // A glyph is the most specific: "đạt ≥ 60%" is ≥.
  const glyph = words.match(/[≥>≤<=]/g)?.pop();
  if (glyph === '≥') return 'gte';
  if (glyph === '>') return 'gt';
  if (glyph === '≤') return 'lte';
  if (glyph === '<') return 'lt';
  if (glyph === '=') return 'eq';
  if (orMore) return 'gte';
  if (/\b(it nhat|toi thieu|khong duoi|khong thap hon)\b/.test(words)) return 'gte';
  if (/\b(khong vuot qua|khong qua|toi da)\b/.test(words)) return 'lte';
  if (/\b(tren|hon)\b/.test(words)) return 'gt';
  if (/\bduoi\b/.test(words)) return 'lt';
  if (/\b(dat|bang)\b/.test(words)) return 'reach';
  return 'eq';
}

const SCALE: Record<string, number> = { trieu: 1e6, ty: 1e9, nghin: 1e3, ngan: 1e3 };

function followingWords(folded: string, at: number): string {
  return folded
    .slice(at, at + 40)
    .replace(/^[\s“”"'(]+/, '')
    .split(/[\s“”"'()]+/)
    .slice(0, 3)
    .join(' ');
}

/** Every figure and `-` cell in a passage's folded text, in reading order. */
export function scanCells(folded: string): Cell[] {
  const cells: Cell[] = [];
  for (const m of folded.matchAll(FIGURE)) {
    const index = m.index ?? 0;
    const prefix = m[1] ?? '';
    const unitText = m[7] ?? '';
    const orMore = Boolean(m[9]);
    let value: number | null;
    let valueHigh: number | undefined;
    let comparator: PrintedComparator;
    if (m[2] && m[3]) {
      value = parseVietnameseNumber(m[2]);
      valueHigh = parseVietnameseNumber(m[3]) ?? undefined;
      // "từ 01 đến 02 sáng kiến trở lên" is a floor; "từ 20 đến 22%" a band.
      comparator = 'range';
    } else if (m[4] && m[5]) {
      value = parseVietnameseNumber(m[4]);
      valueHigh = parseVietnameseNumber(m[5]) ?? undefined;
      comparator = 'range';
    } else {
      value = parseVietnameseNumber(m[6] ?? '');
      comparator = comparatorOf(prefix, orMore);
    }
    if (value === null) continue;
    const unit: FigureUnit = unitText.includes('%')
      ? 'percent'
      : unitText.includes('dong')
        ? 'vnd'
        : 'number';
    if (unit === 'vnd') value *= SCALE[m[8] ?? ''] ?? 1;
    const end = index + m[0].length;
    const figure: Figure = {
      kind: 'figure',
      start: index,
      end,
      comparator,
      value,
      unit,
      after: followingWords(folded, end),
    };
    if (valueHigh !== undefined) figure.valueHigh = valueHigh;
    if (comparator === 'range' && m[2] && /\btro len\b/.test(folded.slice(end, end + 40))) {
      figure.comparator = 'gte';
      delete figure.valueHigh;
    }
    cells.push(figure);
  }
  const figures = cells.length;
  let next = 0; // figures are in order: walk them alongside the dashes
  for (const m of folded.matchAll(DASH)) {
    const index = m.index ?? 0;
    while (next < figures && (cells[next]?.end ?? 0) <= index) next++;
    const figure = cells[next];
    if (figure && figure.start <= index && index < figure.end) continue; // a range's dash
    cells.push({ kind: 'dash', start: index, end: index + 1 });
  }
  return cells.sort((a, b) => a.start - b.start);
}

/** True when only spaces separate two offsets of the text. */
export function adjacent(folded: string, from: number, to: number): boolean {
  return /^\s*$/.test(folded.slice(from, to));
}

/** Runs of cells separated only by spaces. */
export function runsOf(folded: string, cells: readonly Cell[]): Cell[][] {
  const runs: Cell[][] = [];
  let current: Cell[] = [];
  for (const cell of cells) {
    const last = current[current.length - 1];
    if (last && adjacent(folded, last.end, cell.start)) current.push(cell);
    else {
      if (current.length) runs.push(current);
      current = [cell];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/** Years are column headers and dates, not values: 1990–2100 with no unit. */
export function looksLikeYear(f: Figure): boolean {
  return f.unit === 'number' && Number.isInteger(f.value) && f.value >= 1990 && f.value <= 2100;
}
