import { type Figure, looksLikeYear, scanCells } from './figures.ts';
import type { Passage } from './text.ts';

/**
 * Targets written as sentences ("- Tối thiểu 90% hồ sơ TTHC được xử lý hoàn toàn trực
 * tuyến…"). One clause states one target; its first figure is the target, and later figures
 * in the same clause qualify it ("ít nhất 01 lần/năm", "(100% nộp thuế điện tử)").
 */

export interface ClauseTarget {
  /** The clause's figure, or null for a sentence with no figure (a qualitative target). */
  figure: Figure | null;
  /** Offsets of the clause (or sentence) in the passage text. */
  start: number;
  end: number;
  /** Counts and targets that repeat each year ("mỗi năm", "hằng năm", "/năm"). */
  perYear: boolean;
}

// Quantities that describe the target rather than set it: speeds, ages, frequencies, durations.
const MEASURE_WORD =
  /^(?:gbps|mbps|gb\b|mb\b|tuoi|km|m2|ha\b|nam\b|thang|ngay|gio\b|phut|lan\b|buoi|lan\/|buoi\/|dot\b|ky\b|cap\b|muc\b|the he)/;

/** Offsets hidden inside parentheses: asides, not targets. */
function maskParentheses(folded: string): string {
  let depth = 0;
  let out = '';
  for (const c of folded) {
    if (c === '(') depth++;
    out += depth > 0 ? ' ' : c;
    if (c === ')' && depth > 0) depth--;
  }
  return out;
}

/** A figure that can be a target on its own: a share, money, or a count of something. */
function isTargetFigure(f: Figure): boolean {
  if (looksLikeYear(f)) return false;
  if (f.unit === 'percent' || f.unit === 'vnd') return true;
  if (!f.after || MEASURE_WORD.test(f.after)) return false;
  // A count names what is counted: "10 sáng kiến", "02 cơ sở", "01 “Không gian …”".
  return /^[a-z]/.test(f.after);
}

function spans(text: string, separator: RegExp, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(separator)) {
    const at = from + (m.index ?? 0);
    out.push([start, at + 1]);
    start = at + m[0].length;
  }
  out.push([start, to]);
  return out.filter(([a, b]) => /\p{L}/u.test(text.slice(a, b)));
}

/**
 * The targets of a passage written as prose: for each clause (split at ";" and sentence
 * ends) its first share, or failing that its first count or amount. Sentences without any
 * figure are returned as qualitative when `qualitative` is set.
 */
export function clauseTargets(p: Passage, qualitative: boolean): ClauseTarget[] {
  const masked = maskParentheses(p.folded);
  const figures = scanCells(masked).filter(
    (c): c is Figure => c.kind === 'figure' && isTargetFigure(c),
  );
  const out: ClauseTarget[] = [];
  let first = 0; // clauses and figures are both in order: walk them together
  // Sentences end at ". " before a capital or a digit (cleaned text keeps the case).
  for (const [sa, sb] of spans(p.text, /\.\s+(?=[\p{Lu}\d])/gu, 0, p.text.length)) {
    let found = false;
    for (const [ca, cb] of spans(p.text, /;\s*/g, sa, sb)) {
      while (first < figures.length && (figures[first]?.start ?? 0) < ca) first++;
      const inClause: Figure[] = [];
      for (let k = first; k < figures.length && (figures[k]?.start ?? 0) < cb; k++) {
        const f = figures[k];
        if (f && f.end <= cb) inClause.push(f);
      }
      const figure = inClause.find((f) => f.unit === 'percent') ?? inClause[0];
      if (!figure) continue;
      found = true;
      out.push({
        figure,
        start: ca,
        end: cb,
        perYear: /(?:\bmoi|\bhang|\/) ?nam\b/.test(masked.slice(ca, cb)),
      });
    }
    if (!found && qualitative && p.text.slice(sa, sb).split(' ').length >= 4) {
      out.push({ figure: null, start: sa, end: sb, perYear: false });
    }
  }
  return out;
}
