import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeText } from './decode-text.ts';
import { FileFormatError } from './file-format-error.ts';
import { decimalPlaces } from './validate-observation.ts';
import { checkXlsxArchive } from './xlsx-guard.ts';

export { FileFormatError };

/** The columns an import file may have (a closed set: anything else is refused). */
export const FIELDS = [
  'ward',
  'indicator',
  'year',
  'quarter',
  'month',
  'value',
  'met',
  'numerator',
  'denominator',
  'note',
] as const;
export type Field = (typeof FIELDS)[number];

export interface TableRow {
  /** 1-based row number in the file (the header is row 1). */
  row: number;
  cells: Partial<Record<Field, string>>;
  /** Non-empty cells beyond the header's columns (an unquoted comma in a note, usually). */
  extraCells: number;
}

/** A parsed spreadsheet: the columns it has and its rows of cell texts. */
export interface Table {
  headers: Field[];
  rows: TableRow[];
  /** For XLSX: the sheet that was read. */
  sheet?: string;
}

/**
 * Header aliases, Vietnamese and English, folded (no accents, no spaces) → field. A Map, not an
 * object literal: a header "constructor" or "__proto__" must not find Object.prototype's.
 */
const HEADER_ALIASES = new Map<string, Field>([
  ['ward', 'ward'],
  ['phuong', 'ward'],
  ['phuongxa', 'ward'],
  ['maphuong', 'ward'],
  ['xa', 'ward'],
  ['indicator', 'indicator'],
  ['chitieu', 'indicator'],
  ['machitieu', 'indicator'],
  ['year', 'year'],
  ['nam', 'year'],
  ['quarter', 'quarter'],
  ['quy', 'quarter'],
  ['month', 'month'],
  ['thang', 'month'],
  ['value', 'value'],
  ['giatri', 'value'],
  ['ketqua', 'value'],
  ['met', 'met'],
  ['dat', 'met'],
  ['numerator', 'numerator'],
  ['tuso', 'numerator'],
  ['denominator', 'denominator'],
  ['mauso', 'denominator'],
  ['note', 'note'],
  ['ghichu', 'note'],
]);

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export const MAX_ROWS = 5_000;
const EXPECTED =
  'ward/phường, indicator/mã chỉ tiêu, year/năm, quarter/quý, month/tháng, value/giá trị, met/đạt, numerator/tử số, denominator/mẫu số, note/ghi chú';

/** Reads an uploaded file into a table, or throws a FileFormatError that says why not. */
export async function readTable(content: Buffer, format: 'csv' | 'xlsx'): Promise<Table> {
  return format === 'csv' ? parseCsv(decodeText(content).text) : parseXlsx(content);
}

/** A file's first row and the rows after it, as cell texts, before any column is interpreted. */
export interface RawRows {
  header: string[];
  body: { row: number; cells: string[] }[];
  /** For XLSX: the sheet that was read. */
  sheet?: string;
}

/**
 * Reads an uploaded file's rows (CSV or XLSX, with the same checks as readTable) for an import
 * with columns of its own (targets); readTable then interprets the results import's columns.
 */
export async function readRows(content: Buffer, format: 'csv' | 'xlsx'): Promise<RawRows> {
  return format === 'csv' ? csvRows(decodeText(content).text) : xlsxRows(content);
}

/** CSV text (comma, semicolon or tab separated), parsed with papaparse. */
export function parseCsv(text: string): Table {
  const { header, body } = csvRows(text);
  return toTable(header, body);
}

function csvRows(text: string): RawRows {
  if (text.includes('\u0000'))
    throw new FileFormatError({
      vi: 'Tệp chứa byte NUL, không phải văn bản CSV. Hãy lưu lại thành "CSV UTF-8".',
      en: 'The file contains NUL bytes, so it is not CSV text. Save it again as "CSV UTF-8".',
    });
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '')
    throw new FileFormatError({ vi: 'Tệp trống.', en: 'The file is empty.' });
  const result = Papa.parse<string[]>(content, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal) {
    const row = (fatal.row ?? 0) + 1;
    throw new FileFormatError({
      vi: `Không đọc được tệp CSV ở dòng ${row}: ${fatal.type === 'Quotes' ? 'dấu ngoặc kép không đóng' : 'không nhận ra dấu phân cách'}.`,
      en: `The CSV could not be read at row ${row}: ${fatal.type === 'Quotes' ? 'a quote is not closed' : 'no delimiter found'}.`,
    });
  }
  const [header, ...body] = result.data;
  if (!header) throw new FileFormatError({ vi: 'Tệp trống.', en: 'The file is empty.' });
  return { header, body: body.map((cells, i) => ({ row: i + 2, cells })) };
}

/**
 * XLSX, checked for size first (see xlsx-guard.ts), then read with exceljs: the first
 * *visible* worksheet (a hidden first sheet is skipped — what a person sees first in Excel is
 * what is imported), first row as headers.
 */
export async function parseXlsx(content: Buffer): Promise<Table> {
  const { header, body, sheet } = await xlsxRows(content);
  return { ...toTable(header, body), ...(sheet ? { sheet } : {}) };
}

async function xlsxRows(content: Buffer): Promise<RawRows> {
  await checkXlsxArchive(content);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    // exceljs and JSZip throw strings, objects and errors with internal wording: never show them.
    throw new FileFormatError({
      vi: 'Không đọc được sổ tính: tệp .xlsx bị hỏng hoặc không phải do Excel (hoặc chương trình tương thích) tạo ra. Hãy mở trong Excel và lưu lại.',
      en: 'The workbook could not be read: the .xlsx is damaged or was not written by Excel or a compatible program. Open it in Excel and save it again.',
    });
  }
  const sheet = workbook.worksheets.find((s) => s.state === 'visible' || s.state === undefined);
  if (!sheet || sheet.rowCount === 0)
    throw new FileFormatError({
      vi: 'Sổ tính không có trang hiển thị nào có dữ liệu.',
      en: 'The workbook has no visible sheet with data.',
    });
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const values = r.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], rowNumber, i));
    rows.push({ row: rowNumber, cells });
  });
  const [header, ...body] = rows;
  if (!header)
    throw new FileFormatError({
      vi: `Trang "${sheet.name}" trống.`,
      en: `Sheet "${sheet.name}" is empty.`,
    });
  return { header: header.cells, body, sheet: sheet.name };
}

/** The text of an exceljs cell value, whatever its kind; never "[object Object]". */
function cellText(v: unknown, row: number, column: number): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: unknown }[]).map((p) => String(p.text ?? '')).join('');
    if ('error' in o)
      throw new FileFormatError({
        vi: `Ô ở dòng ${row}, cột ${column} chứa lỗi công thức ${String(o.error)}; hãy sửa ô đó.`,
        en: `The cell at row ${row}, column ${column} holds the formula error ${String(o.error)}; fix that cell.`,
      });
    if ('formula' in o || 'sharedFormula' in o) return cellText(o.result, row, column);
    if ('text' in o) return cellText(o.text, row, column);
  }
  throw new FileFormatError({
    vi: `Không đọc được ô ở dòng ${row}, cột ${column}; hãy nhập lại ô đó dưới dạng số hoặc chữ.`,
    en: `The cell at row ${row}, column ${column} could not be read; retype it as a number or text.`,
  });
}

/**
 * A spreadsheet number as plain digits: JavaScript writes 1e-7 and 1e+21 in exponent form, which
 * the import's number reader (rightly) refuses as text; the cell held a number, so its digits
 * go on to the range and decimals checks.
 */
function numberText(v: number): string {
  const text = String(v);
  if (!/e/i.test(text) || !Number.isFinite(v)) return text;
  if (Math.abs(v) >= 1e21) return BigInt(Math.round(v)).toString();
  return v.toFixed(Math.min(100, decimalPlaces(v)));
}

function toTable(rawHeader: string[], body: { row: number; cells: string[] }[]): Table {
  // Spreadsheets often carry empty columns at the right: ignore trailing empty headers.
  let width = rawHeader.length;
  while (width > 0 && (rawHeader[width - 1] ?? '').trim() === '') width--;
  const headers: Field[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < width; i++) {
    const raw = (rawHeader[i] ?? '').trim();
    const field = HEADER_ALIASES.get(fold(raw));
    if (!field) unknown.push(raw === '' ? `(cột ${i + 1} không có tên)` : `"${raw}"`);
    else if (headers.includes(field))
      throw new FileFormatError({
        vi: `Cột "${field}" xuất hiện hai lần (cột ${i + 1} là "${raw}").`,
        en: `Column "${field}" appears twice (column ${i + 1} is "${raw}").`,
      });
    else headers.push(field);
  }
  if (unknown.length)
    throw new FileFormatError({
      vi: `Cột không nhận ra: ${unknown.join(', ')}. Các cột được dùng: ${EXPECTED}.`,
      en: `Unknown column(s): ${unknown.join(', ')}. Expected: ${EXPECTED}.`,
    });
  for (const required of ['ward', 'indicator', 'year'] as const) {
    if (!headers.includes(required))
      throw new FileFormatError({
        vi: `Thiếu cột "${required}".`,
        en: `Missing column "${required}".`,
      });
  }
  if (body.length > MAX_ROWS)
    throw new FileFormatError({
      vi: `Quá nhiều dòng (${body.length}); mỗi lần nhập tối đa ${MAX_ROWS} dòng.`,
      en: `Too many rows (${body.length}); at most ${MAX_ROWS} per import.`,
    });
  return {
    headers,
    rows: body.map(({ row, cells }) => {
      const values: Partial<Record<Field, string>> = {};
      headers.forEach((h, i) => {
        values[h] = (cells[i] ?? '').trim();
      });
      const extraCells = cells.slice(width).filter((c) => c.trim() !== '').length;
      return { row, cells: values, extraCells };
    }),
  };
}

/**
 * Numbers as offices type them: "82,54" (decimal comma), "1.134.256.000" (dot thousands),
 * or "82.54". A dot is a thousands separator only in the dot-thousands pattern.
 */
export function parseNumber(text: string): number | null {
  const s = text.replace(/\s|%/g, '');
  if (s === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return Number.NaN;
}

export function parseBoolean(text: string): boolean | null | 'invalid' {
  const f = fold(text);
  if (f === '') return null;
  if (['co', 'dat', 'true', 'yes', '1', 'x'].includes(f)) return true;
  if (['khong', 'chuadat', 'false', 'no', '0'].includes(f)) return false;
  return 'invalid';
}
