/**
 * Text as the extractor reads it. Plans reach us as text exported from office documents and
 * Markdown converters, so the same comparator is printed in several ways (`≥`, `$\geq 90\%$`,
 * the Symbol-font private-use glyph U+F03E for `>`), with HTML and Markdown markup around it.
 * Cleaning rewrites those into one form but keeps, for every cleaned character, where it came
 * from in the raw text, so a proposal can always quote the text exactly as printed.
 */

/** One piece of raw text: a whole line, or one cell of a tab-separated line. */
export interface Segment {
  /** 1-based line number in the document. */
  line: number;
  raw: string;
}

/** Cleaned text of several segments joined by single spaces, with a map back to the raw text. */
export interface Passage {
  /** Cleaned text: markup removed, comparators normalised, whitespace collapsed. */
  text: string;
  /** `text` folded for matching (lower case, no diacritics, đ → d); same length as `text`. */
  folded: string;
  segments: readonly Segment[];
  /** Per character of `text`: index of its segment, and the raw span it came from. */
  segmentOf: readonly number[];
  rawStart: readonly number[];
  rawEnd: readonly number[];
}

// Markup and alternative spellings of comparators, rewritten by `replacementFor`.
const RULES =
  /<sup>.*?<\/sup>|<\/?[a-zA-Z][^>]*>|\$|\\geq?(?![a-z])|\\leq?(?![a-z])|\\gt(?![a-z])|\\lt(?![a-z])|\\%|\\[,;!]|\*+|(?:^|(?<=\s))#{1,6}(?=\s)|[\uF03E\uF03C\uF0B3\uF0A3]|>=|<=|\s+/g;

function replacementFor(match: string): string {
  if (/^\s+$/.test(match)) return ' ';
  switch (match) {
    case '\\ge':
    case '\\geq':
    case '>=':
    case '\uF0B3': // Symbol font ≥
      return '≥';
    case '\\le':
    case '\\leq':
    case '<=':
    case '\uF0A3': // Symbol font ≤
      return '≤';
    case '\\gt':
    case '\uF03E': // Symbol font >
      return '>';
    case '\\lt':
    case '\uF03C': // Symbol font <
      return '<';
    case '\\%':
      return '%';
    default:
      // `$`, markup tags, footnote markers, emphasis, heading hashes, LaTeX spacing.
      return '';
  }
}

/** Folds one character for matching: lower case, without diacritics; "đ" becomes "d". */
export function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  return (c.normalize('NFD')[0] ?? c).toLowerCase()[0] ?? c;
}

/** Folds a whole string (same length as the input for NFC text). */
export function fold(text: string): string {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

interface Cleaned {
  text: string;
  start: number[];
  end: number[];
}

function cleanSegment(raw: string): Cleaned {
  const out: Cleaned = { text: '', start: [], end: [] };
  const push = (chars: string, from: number, to: number) => {
    for (const c of chars) {
      out.text += c;
      out.start.push(from);
      out.end.push(to);
    }
  };
  let at = 0;
  for (const m of raw.matchAll(RULES)) {
    const index = m.index ?? 0;
    for (let i = at; i < index; i++) push(raw[i] ?? '', i, i + 1);
    push(replacementFor(m[0]), index, index + m[0].length);
    at = index + m[0].length;
  }
  for (let i = at; i < raw.length; i++) push(raw[i] ?? '', i, i + 1);
  // Removed markup can leave double or edge spaces behind.
  const keep: number[] = [];
  for (let i = 0; i < out.text.length; i++) {
    const c = out.text[i];
    if (c === ' ' && (keep.length === 0 || out.text[keep[keep.length - 1] ?? 0] === ' ')) continue;
    keep.push(i);
  }
  while (keep.length && out.text[keep[keep.length - 1] ?? 0] === ' ') keep.pop();
  return {
    text: keep.map((i) => out.text[i]).join(''),
    start: keep.map((i) => out.start[i] ?? 0),
    end: keep.map((i) => out.end[i] ?? 0),
  };
}

/** Cleans and joins segments (skipping those left empty) into one passage. */
export function passage(segments: readonly Segment[]): Passage {
  const kept: Segment[] = [];
  let text = '';
  const segmentOf: number[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  for (const segment of segments) {
    const cleaned = cleanSegment(segment.raw);
    if (!cleaned.text) continue;
    if (text) {
      // The joining space belongs to the end of the previous segment.
      text += ' ';
      segmentOf.push(kept.length - 1);
      rawStart.push(rawEnd[rawEnd.length - 1] ?? 0);
      rawEnd.push(rawEnd[rawEnd.length - 1] ?? 0);
    }
    kept.push(segment);
    text += cleaned.text;
    for (let i = 0; i < cleaned.text.length; i++) {
      segmentOf.push(kept.length - 1);
      rawStart.push(cleaned.start[i] ?? 0);
      rawEnd.push(cleaned.end[i] ?? 0);
    }
  }
  return { text, folded: fold(text), segments: kept, segmentOf, rawStart, rawEnd };
}

/** A slice of a passage: its raw text as printed (whitespace squashed) and its line range. */
export interface Quote {
  text: string;
  line: number;
  lineEnd: number;
}

export function quote(p: Passage, from: number, to: number): Quote {
  let a = Math.max(0, from);
  let b = Math.min(p.text.length, to);
  while (a < b && p.text[a] === ' ') a++;
  while (b > a && p.text[b - 1] === ' ') b--;
  if (a >= b) {
    const line = p.segments[p.segmentOf[Math.min(a, p.text.length - 1)] ?? 0]?.line ?? 0;
    return { text: '', line, lineEnd: line };
  }
  const parts: string[] = [];
  let segment = p.segmentOf[a] ?? 0;
  let start = p.rawStart[a] ?? 0;
  let end = p.rawEnd[a] ?? 0;
  const flush = () => {
    const raw = p.segments[segment]?.raw ?? '';
    let from = start;
    let to = end;
    // Keep LaTeX math whole: "$\geq 60\%$" rather than "\geq 60\%".
    if ((raw.slice(from, to).match(/\$/g)?.length ?? 0) % 2 === 1 || raw[from - 1] === '$') {
      if (raw[from - 1] === '$') from--;
      if (raw[to] === '$') to++;
    }
    parts.push(raw.slice(from, to));
  };
  for (let i = a + 1; i < b; i++) {
    const s = p.segmentOf[i] ?? 0;
    if (s !== segment) {
      flush();
      segment = s;
      start = p.rawStart[i] ?? 0;
      end = p.rawEnd[i] ?? 0;
    } else {
      start = Math.min(start, p.rawStart[i] ?? start);
      end = Math.max(end, p.rawEnd[i] ?? end);
    }
  }
  flush();
  const first = p.segments[p.segmentOf[a] ?? 0]?.line ?? 0;
  const last = p.segments[p.segmentOf[b - 1] ?? 0]?.line ?? first;
  return {
    text: parts
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' '),
    line: first,
    lineEnd: last,
  };
}
