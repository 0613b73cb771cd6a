import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** A parsed spreadsheet: header names (normalised) and rows of cell texts, with 1-based row numbers. */
export interface Table {
  headers: string[];
  rows: { row: number; cells: Record<string, string> }[];
}

export class FileFormatError extends Error {
  override name = 'FileFormatError';
}

/** Header aliases, Vietnamese and English, folded (no accents, no spaces) → field. */
const HEADER_ALIASES: Record<string, string> = {
  ward: 'ward',
  phuong: 'ward',
  phuongxa: 'ward',
  maphuong: 'ward',
  xa: 'ward',
  indicator: 'indicator',
  chitieu: 'indicator',
  machitieu: 'indicator',
  year: 'year',
  nam: 'year',
  quarter: 'quarter',
  quy: 'quarter',
  month: 'month',
  thang: 'month',
  value: 'value',
  giatri: 'value',
  ketqua: 'value',
  met: 'met',
  dat: 'met',
  numerator: 'numerator',
  tuso: 'numerator',
  denominator: 'denominator',
  mauso: 'denominator',
  note: 'note',
  ghichu: 'note',
};

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

function normaliseHeaders(raw: string[]): string[] {
  return raw.map((h) => HEADER_ALIASES[fold(h)] ?? `unknown:${h.trim()}`);
}

export const MAX_ROWS = 5_000;

/** CSV (UTF-8, with or without BOM; comma or semicolon separated), parsed with papaparse. */
export function parseCsv(text: string): Table {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal)
    throw new FileFormatError(
      `The CSV could not be read (row ${(fatal.row ?? 0) + 1}: ${fatal.message}).`,
    );
  const [header, ...body] = result.data;
  if (!header) throw new FileFormatError('The file is empty.');
  return toTable(
    header,
    body.map((cells, i) => ({ row: i + 2, cells })),
  );
}

/** XLSX: the first worksheet, first row as headers, read with exceljs. */
export async function parseXlsx(content: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileFormatError(`The XLSX file could not be read: ${(error as Error).message}.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0)
    throw new FileFormatError('The workbook has no data in its first sheet.');
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const values = (r.values as unknown[]).slice(1).map((v) => cellText(v));
    rows.push({ row: rowNumber, cells: values });
  });
  const [header, ...body] = rows;
  if (!header) throw new FileFormatError('The first sheet is empty.');
  return toTable(header.cells, body);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in (v as object))
    return cellText((v as { result: unknown }).result);
  if (typeof v === 'object' && 'text' in (v as object))
    return String((v as { text: unknown }).text);
  return String(v);
}

function toTable(rawHeader: string[], body: { row: number; cells: string[] }[]): Table {
  const headers = normaliseHeaders(rawHeader);
  const unknown = headers.filter((h) => h.startsWith('unknown:')).map((h) => h.slice(8));
  if (unknown.length)
    throw new FileFormatError(
      `Unknown column(s): ${unknown.join(', ')}. Expected: ward, indicator, year, quarter, month, value, met, numerator, denominator, note (or their Vietnamese names).`,
    );
  for (const required of ['ward', 'indicator', 'year']) {
    if (!headers.includes(required)) throw new FileFormatError(`Missing column "${required}".`);
  }
  if (body.length > MAX_ROWS)
    throw new FileFormatError(`Too many rows (${body.length}); at most ${MAX_ROWS} per import.`);
  return {
    headers,
    rows: body.map(({ row, cells }) => ({
      row,
      cells: Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])),
    })),
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
