import { type Candidate, shapeOf } from './candidate.ts';
import { type DocLine, yearsIn } from './document.ts';
import { type Figure, looksLikeYear, scanCells } from './figures.ts';
import { clauseTargets } from './prose.ts';
import { type Passage, passage, type Segment } from './text.ts';

/**
 * Tables that kept their cells apart, with tabs (Chu Văn An's appendix: "TT | Mục tiêu cụ
 * thể | Kết quả năm 2025") or Markdown pipes. Columns are recognised by their headings: the
 * target wording, a unit, one column per milestone year, a single value column, a lead
 * agency, and in a report the results. Without value columns the wording is read like prose.
 */

export interface TabTableContext {
  section: string;
  year: number;
  /** A report's "Kết quả" column holds results; a plan's holds the target values. */
  report: boolean;
}

interface Columns {
  label: number;
  unit: number;
  lead: number;
  result: number;
  value: number;
  years: { index: number; year: number }[];
}

interface TabRow {
  label: string;
  columns: Segment[][];
}

const ROW_LABEL = /^\s*(?:<b>)?\s*([IVX]+|\d+(?:\.\d+)*)\.?\s*(?:<\/b>)?\s*$/;

/** Is this line a row of a tab- or pipe-separated table? */
export function isCellLine(raw: string): boolean {
  return raw.includes('\t') || /^\s*\|.*\|\s*$/.test(raw);
}

/** The raw cells of a line, with their offsets kept by slicing the raw text. */
function cellsOf(raw: string): string[] {
  if (raw.includes('\t')) return raw.split('\t');
  // Markdown pipes: "| 1 | Tỷ lệ … | % | 80 |"; the outer pipes open and close the row.
  return raw
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|');
}

function columnsOf(headings: readonly string[], report: boolean): Columns {
  const find = (test: (h: string) => boolean, not: readonly number[] = []) =>
    headings.findIndex((h, i) => !not.includes(i) && test(h));
  const label = find((h) => /\b(chi tieu|muc tieu|noi dung)\b/.test(h));
  const unit = find((h) => /^(?:don vi(?: tinh)?|dvt)$/.test(h));
  const lead = find((h) => /\bchu tri\b/.test(h));
  // A year column of what was done or estimated ("Ước thực hiện 2025", "Hiện trạng 2024") is a
  // baseline in a plan, not a target.
  const done = (h: string) => /\b(?:thuc hien|uoc|hien trang|dat duoc|ket qua)\b/.test(h);
  const years = headings.flatMap((h, index) => {
    const found = yearsIn(h);
    const year = found[0];
    const target = index !== label && found.length === 1 && year !== undefined;
    return target && (report || !done(h)) ? [{ index, year }] : [];
  });
  const result = report ? find((h) => /^ket qua\b/.test(h), [label]) : -1;
  // A plan's single value column: "Năm 2030", "Kết quả", "Chỉ tiêu" (beside the wording).
  const value =
    report || years.length > 1
      ? -1
      : (years[0]?.index ??
        find((h) => /^(ket qua|chi tieu|muc tieu|gia tri)\b/.test(h), [label, unit, lead]));
  return { label, unit, lead, result, value, years: years.length > 1 ? years : [] };
}

/** Rows of a separated table: a row starts with its number; other lines continue it. */
function tabRows(header: DocLine, body: readonly DocLine[]): TabRow[] {
  const rows: TabRow[] = [];
  for (const line of body) {
    if (line.folded === header.folded) continue; // header repeated after a page break
    if (/^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(line.raw)) continue; // Markdown separator row
    const cells = isCellLine(line.raw) ? cellsOf(line.raw) : [line.raw];
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
      // A wrapped line without separators continues the last column that has text.
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

  return rows;
}

export function tabTableCandidates(
  header: DocLine,
  body: readonly DocLine[],
  ctx: TabTableContext,
): Candidate[] {
  const headings = cellsOf(header.raw).map((c) => passage([{ line: header.no, raw: c }]).folded);
  const cols = columnsOf(headings, ctx.report);
  if (cols.label < 0) return [];
  const headerYear = cols.years.length ? null : (yearsIn(headings.join(' '))[0] ?? null);
  const year = headerYear ?? ctx.year;

  const rows = tabRows(header, body);

  const out: Candidate[] = [];
  let group = '';
  for (const row of rows) {
    const target = passage(row.columns[cols.label] ?? []);
    if (/^[IVX]+$/.test(row.label)) {
      group = `${row.label} ${target.text}`.trim();
      continue;
    }
    if (!target.text) continue;
    const unitText = cols.unit >= 0 ? passage(row.columns[cols.unit] ?? []).folded : null;
    const lead = cols.lead >= 0 ? passage(row.columns[cols.lead] ?? []).text || null : null;
    const base = {
      year,
      column: null,
      leadAgency: lead,
      section: [ctx.section, group].filter(Boolean).join(' — '),
      row: `${row.label}.`,
    };
    const wording = target.text.replace(/^[-–]\s*/, '').trim();
    const valueColumns =
      cols.years.length > 1
        ? cols.years.map((y) => ({ ...y, column: headings[y.index] ?? null }))
        : cols.value >= 0
          ? [{ index: cols.value, year, column: null }]
          : [];
    if (valueColumns.length) {
      for (const vc of valueColumns) {
        const cell = passage(row.columns[vc.index] ?? []);
        const figure = firstFigure(cell);
        if (!figure) continue;
        out.push({
          ...base,
          kind: 'target',
          figure,
          passage: cell,
          quoteStart: figure.start,
          quoteEnd: figure.end,
          year: vc.year,
          column: vc.column ? (cellsOf(header.raw)[vc.index]?.trim() ?? null) : null,
          wording,
          matchText: `${wording} ${unitText ?? ''}`,
          shape: shapeOf(figure, unitText, target.folded),
          perYear: Boolean(unitText && /\/\s*nam/.test(unitText)),
          structural: 0.85,
        });
      }
      continue;
    }
    const clauses = clauseTargets(target, true);
    const targets: Candidate[] = clauses.map((c) => {
      const clause = target.text
        .slice(c.start, c.end)
        .replace(/^[-–]\s*/, '')
        .trim();
      return {
        ...base,
        passage: target,
        kind: c.figure ? 'target' : 'qualitative',
        figure: c.figure,
        quoteStart: c.figure ? c.figure.start : c.start,
        quoteEnd: c.figure ? c.figure.end : c.end,
        wording: clause,
        matchText: clause,
        shape: c.figure ? shapeOf(c.figure, unitText, target.folded) : 'qualitative',
        perYear: c.perYear,
        structural: c.figure ? 0.85 : 0.55,
      };
    });
    out.push(...targets);
    if (cols.result >= 0) {
      const result = passage(row.columns[cols.result] ?? []);
      const main = targets[0];
      if (result.text && main) out.push(...resultCandidates(result, main, base));
    }
  }
  return out;
}

function firstFigure(cell: Passage): Figure | null {
  return (
    scanCells(cell.folded).find((c): c is Figure => c.kind === 'figure' && !looksLikeYear(c)) ??
    null
  );
}

/** The result of a row: its first share, or the row reported in words; amounts in đồng too. */
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
    const clauseStart = Math.max(0, result.text.lastIndexOf(',', amount.start) + 1);
    out.push({
      ...common,
      figure: amount,
      quoteStart: amount.start,
      quoteEnd: amount.end,
      wording: result.text.slice(clauseStart, amount.end).trim(),
      matchText: `${target.matchText} ${result.text.slice(0, amount.end)}`,
      shape: 'vnd',
      vndOnly: true,
    });
  }
  return out;
}
