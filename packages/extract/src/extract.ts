import { INDICATORS, type Indicator, type Unit } from '@lotrinh/indicators';
import type { Candidate } from './candidate.ts';
import { CatalogMatcher } from './catalog-match.ts';
import {
  type DocLine,
  type DocumentInfo,
  headingLevel,
  headingYear,
  isClosing,
  isColumnNumbering,
  isMarkdownHeading,
  isTableHeader,
  isTargetHeading,
  isTargetTableHeader,
  readDocument,
  yearsIn,
} from './document.ts';
import { flatTableCandidates } from './flat-table.ts';
import type { Proposal } from './proposal.ts';
import { itemCandidates, itemsOf } from './prose-region.ts';
import { isCellLine, tabTableCandidates } from './tab-table.ts';
import { quote } from './text.ts';

/**
 * Reads a plan's (or report's) text and proposes its targets, each with the catalog indicator
 * it is about, the line it came from and a confidence. Reads nothing but the text and the
 * catalog: no knowledge of any ward, no rules for particular files.
 */

export interface ExtractOptions {
  /** The indicator catalog to match onto (default: the project's catalog). */
  catalog?: readonly Indicator[];
}

/** Below this similarity the wording is proposed as a new indicator. */
export const NEW_INDICATOR_BELOW = 0.25;

const ROW_MARKER = /^\s*([IVX]+|\d+(?:\.\d+)*)\.?(?=\s|$)/;

function isRowStart(line: DocLine): boolean {
  if (isColumnNumbering(line.text)) return false;
  const m = line.raw.match(ROW_MARKER);
  return Boolean(m?.[1] && !/^(19|20)\d\d$/.test(m[1]));
}

/** A section heading that ends a table: an appendix, or an upper-case "V. TỔ CHỨC …". */
function endsTable(line: DocLine, header: DocLine): boolean {
  const level = headingLevel(line);
  if (level === 0 || isClosing(line) || isMarkdownHeading(line)) return true;
  if (isTableHeader(line) && line.folded !== header.folded) return true;
  return (level === 1 || level === 2) && line.text === line.text.toUpperCase();
}

function endsProse(line: DocLine, startLevel: number): boolean {
  if (isClosing(line) || isTableHeader(line)) return true;
  const level = headingLevel(line);
  if (level === null) return false;
  return level === 0 || (level <= startLevel && !/\d\s*%/.test(line.text));
}

const stripDates = (folded: string) => folded.replace(/\bngay\b.*?\bnam \d{4}\b/g, '');

/** The targets of the table whose header is `lines[at]` and whose body ends before `end`. */
function tableCandidates(
  doc: DocumentInfo,
  at: number,
  end: number,
  appendix: DocLine | null,
  title: readonly DocLine[],
): Candidate[] {
  const { lines } = doc;
  const header = lines[at] as DocLine;
  const section =
    [appendix?.text.replace(/:\s*$/, ''), title[0]?.text].filter(Boolean).join(' — ') ||
    header.text;
  if (isCellLine(header.raw)) {
    return tabTableCandidates(header, lines.slice(at + 1, end), {
      section,
      year: headingYear(header.folded) ?? doc.year,
      report: doc.kind === 'report',
    });
  }
  // A flattened header runs over several lines ("Năm", "2025", "Năm", "2030", …) up to the
  // first row number.
  let headerEnd = at + 1;
  while (headerEnd < end && headerEnd - at < 40 && !isRowStart(lines[headerEnd] as DocLine)) {
    headerEnd++;
  }
  const headerLines = lines.slice(at, headerEnd);
  const headerYears = yearsIn(headerLines.map((l) => l.folded).join(' '));
  const titleYear = headingYear(stripDates(title.map((l) => l.folded).join(' ')));
  const year = headerYears.length === 1 ? (headerYears[0] as number) : (titleYear ?? doc.year);
  return flatTableCandidates(headerLines, lines.slice(headerEnd, end), { section, year });
}

function candidatesOf(doc: DocumentInfo): Candidate[] {
  const { lines } = doc;
  const out: Candidate[] = [];
  const body: DocLine[] = [];
  let appendix: DocLine | null = null;
  let title: DocLine[] = [];
  let closed = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as DocLine;
    if (headingLevel(line) === 0) {
      appendix = line;
      title = [];
      i++;
      continue;
    }
    if (isTargetTableHeader(line)) {
      let end = i + 1;
      while (end < lines.length && !endsTable(lines[end] as DocLine, line)) end++;
      out.push(...tableCandidates(doc, i, end, appendix, title));
      i = end;
      continue;
    }
    if (isTargetHeading(line)) {
      const level = headingLevel(line) ?? 2;
      let end = i + 1;
      while (end < lines.length && !endsProse(lines[end] as DocLine, level)) end++;
      const year = headingYear(stripDates(line.folded)) ?? doc.year;
      for (const item of itemsOf(lines.slice(i + 1, end), year, line.text)) {
        out.push(...itemCandidates(item, 0.75));
      }
      i = end;
      continue;
    }
    if (isClosing(line)) closed = true;
    // Title lines of an appendix name its section and may give its year ("Đến năm 2030").
    if (appendix) {
      if (title.length < 4) title.push(line);
    } else if (!closed) {
      body.push(line);
    }
    i++;
  }
  // Outside target sections, only sentences that strive for a figure ("phấn đấu … 3%").
  for (const item of itemsOf(body, doc.year)) out.push(...itemCandidates(item, 0.6, true));
  return out;
}

const UNIT_OF_SHAPE: Record<string, Unit | null> = {
  percent: 'percent',
  index: 'index',
  vnd: 'vnd',
  qualitative: null,
};

function unitOf(c: Candidate, indicator: Indicator | undefined): Unit | null {
  if (!c.figure) return null;
  if (c.shape === 'count') {
    if (indicator && (indicator.unit === 'count' || indicator.unit === 'countPerYear')) {
      return indicator.unit;
    }
    return c.perYear ? 'countPerYear' : 'count';
  }
  return UNIT_OF_SHAPE[c.shape] ?? null;
}

const round = (n: number) => Math.round(n * 100) / 100;

function toProposal(
  c: Candidate,
  matcher: CatalogMatcher,
  byCode: Map<string, Indicator>,
): Proposal {
  const match = c.vndOnly
    ? matcher.match(c.matchText, 'vnd', ['vnd'])
    : matcher.match(c.matchText, c.shape);
  const known = match && match.score >= NEW_INDICATOR_BELOW ? match : null;
  const indicator = known ? byCode.get(known.code) : undefined;
  const flags: string[] = [];
  if (c.kind === 'qualitative') flags.push('qualitative');
  if (c.kind === 'actual' && !c.figure) flags.push('reported-in-words');
  if (!known) flags.push('new-indicator');
  else if (known.score < 0.45) flags.push('weak-indicator-match');
  if (known && known.score - known.runnerUp < 0.03) flags.push('ambiguous-indicator');
  const score = known?.score ?? 0;
  let confidence = c.structural * (0.55 + 0.45 * Math.min(1, score / 0.5));
  if (flags.includes('ambiguous-indicator')) confidence *= 0.85;
  if (!known) confidence *= 0.7;
  const q = quote(c.passage, c.quoteStart, c.quoteEnd);
  const figure = c.figure;
  return {
    kind: c.kind,
    indicatorCode: indicator?.code ?? null,
    indicatorScore: round(score),
    proposedIndicatorName: indicator ? null : c.wording.slice(0, 120),
    year: c.year,
    comparator: figure
      ? c.kind === 'actual' && figure.comparator === 'reach'
        ? 'eq'
        : figure.comparator
      : null,
    value: figure?.value ?? null,
    valueHigh: figure?.valueHigh ?? null,
    unit: unitOf(c, indicator),
    recurring: c.perYear ? 'annual' : null,
    wording: c.wording,
    leadAgency: c.leadAgency,
    section: c.section,
    row: c.row,
    column: c.column,
    line: q.line,
    lineEnd: q.lineEnd,
    text: q.text,
    confidence: round(confidence),
    flags,
  };
}

export function extractTargets(text: string, options: ExtractOptions = {}): Proposal[] {
  const catalog = options.catalog ?? INDICATORS;
  const matcher = new CatalogMatcher(catalog);
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  // In reading order, so a reviewer walks the document once (stable for equal lines).
  return candidatesOf(readDocument(text))
    .map((c) => toProposal(c, matcher, byCode))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}
