import { passage } from './text.ts';

/**
 * The document as lines, and the few facts about it that every rule needs: its kind (plan or
 * report), its own year, and what each line looks like (heading, list item, table header).
 */

export interface DocLine {
  /** 1-based line number. */
  no: number;
  raw: string;
  /** Cleaned text (markup removed, whitespace collapsed). */
  text: string;
  folded: string;
  /** Blank lines just before this one (office exports put page numbers after several). */
  blanksBefore: number;
}

export interface DocumentInfo {
  lines: DocLine[];
  kind: 'plan' | 'report';
  /** The year the document is about: its title year, else its date, else its latest cited date. */
  year: number;
}

export function readDocument(source: string): DocumentInfo {
  const lines: DocLine[] = [];
  let blanks = 0;
  source
    .normalize('NFC')
    .split('\n')
    .forEach((rawLine, i) => {
      const raw = rawLine.replace(/\r$/, '');
      const p = passage([{ line: i + 1, raw }]);
      if (!p.text) {
        blanks++;
        return;
      }
      lines.push({ no: i + 1, raw, text: p.text, folded: p.folded, blanksBefore: blanks });
      blanks = 0;
    });
  return { lines, kind: kindOf(lines), year: yearOf(lines) };
}

function kindOf(lines: readonly DocLine[]): 'plan' | 'report' {
  return lines.slice(0, 15).some((l) => /^bao cao\b/.test(l.folded)) ? 'report' : 'plan';
}

const YEAR = /\b(19[89]\d|20\d\d)\b/g;

function yearOf(lines: readonly DocLine[]): number {
  const head = lines.slice(0, 20);
  // A year in the title ("… tại phường Hồng Bàng năm 2026") says what the plan is for.
  for (const l of head) {
    if (/\bngay\b/.test(l.folded)) continue;
    const m = l.folded.match(/\bnam (20\d\d)\b/);
    if (m?.[1] && !/\d+\/\d+\/\d{4}/.test(l.folded)) return Number(m[1]);
  }
  // Then the date line ("Hồng An, ngày tháng 5 năm 2026").
  for (const l of head) {
    const m = l.folded.match(/\bngay\b.*\bnam (20\d\d)\b/);
    if (m?.[1]) return Number(m[1]);
  }
  // Then the latest date cited in the opening ("Kế hoạch số 08-KH/ĐU ngày 04/9/2025").
  const cited = lines
    .slice(0, 40)
    .flatMap((l) =>
      [...l.folded.matchAll(/\b\d{1,2}\/\d{1,2}\/(20\d\d)\b/g)].map((m) => Number(m[1])),
    );
  if (cited.length) return Math.max(...cited);
  const any = lines
    .slice(0, 40)
    .flatMap((l) => [...l.folded.matchAll(YEAR)].map((m) => Number(m[1])));
  return any.length ? Math.max(...any) : new Date().getFullYear();
}

/** Years printed in a text, in order, without repeats. */
export function yearsIn(folded: string): number[] {
  const years: number[] = [];
  for (const m of folded.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (!years.includes(y)) years.push(y);
  }
  return years;
}

/** The milestone year of a heading or title: "đến năm 2030", "năm 2026", "giai đoạn 2026 - 2030". */
export function headingYear(folded: string): number | null {
  const until = folded.match(/\b(?:den|toi) nam (20\d\d)\b/);
  if (until?.[1]) return Number(until[1]);
  const period = folded.match(/\b20\d\d\s*[-–]\s*(20\d\d)\b/);
  if (period?.[1]) return Number(period[1]);
  const year = folded.match(/\bnam (20\d\d)\b/);
  return year?.[1] ? Number(year[1]) : null;
}

const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3})$/;

export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!ROMAN.test(t)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = values[t[i] ?? ''] ?? 0;
    const next = values[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Depth of a numbered heading: appendix 0, "A." 1, "III." 2, "2." 3, "2.1." 4, "a." 6.
 * Null for a line that is not a heading (long sentences, bullets).
 */
export function headingLevel(line: DocLine): number | null {
  const t = line.text;
  if (/^phu luc\b/.test(line.folded)) return 0;
  if (t.length > 120) return null;
  const m = t.match(/^([A-ZĐ]|[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+\S/);
  if (!m?.[1]) return null;
  const label = m[1];
  if (/^[IVX]+$/.test(label) && romanValue(label)) return 2;
  if (/^[A-ZĐ]$/.test(label)) return 1;
  if (/^\d/.test(label)) return 2 + label.split('.').length;
  return 6;
}

/** Bullet items: "- ", "+ ", "• ", "* ". */
export function isBullet(line: DocLine): boolean {
  return /^[-+•–]\s/.test(line.text);
}

/** A heading that introduces targets: "III. MỤC TIÊU", "2. Mục tiêu cụ thể đến năm 2030". */
export function isTargetHeading(line: DocLine): boolean {
  const level = headingLevel(line);
  if (level === null || level === 0) return false;
  // Table rows and citations ("49. 1068/UBND ngày 20/10/2025 V/v … các chỉ tiêu") are not
  // headings, and the targets must be what the heading is about (within its first words).
  if (line.raw.includes('\t') || /\/|\bngay\b/.test(line.folded)) return false;
  const title = line.folded
    .replace(/^\S+\s+/, '')
    .split(' ')
    .slice(0, 8)
    .join(' ');
  // "MỤC TIÊU", "Các chỉ tiêu cụ thể", "MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU" — but not the tasks,
  // budget or assignments that carry out the targets ("Nhiệm vụ thực hiện các chỉ tiêu").
  return (
    /\b(?:muc tieu|chi tieu)\b/.test(title) &&
    !/^(?:nhiem vu|giai phap|to chuc|phan cong|kinh phi|danh gia|ket qua)\b/.test(title)
  );
}

/** A table header row naming a target column: "TT Chỉ tiêu …", "Stt Mục tiêu cụ thể …". */
export function isTargetTableHeader(line: DocLine): boolean {
  return isTableHeader(line) && /\b(chi tieu|muc tieu)\b/.test(line.folded);
}

/** Any table header row ("TT Nội dung công việc …", "| STT | Nhiệm vụ |"). */
export function isTableHeader(line: DocLine): boolean {
  return /^[|\s]*(?:s?tt|so tt|so thu tu)(\s|\||$)/.test(line.folded);
}

/** The row of column numbers under a header: "1 2 3 4 5" or "(1) (2) (3)". */
export function isColumnNumbering(text: string): boolean {
  const numbers = text.match(/^\(?\d+\)?(?:\s+\(?\d+\)?)+$/) ? text.match(/\d+/g) : null;
  return Boolean(numbers && numbers.length >= 3 && numbers.every((n, i) => Number(n) === i + 1));
}

/** Where the document's body ends: the closing ("Nơi nhận:") and the signature. */
export function isClosing(line: DocLine): boolean {
  return /^noi nhan\b/.test(line.folded);
}

/** A Markdown heading in the raw text ("## DANH MỤC"). */
export function isMarkdownHeading(line: DocLine): boolean {
  return /^\s*#{1,6}\s/.test(line.raw);
}
