// Writes the import files of cases/import-files.json into files/import/ (deterministic; run
// `npx tsx test/corpus/make-import-files.ts` in apps/gateway after changing it, and commit the
// files). Binary and oversized inputs are built here rather than kept as hand-made blobs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { buildZip, deflatedRepeat, storedRandom } from '../../src/services/zip-fixtures.ts';

const DIR = fileURLToPath(new URL('./files/import/', import.meta.url));
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const write = (name: string, content: Buffer | string) => writeFileSync(`${DIR}${name}`, content);

const HEADER = 'ward,indicator,year,value,note\n';
const csv = (rows: string[], header = HEADER) => `${header}${rows.join('\n')}\n`;
const row = (value: string, extra = '') =>
  `hong-an,DS_VNEID,2030,${value}${extra ? `,${extra}` : ''}`;

// Refused CSV files: each must fail the job with a reason and write no result.
const refused: Record<string, Buffer | string> = {
  'cp1258.csv': Buffer.concat([
    Buffer.from(`${HEADER}hong-an,DS_VNEID,2030,50,B`),
    Buffer.from([0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f, 0x0a]), // "Báo cáo" in Windows-1258
  ]),
  'tcvn3.csv': Buffer.concat([
    Buffer.from(`${HEADER}hong-an,DS_VNEID,2030,50,`),
    Buffer.from([0x50, 0x68, 0xad, 0xea, 0x6e, 0x67, 0x0a]), // "Phường" in TCVN3
  ]),
  'utf16-without-bom.csv': Buffer.from(csv([row('50')]), 'utf16le'),
  'utf16le-odd-length.csv': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(csv([row('50')]), 'utf16le'),
    Buffer.from([0x41]),
  ]),
  'utf8-bom-then-invalid.csv': Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(HEADER),
    Buffer.from([0xc3, 0x28, 0x0a]),
  ]),
  'nul-bytes.csv': `${HEADER}hong-an,DS_VNEID,2030,50,a\u0000b\n`,
  'header-constructor.csv': csv(['hong-an,DS_VNEID,2030,1'], 'ward,indicator,year,constructor\n'),
  'header-proto.csv': csv(['hong-an,DS_VNEID,2030,1'], 'ward,indicator,year,__proto__\n'),
  'header-tostring.csv': csv(['hong-an,DS_VNEID,2030,1'], 'ward,indicator,year,toString\n'),
  'header-valueof.csv': csv(['hong-an,DS_VNEID,2030,1'], 'valueOf,indicator,year,value\n'),
  'header-duplicate.csv': csv(['hong-an,hong-an,DS_VNEID,2030'], 'ward,phường,indicator,year\n'),
  'header-missing-year.csv': csv(['hong-an,DS_VNEID,50'], 'ward,indicator,value\n'),
  'header-blank-middle.csv': csv(['hong-an,,DS_VNEID,2030'], 'ward,,indicator,year\n'),
  'empty.csv': '',
  'only-bom.csv': '\uFEFF',
  'header-only.csv': HEADER,
  'extra-cells.csv': csv([row('50', 'Báo cáo, quý IV')]),
  'unclosed-quote.csv': csv([row('50', '"Báo cáo quý IV')]),
  'seven-decimals.csv': csv(['hong-an,DTI_WARD_INDEX,2030,"0,0000001"']),
  'overflow-1e15.csv': csv(['hong-an,RES_BUDGET_SPENT_VND,2030,1.000.000.000.000.000']),
  'overflow-1e14.csv': csv(['hong-an,RES_BUDGET_SPENT_VND,2030,100000000000000']),
  'negative.csv': csv([row('-5')]),
  'percent-over-100.csv': csv([row('"100,5"')]),
  'index-over-1.csv': csv(['hong-an,DTI_WARD_INDEX,2030,1.5']),
  'count-fraction.csv': csv(['hong-an,STI_INITIATIVES_APPLIED,2030,"2,5"']),
  'year-1999.csv': csv(['hong-an,DS_VNEID,1999,50']),
  'year-text.csv': csv(['hong-an,DS_VNEID,năm nay,50']),
  'month-13.csv': csv(['hong-an,DS_VNEID,2030,13,50'], 'ward,indicator,year,month,value\n'),
  'quarter-and-month.csv': csv(
    ['hong-an,DS_VNEID,2030,1,2,50'],
    'ward,indicator,year,quarter,month,value\n',
  ),
  'not-a-number.csv': csv([row('tám mươi')]),
  'number-with-exponent.csv': csv([row('5e1')]),
  'infinity.csv': csv([row('Infinity')]),
  'met-invalid.csv': csv(['hong-an,RES_BUDGET_ALLOCATED,2030,có lẽ'], 'ward,indicator,year,met\n'),
  'boolean-with-value.csv': csv(
    ['hong-an,RES_BUDGET_ALLOCATED,2030,1,có'],
    'ward,indicator,year,value,met\n',
  ),
  'unknown-ward.csv': csv(['atlantis,DS_VNEID,2030,50']),
  'formula-ward.csv': csv(["=cmd|' /C calc'!A0,DS_VNEID,2030,50"]),
  'unknown-indicator.csv': csv(['hong-an,NOPE,2030,50']),
  'long-ward.csv': csv([`${'x'.repeat(300)},DS_VNEID,2030,50`]),
  'duplicate-rows.csv': csv([row('50'), row('51')]),
  'note-too-long.csv': csv([row('50', 'x'.repeat(2_001))]),
  'note-control-character.csv': csv([row('50', 'a\u0007b')]),
  'numerator-above-denominator.csv': csv(
    ['hong-an,DS_VNEID,2030,50,9,4'],
    'ward,indicator,year,value,numerator,denominator\n',
  ),
  'zero-denominator.csv': csv(
    ['hong-an,DS_VNEID,2030,50,0,0'],
    'ward,indicator,year,value,numerator,denominator\n',
  ),
  'fraction-mismatch.csv': csv(
    ['hong-an,DS_VNEID,2030,50,1,4'],
    'ward,indicator,year,value,numerator,denominator\n',
  ),
  'no-value.csv': csv(['hong-an,DS_VNEID,2030,']),
  'too-many-rows.csv': csv(
    Array.from({ length: 5_001 }, (_, i) => `hong-an,DS_VNEID,${2020 + (i % 30)},${i % 100}`),
  ),
  'one-good-one-bad.csv': csv(['hong-an,DS_VNEID,2031,50', 'hong-an,DS_VNEID,2032,500']),
  'binary-garbage.csv': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 97 + 13) % 256)),
};

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const sheet = (wb: ExcelJS.Workbook, name: string, rows: unknown[][]) => {
  const s = wb.addWorksheet(name);
  for (const r of rows) s.addRow(r);
  return s;
};
const H = ['ward', 'indicator', 'year', 'value'];

const good = await workbook((wb) => sheet(wb, 'Kết quả', [H]));
const refusedXlsx: Record<string, Buffer> = {
  'bomb-ratio.xlsx': buildZip([deflatedRepeat('xl/worksheets/sheet1.xml', 8)]),
  'bomb-size.xlsx': buildZip([deflatedRepeat('xl/worksheets/sheet1.xml', 40)]),
  'bomb-lying-size.xlsx': buildZip([
    { ...deflatedRepeat('xl/worksheets/sheet1.xml', 64), declaredSize: 4_096 },
  ]),
  'too-many-parts.xlsx': buildZip(Array.from({ length: 501 }, (_, i) => storedRandom(`p${i}`, 1))),
  'not-a-zip.xlsx': Buffer.from(csv([row('50')])),
  'truncated.xlsx': good.subarray(0, Math.floor(good.length / 2)),
  'zip-without-workbook.xlsx': buildZip([storedRandom('hello.txt', 64)]),
  'formula-error.xlsx': await workbook((wb) =>
    sheet(wb, 'Kết quả', [H, ['hong-an', 'DS_VNEID', 2030, { error: '#DIV/0!' }]]),
  ),
  'empty-sheet.xlsx': await workbook((wb) => sheet(wb, 'Kết quả', [])),
  'only-hidden-sheet.xlsx': await workbook((wb) => {
    sheet(wb, 'Ẩn', [H, ['hong-an', 'DS_VNEID', 2030, 50]]).state = 'hidden';
  }),
  'header-constructor.xlsx': await workbook((wb) =>
    sheet(wb, 'Kết quả', [
      ['ward', 'indicator', 'year', 'constructor'],
      ['hong-an', 'DS_VNEID', 2030, 1],
    ]),
  ),
  'overflow-1e15.xlsx': await workbook((wb) =>
    sheet(wb, 'Kết quả', [H, ['hong-an', 'RES_BUDGET_SPENT_VND', 2030, 1e15]]),
  ),
  'seven-decimals.xlsx': await workbook((wb) =>
    sheet(wb, 'Kết quả', [H, ['hong-an', 'DTI_WARD_INDEX', 2030, 0.0000001]]),
  ),
  'hidden-sheet-has-the-only-rows.xlsx': await workbook((wb) => {
    sheet(wb, 'Nháp', [H, ['hong-an', 'DS_VNEID', 2030, 50]]).state = 'veryHidden';
    sheet(wb, 'Kết quả', [H]);
  }),
};

// Accepted files: each writes results for distinct periods of hong-bang.
const accepted: Record<string, Buffer | string> = {
  'utf8-bom.csv': `\uFEFF${csv(['hong-bang,DS_VNEID,2041,"62,5",Báo cáo quý IV'])}`,
  'utf16le-bom.csv': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(csv(['hong-bang,DS_VNEID,2042,"62,5",Báo cáo quý IV']), 'utf16le'),
  ]),
  'utf16be-bom.csv': Buffer.concat([
    Buffer.from([0xfe, 0xff]),
    Buffer.from(csv(['hong-bang,DS_VNEID,2043,"62,5",Báo cáo quý IV']), 'utf16le').swap16(),
  ]),
  'semicolons-and-comma-decimals.csv':
    'Phường;Mã chỉ tiêu;Năm;Giá trị\nhong-bang;DS_VNEID;2044;82,54\n',
  'quoted-comma-in-note.csv': csv(['hong-bang,DS_VNEID,2045,50,"Báo cáo, quý IV"']),
  'formula-note.csv': csv([`hong-bang,DS_VNEID,2046,50,"=cmd|' /C calc'!A0"`]),
  'six-decimals.csv': csv(['hong-bang,DTI_WARD_INDEX,2047,"0,123456"']),
  'largest-amount.csv': csv(['hong-bang,RES_BUDGET_SPENT_VND,2048,99.999.999.999.999']),
};
const acceptedXlsx: Record<string, Buffer> = {
  'hidden-first-sheet.xlsx': await workbook((wb) => {
    sheet(wb, 'Nháp', [H, ['hong-bang', 'DS_VNEID', 2049, 11]]).state = 'hidden';
    sheet(wb, 'Kết quả', [H, ['hong-bang', 'DS_VNEID', 2050, 22]]);
  }),
  'rich-text-note.xlsx': await workbook((wb) =>
    sheet(wb, 'Kết quả', [
      [...H, 'note'],
      [
        'hong-bang',
        'DG_ONLINE_DOSSIERS',
        2041,
        50,
        { richText: [{ text: 'Báo cáo ' }, { font: { bold: true }, text: 'quý IV' }] },
      ],
    ]),
  ),
};

for (const [name, content] of Object.entries({
  ...refused,
  ...refusedXlsx,
  ...accepted,
  ...acceptedXlsx,
}))
  write(name, content);
console.log(
  `wrote ${Object.keys(refused).length + Object.keys(refusedXlsx).length} refused and ${Object.keys(accepted).length + Object.keys(acceptedXlsx).length} accepted files to ${DIR}`,
);
