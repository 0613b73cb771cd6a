import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportTable } from './tables.ts';

/**
 * Text a spreadsheet would read as a formula (OWASP "CSV injection"): a leading `=`, `+`, `-`,
 * `@`, tab or carriage return. Anchored at the start only — papaparse's own default pattern
 * ends in `.*$`, which misses a formula followed by a line break in the same cell.
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * CSV for Excel users in Vietnam: UTF-8 with a BOM (so Excel reads the diacritics),
 * comma-separated. Text cells that a spreadsheet would evaluate get a leading `'`; numbers and
 * booleans are written as they are, so a negative gap stays the number -12.5.
 */
export function toCsv(table: ExportTable): string {
  const data = table.rows.map((r) => r.map((c) => (c === null ? '' : c)));
  return `\uFEFF${Papa.unparse({ fields: table.headers, data }, { escapeFormulae: FORMULA_TRIGGER })}\r\n`;
}

/**
 * XLSX: exceljs types a JavaScript string as a string cell (a shared string, `t="s"`) and only
 * writes a formula for a `{ formula }` object, which an ExportTable cell cannot be. Excel never
 * evaluates a string cell, so the text is kept verbatim, without the CSV's `'`.
 */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lộ Trình';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
