import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { TargetInput } from '../validation/catalog-inputs.ts';
import { fieldProblems } from '../validation/issues.ts';
import { type Bilingual, say } from './bilingual.ts';
import { requireCityAdmin } from './city-admin.ts';
import { describeWriteFailure } from './database-errors.ts';
import { ValidationError } from './errors.ts';
import type { RowError } from './import-observations.ts';
import { FileFormatError, fold, parseNumber, readRows } from './parse-table.ts';
import { checkTargets, writeTargets } from './targets.ts';

/** The columns of a targets file, in the template's order. */
export const TARGET_COLUMNS = [
  'ward',
  'document',
  'indicator',
  'year',
  'kind',
  'comparator',
  'value',
  'valueHigh',
  'unit',
  'leadAgency',
  'wording',
  'section',
  'row',
  'line',
  'lineEnd',
  'sourceText',
  'recurring',
] as const;
type Column = (typeof TARGET_COLUMNS)[number];

/** Header aliases, English and Vietnamese, folded (no accents, spaces or case). */
const ALIASES = new Map<string, Column>([
  ...TARGET_COLUMNS.map((c) => [fold(c), c] as [string, Column]),
  ['phuong', 'ward'],
  ['phuongxa', 'ward'],
  ['vanban', 'document'],
  ['mavanban', 'document'],
  ['machitieu', 'indicator'],
  ['chitieu', 'indicator'],
  ['nam', 'year'],
  ['loai', 'kind'],
  ['sosanh', 'comparator'],
  ['giatri', 'value'],
  ['giatritren', 'valueHigh'],
  ['donvi', 'unit'],
  ['donvichutri', 'leadAgency'],
  ['coquanchutri', 'leadAgency'],
  ['noidung', 'wording'],
  ['tenchitieu', 'wording'],
  ['muc', 'section'],
  ['hang', 'row'],
  ['stt', 'row'],
  ['dong', 'line'],
  ['dongcuoi', 'lineEnd'],
  ['noidungin', 'sourceText'],
  ['nguyenvan', 'sourceText'],
  ['hangnam', 'recurring'],
]);

const REQUIRED: Column[] = ['indicator', 'year', 'wording', 'section', 'row', 'line', 'sourceText'];

const COMPARATORS = new Map<string, string>([
  ['≥', 'gte'],
  ['>=', 'gte'],
  ['gte', 'gte'],
  ['itnhat', 'gte'],
  ['toithieu', 'gte'],
  ['>', 'gt'],
  ['gt', 'gt'],
  ['tren', 'gt'],
  ['≤', 'lte'],
  ['<=', 'lte'],
  ['lte', 'lte'],
  ['toida', 'lte'],
  ['<', 'lt'],
  ['lt', 'lt'],
  ['duoi', 'lt'],
  ['dat', 'reach'],
  ['reach', 'reach'],
  ['=', 'reach'],
  ['–', 'range'],
  ['-', 'range'],
  ['range', 'range'],
  ['khoang', 'range'],
]);
const KINDS = new Map([
  ['quantitative', 'quantitative'],
  ['dinhluong', 'quantitative'],
  ['qualitative', 'qualitative'],
  ['dinhtinh', 'qualitative'],
]);
const UNITS = new Map([
  ['percent', 'percent'],
  ['%', 'percent'],
  ['phantram', 'percent'],
  ['index', 'index'],
  ['chiso', 'index'],
  ['vnd', 'vnd'],
  ['dong', 'vnd'],
  ['count', 'count'],
  ['soluong', 'count'],
  ['countperyear', 'countPerYear'],
  ['soluongmoinam', 'countPerYear'],
  ['boolean', 'boolean'],
  ['cokhong', 'boolean'],
]);
const YES = new Set(['co', 'x', 'yes', 'true', '1', 'hangnam']);
const NO = new Set(['', 'khong', 'no', 'false', '0']);

/** A symbol keeps its glyph; words are folded. */
const key = (s: string) => (/^[≥≤<>=–%-]+$/.test(s.trim()) ? s.trim() : fold(s));

export interface TargetImportRequest {
  ward: string;
  document: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  contentBase64: string;
  dryRun: boolean;
}

export interface TargetImportResult {
  dryRun: boolean;
  total: number;
  created: number;
  errors: RowError[];
}

const MAX_BYTES = 5 * 1024 * 1024;

const rowError = (row: number, column: string | null, text: Bilingual): RowError => ({
  row,
  column,
  message: text.vi,
  messageEn: text.en,
});

/**
 * Imports a ward's targets from a CSV or XLSX file (city administrators), in the template's
 * columns (GET /export/templates/targets.csv?ward=). Every row is checked like a hand-entered
 * target (the cited lines must contain the printed text); with `dryRun` nothing is written and
 * the answer says what would be; otherwise all rows are written, or — at the first error — none.
 */
export async function importTargets(
  ctx: Context,
  request: TargetImportRequest,
): Promise<TargetImportResult> {
  requireCityAdmin(ctx);
  const document = ctx.store.snapshot.documents.find((d) => d.id === request.document);
  if (!ctx.store.hasWard(request.ward) || !document || document.ward !== request.ward)
    throw new ValidationError(
      say(ctx.lang, {
        vi: `Không có văn bản "${request.document}" của phường, xã "${request.ward}".`,
        en: `Ward "${request.ward}" has no document "${request.document}".`,
      }),
      [
        {
          path: ['document'],
          message: say(ctx.lang, { vi: 'Không có văn bản này.', en: 'No such document.' }),
        },
      ],
    );
  const fail = (errors: RowError[], total = 0): TargetImportResult => ({
    dryRun: request.dryRun,
    total,
    created: 0,
    errors,
  });
  let rows: Awaited<ReturnType<typeof readRows>>;
  try {
    const content = Buffer.from(request.contentBase64, 'base64');
    if (content.length > MAX_BYTES)
      return fail([
        rowError(0, null, {
          vi: 'Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.',
          en: 'The file is larger than 5 MB; split it into several files.',
        }),
      ]);
    rows = await readRows(content, request.format);
  } catch (error) {
    if (error instanceof FileFormatError) return fail([rowError(0, null, error.text)]);
    throw error;
  }

  // The header: known columns only, each once, the required ones present.
  const columns: (Column | null)[] = [];
  const errors: RowError[] = [];
  for (const [i, raw] of rows.header.entries()) {
    if (raw.trim() === '') {
      columns.push(null);
      continue;
    }
    const column = ALIASES.get(fold(raw));
    if (!column)
      errors.push(
        rowError(1, raw, {
          vi: `Cột "${raw}" không nhận ra. Các cột: ${TARGET_COLUMNS.join(', ')}.`,
          en: `Unknown column "${raw}". The columns are: ${TARGET_COLUMNS.join(', ')}.`,
        }),
      );
    else if (columns.includes(column))
      errors.push(
        rowError(1, raw, {
          vi: `Cột "${column}" xuất hiện hai lần (cột ${i + 1}).`,
          en: `Column "${column}" appears twice (column ${i + 1}).`,
        }),
      );
    columns.push(column ?? null);
  }
  for (const required of REQUIRED)
    if (!columns.includes(required))
      errors.push(
        rowError(1, required, {
          vi: `Thiếu cột "${required}".`,
          en: `Missing column "${required}".`,
        }),
      );
  if (errors.length) return fail(errors);

  // Each row as a target input; rows with nothing but the ward and document are skipped.
  const inputs: { row: number; input: TargetInput }[] = [];
  for (const { row, cells } of rows.body) {
    const get = (c: Column) => {
      const at = columns.indexOf(c);
      return at >= 0 ? (cells[at] ?? '').trim() : '';
    };
    const filled = TARGET_COLUMNS.filter((c) => c !== 'ward' && c !== 'document' && get(c) !== '');
    if (filled.length === 0) continue;
    const rowErrors: RowError[] = [];
    const problem = (column: Column, text: Bilingual) =>
      rowErrors.push(rowError(row, column, text));
    const number = (c: Column) => {
      const text = get(c);
      const n = parseNumber(text);
      if (n !== null && Number.isNaN(n))
        problem(c, {
          vi: `"${text}" không phải là số (viết 82,54 hoặc 82.54).`,
          en: `"${text}" is not a number (write 82,54 or 82.54).`,
        });
      return n === null || Number.isNaN(n) ? null : n;
    };
    const lookup = (c: Column, map: Map<string, string>, what: Bilingual) => {
      const text = get(c);
      if (text === '') return null;
      const found = map.get(key(text));
      if (!found)
        problem(c, { vi: `"${text}" không phải ${what.vi}.`, en: `"${text}" is not ${what.en}.` });
      return found ?? null;
    };
    for (const [c, expected] of [
      ['ward', request.ward],
      ['document', request.document],
    ] as const)
      if (get(c) !== '' && get(c) !== expected)
        problem(c, {
          vi: `Tệp này chỉ nhập cho ${expected}; dòng ghi "${get(c)}".`,
          en: `This file imports for ${expected} only; the row says "${get(c)}".`,
        });
    const value = number('value');
    const recurringText = fold(get('recurring'));
    if (!YES.has(recurringText) && !NO.has(recurringText))
      problem('recurring', {
        vi: 'Ghi "có" hoặc để trống.',
        en: 'Write "có" (yes) or leave it empty.',
      });
    const candidate = {
      ward: request.ward,
      document: request.document,
      indicator: get('indicator') || null,
      year: number('year'),
      kind:
        lookup('kind', KINDS, { vi: 'định lượng/định tính', en: 'quantitative/qualitative' }) ??
        (value === null ? 'qualitative' : 'quantitative'),
      comparator: lookup('comparator', COMPARATORS, {
        vi: 'phép so sánh (≥, >, ≤, <, đạt, khoảng)',
        en: 'a comparator (≥, >, ≤, <, reach, range)',
      }),
      value,
      valueHigh: number('valueHigh'),
      unit: lookup('unit', UNITS, {
        vi: 'đơn vị (%, chỉ số, đồng, số lượng…)',
        en: 'a unit (percent, index, vnd, count…)',
      }),
      leadAgency: get('leadAgency') || null,
      wording: get('wording'),
      section: get('section'),
      row: get('row'),
      line: number('line'),
      lineEnd: number('lineEnd'),
      sourceText: get('sourceText'),
      recurring: YES.has(recurringText),
    };
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const parsed = TargetInput.safeParse(candidate);
    if (!parsed.success) {
      for (const p of fieldProblems(parsed.error, 'vi')) {
        const en = fieldProblems(parsed.error, 'en').find(
          (q) => q.path.join('.') === p.path.join('.'),
        );
        errors.push(
          rowError(row, p.path[0] ?? null, { vi: p.message, en: en?.message ?? p.message }),
        );
      }
      continue;
    }
    inputs.push({ row, input: parsed.data });
  }
  const total = inputs.length + new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size;
  if (total === 0 && errors.length === 0)
    return fail([
      rowError(0, null, {
        vi: 'Tệp không có dòng chỉ tiêu nào.',
        en: 'The file has no target rows.',
      }),
    ]);

  const { prepared, problems } = await checkTargets(
    ctx,
    inputs.map((i) => i.input),
  );
  for (const p of problems) {
    const row = inputs[p.index]?.row ?? 0;
    const text =
      p.field === null
        ? {
            vi: p.text.vi.replace(
              /chỉ tiêu thứ (\d+)/,
              (_m, n) => `dòng ${inputs[Number(n) - 1]?.row ?? n}`,
            ),
            en: p.text.en.replace(
              /target (\d+)/,
              (_m, n) => `row ${inputs[Number(n) - 1]?.row ?? n}`,
            ),
          }
        : p.text;
    errors.push(rowError(row, p.field, text));
  }
  errors.sort((a, b) => a.row - b.row);
  if (errors.length || request.dryRun)
    return { dryRun: request.dryRun, total, created: errors.length ? 0 : prepared.length, errors };
  try {
    const ids = await writeTargets(ctx, prepared, 'imported', `importTargets:${request.fileName}`);
    return { dryRun: false, total, created: ids.length, errors: [] };
  } catch (error) {
    const errorId = randomUUID();
    console.error(`[error ${errorId}] importTargets (${request.fileName}) failed:`, error);
    return fail([rowError(0, null, describeWriteFailure(error, errorId))], total);
  }
}

export const ImportTargetsArgs = z.object({
  ward: z.string().max(100),
  document: z.string().max(100),
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z.string().max(Math.ceil(MAX_BYTES / 3) * 4 + 1024),
  dryRun: z.boolean(),
});
