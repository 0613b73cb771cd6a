import { type Candidate, shapeOf } from './candidate.ts';
import { type DocLine, yearsIn } from './document.ts';
import { type Figure, looksLikeYear, scanCells } from './figures.ts';
import { clauseTargets } from './prose.ts';
import { type Passage, passage, type Segment } from './text.ts';

/**
 * Tables that kept their cells apart with tabs (Chu Văn An's appendix: "TT | Mục tiêu cụ thể |
 * Kết quả năm 2025"). The target column is read like prose; in a report, the result column
 * gives the result of the same row.
 */

export interface TabTableContext {
  section: string;
  year: number;
  /** A report's "Kết quả" column holds results; a plan's holds the target values. */
  report: boolean;
}

interface TabRow {
  label: string;
  columns: Segment[][];
}

const ROW_LABEL = /^\s*(?:<b>)?\s*([IVX]+|\d+(?:\.\d+)*)\.?\s*(?:<\/b>)?\s*$/;

function cellsOf(line: DocLine): string[] {
  return line.raw.split('\t');
}

export function tabTableCandidates(
  header: DocLine,
  body: readonly DocLine[],
  ctx: TabTableContext,
): Candidate[] {
  const headings = cellsOf(header).map((c) => passage([{ line: header.no, raw: c }]).folded);
  const targetColumn = headings.findIndex((h) => /\b(chi tieu|muc tieu)\b/.test(h));
  const resultColumn = headings.findIndex((h, i) => i !== targetColumn && /^ket qua\b/.test(h));
  const year = yearsIn(headings.join(' '))[0] ?? ctx.year;
  if (targetColumn < 0) return [];

  const rows: TabRow[] = [];
  for (const line of body) {
    if (line.folded === header.folded) continue; // header repeated after a page break
    const cells = cellsOf(line);
    const label = cells[0]?.match(ROW_LABEL)?.[1];
    if (label && cells.length > 1) {
      rows.push({
        label,
        columns: cells.map((raw) => (raw.trim() ? [{ line: line.no, raw }] : [])),
      });
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) continue;
    if (cells.length === 1) {
      // A wrapped line without tabs continues the last column that has text.
      const last = [...row.columns.keys()].reverse().find((k) => row.columns[k]?.length) ?? 0;
      row.columns[last]?.push({ line: line.no, raw: line.raw });
      continue;
    }
    cells.forEach((raw, k) => {
      if (!raw.trim()) return;
      if (!row.columns[k]) row.columns[k] = [];
      row.columns[k]?.push({ line: line.no, raw });
    });
  }

  const out: Candidate[] = [];
  let group = '';
  for (const row of rows) {
    const target = passage(row.columns[targetColumn] ?? []);
    if (/^[IVX]+$/.test(row.label)) {
      group = `${row.label} ${target.text}`.trim();
      continue;
    }
    if (!target.text) continue;
    const section = [ctx.section, group].filter(Boolean).join(' — ');
    const base = {
      passage: target,
      year,
      column: null,
      leadAgency: null,
      section,
      row: `${row.label}.`,
      structural: 0.85,
    };
    const clauses = clauseTargets(target, true);
    const targets: Candidate[] = clauses.map((c) => {
      const wording = target.text
        .slice(c.start, c.end)
        .replace(/^[-–]\s*/, '')
        .trim();
      return {
        ...base,
        kind: c.figure ? 'target' : 'qualitative',
        figure: c.figure,
        quoteStart: c.figure ? c.figure.start : c.start,
        quoteEnd: c.figure ? c.figure.end : c.end,
        wording,
        matchText: wording,
        shape: c.figure ? shapeOf(c.figure, null, target.folded) : 'qualitative',
        perYear: c.perYear,
      };
    });
    out.push(...targets);
    if (ctx.report && resultColumn >= 0) {
      const result = passage(row.columns[resultColumn] ?? []);
      const main = targets[0];
      if (result.text && main) out.push(...resultCandidates(result, main, { ...base, year }));
    }
  }
  return out;
}

/** The result of a row: its first figure, or the row reported in words; amounts in đồng too. */
function resultCandidates(
  result: Passage,
  target: Candidate,
  base: Pick<Candidate, 'year' | 'section' | 'row' | 'column' | 'leadAgency'>,
): Candidate[] {
  const figures = scanCells(result.folded).filter(
    (c): c is Figure => c.kind === 'figure' && !looksLikeYear(c),
  );
  const share = figures.find((f) => f.unit === 'percent');
  const amount = figures.find((f) => f.unit === 'vnd');
  const common = {
    ...base,
    kind: 'actual' as const,
    passage: result,
    wording: target.wording,
    matchText: target.matchText,
    perYear: false,
    structural: 0.8,
  };
  const out: Candidate[] = [];
  if (share && target.figure) {
    out.push({
      ...common,
      figure: share,
      quoteStart: share.start,
      quoteEnd: share.end,
      shape: target.shape,
    });
  } else {
    // Reported in words: the reviewer decides whether the target was met.
    const end = result.text.search(/[;,.(]/);
    out.push({
      ...common,
      figure: null,
      quoteStart: 0,
      quoteEnd: end > 0 ? end : Math.min(result.text.length, 80),
      shape: target.shape,
    });
  }
  if (amount) {
    // An amount spent is its own indicator, measured in đồng.
    const sentenceStart = Math.max(0, result.text.lastIndexOf(',', amount.start) + 1);
    out.push({
      ...common,
      figure: amount,
      quoteStart: amount.start,
      quoteEnd: amount.end,
      wording: result.text.slice(sentenceStart, amount.end).trim(),
      matchText: `${target.matchText} ${result.text.slice(0, amount.end)}`,
      shape: 'vnd',
      vndOnly: true,
    });
  }
  return out;
}
