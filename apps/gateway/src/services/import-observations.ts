import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Indicator } from '@lotrinh/indicators';
import { applyImport, failUnfinishedImports, type ImportJob } from '@lotrinh/schema';
import { z } from 'zod';
import { actorLabel, canEditWard, requireViewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { type Bilingual, type Lang, say } from './bilingual.ts';
import { describeWriteFailure } from './database-errors.ts';
import { ValidationError } from './errors.ts';
import { type ImportRow, readImportRow } from './import-row.ts';
import { FileFormatError, readTable, type Table } from './parse-table.ts';
import { CONTROL_CHARACTER, validateObservation } from './validate-observation.ts';

/**
 * A problem found in an import, stored in ImportJob.errors: `message` is Vietnamese,
 * `messageEn` English; the API answers in the request's language. Row 0 is the file itself.
 */
export interface RowError {
  row: number;
  column: string | null;
  message: string;
  messageEn?: string;
}

export interface ImportRequest {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** File content, base64-encoded (JSON carries it; CSRF-safe, no multipart). */
  contentBase64: string;
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;
/** Rows validated between two yields to the event loop, so other requests keep being served. */
const ROWS_PER_SLICE = 250;

const rowError = (row: number, column: string | null, text: Bilingual): RowError => ({
  row,
  column,
  message: text.vi,
  messageEn: text.en,
});

const REQUEST_MESSAGES = {
  fileName: {
    vi: `Tên tệp phải có từ 1 đến ${MAX_FILE_NAME_LENGTH} ký tự, không có ký tự điều khiển.`,
    en: `The file name must be 1–${MAX_FILE_NAME_LENGTH} characters, without control characters.`,
  },
  tooLarge: {
    vi: `Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB; hãy chia thành nhiều tệp.`,
    en: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it into several files.`,
  },
} satisfies Record<string, Bilingual>;

const requestSchema = (lang: Lang) => {
  const fileName = say(lang, REQUEST_MESSAGES.fileName);
  return z.object({
    fileName: z
      .string()
      .trim()
      .min(1, { error: fileName })
      .max(MAX_FILE_NAME_LENGTH, { error: fileName })
      .refine((s) => !CONTROL_CHARACTER.test(s), { error: fileName }),
    format: z.enum(['csv', 'xlsx']),
    // base64 is 4 characters per 3 bytes (plus padding and line breaks some encoders add).
    contentBase64: z.string().max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 1024, {
      error: say(lang, REQUEST_MESSAGES.tooLarge),
    }),
  });
};

/**
 * Imports results from a CSV or XLSX file. Every row is validated first (ward, permission,
 * indicator, period, value by unit, duplicates in the file, periods already recorded); only
 * when every row is valid are they all written — in one transaction that also marks the job
 * succeeded (see applyImport). Whatever happens, the job finishes: `succeeded`, or `failed`
 * with the reasons, never left `validating`/`applying` by a thrown error.
 */
export async function importObservations(ctx: Context, request: ImportRequest) {
  const viewer = requireViewer(ctx.viewer);
  // Refused before a job exists: nothing is written for a request that is not an import.
  const parsed = requestSchema(ctx.lang).safeParse(request);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      path: i.path.map(String),
      message: i.message,
    }));
    throw new ValidationError(problems[0]?.message ?? '', problems);
  }
  const { fileName, format, contentBase64 } = parsed.data;
  const job = await ctx.prisma.importJob.create({
    data: { fileName, format, status: 'validating', createdById: viewer.id },
  });
  const started = Date.now();
  let counts = { totalRows: 0, validRows: 0 };
  try {
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length > MAX_FILE_BYTES) throw new FileFormatError(REQUEST_MESSAGES.tooLarge);
    const table = await readTable(content, format);
    counts = { totalRows: table.rows.length, validRows: 0 };
    const { valid, errors } = await validateRows(ctx, table, viewer);
    counts.validRows = valid.length;
    if (errors.length) return await finishFailed(ctx, job.id, counts, errors);

    await ctx.prisma.importJob.update({
      where: { id: job.id },
      data: { status: 'applying', ...counts },
    });
    const written = await applyImport(
      ctx.prisma,
      { id: job.id, totalRows: counts.totalRows },
      valid,
      {
        source: 'import',
        createdById: viewer.id,
        audit: {
          actorId: viewer.id,
          actorLabel: actorLabel(viewer),
          action: `importObservations:${fileName}`,
        },
      },
    );
    for (const ward of new Set(written.map((o) => o.wardSlug)))
      ctx.store.addNewObservations(
        ward as never,
        written.filter((o) => o.wardSlug === ward),
      );
    console.log(
      `Import ${job.id} (${fileName}): ${valid.length} row(s) in ${Date.now() - started} ms.`,
    );
    return await ctx.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
  } catch (error) {
    let reason: Bilingual;
    if (error instanceof FileFormatError) reason = error.text;
    else {
      const errorId = randomUUID();
      console.error(`[error ${errorId}] import ${job.id} (${fileName}) failed:`, error);
      reason = describeWriteFailure(error, errorId);
    }
    return finishFailed(ctx, job.id, { ...counts, validRows: 0 }, [rowError(0, null, reason)]);
  }
}

function finishFailed(
  ctx: Context,
  jobId: string,
  counts: { totalRows: number; validRows: number },
  errors: RowError[],
): Promise<ImportJob> {
  return ctx.prisma.importJob.update({
    where: { id: jobId },
    data: {
      status: 'failed',
      ...counts,
      errorRows: new Set(errors.filter((e) => e.row > 0).map((e) => e.row)).size,
      errors: errors as never,
      finishedAt: new Date(),
    },
  });
}

type ValidRow = ImportRow & { quarter: number; month: number };

/**
 * Checks every row, yielding to the event loop every ROWS_PER_SLICE rows so that a 5,000-row
 * file does not hold up other requests.
 */
async function validateRows(
  ctx: Context,
  table: Table,
  viewer: NonNullable<Context['viewer']>,
): Promise<{ valid: ValidRow[]; errors: RowError[] }> {
  const indicators = new Map(ctx.store.snapshot.indicators.map((i) => [i.code, i]));
  const periodKey = (r: Pick<ImportRow, 'ward' | 'indicator' | 'year' | 'quarter' | 'month'>) =>
    `${r.ward}|${r.indicator}|${r.year}|${r.quarter ?? 0}|${r.month ?? 0}`;
  const recorded = new Set<string>();
  for (const ward of ctx.store.snapshot.wards)
    for (const o of ctx.store.currentObservations(ward.slug))
      recorded.add(
        periodKey({
          ward: o.wardSlug,
          indicator: o.indicatorCode,
          year: o.year,
          quarter: o.quarter,
          month: o.month,
        }),
      );

  const errors: RowError[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i++) {
    if (i > 0 && i % ROWS_PER_SLICE === 0) await yieldToEventLoop();
    const { row, cells, extraCells } = table.rows[i] as Table['rows'][number];
    const rowErrors = checkRow(ctx, viewer, indicators, row, cells, extraCells);
    if ('errors' in rowErrors) {
      errors.push(...rowErrors.errors);
      continue;
    }
    const fields = rowErrors.row;
    const key = periodKey(fields);
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, row);
    const duplicate =
      earlier !== undefined
        ? {
            vi: `Trùng phường, chỉ tiêu và kỳ với dòng ${earlier}.`,
            en: `Same ward, indicator and period as row ${earlier}.`,
          }
        : recorded.has(key)
          ? {
              vi: 'Kỳ này đã có kết quả; hãy sửa kết quả đó thay vì nhập lại.',
              en: 'A result is already recorded for this period; correct it instead.',
            }
          : null;
    if (duplicate) errors.push(rowError(row, null, duplicate));
    else valid.push({ ...fields, quarter: fields.quarter ?? 0, month: fields.month ?? 0 });
  }
  if (table.rows.length === 0)
    errors.push(
      rowError(0, null, {
        vi: 'Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.',
        en: 'The file has a header but no rows.',
      }),
    );
  return { valid, errors };
}

function checkRow(
  ctx: Context,
  viewer: NonNullable<Context['viewer']>,
  indicators: Map<string, Indicator>,
  row: number,
  cells: Table['rows'][number]['cells'],
  extraCells: number,
): { row: ImportRow } | { errors: RowError[] } {
  const errors: RowError[] = [];
  if (extraCells > 0)
    errors.push(
      rowError(row, null, {
        vi: `Dòng có ${extraCells} ô thừa ngoài các cột của dòng tiêu đề — thường do dấu phẩy trong ghi chú mà ô không được đặt trong ngoặc kép ("..."). Hãy đặt ghi chú trong ngoặc kép hoặc bỏ dấu phẩy.`,
        en: `The row has ${extraCells} cell(s) beyond the header's columns — usually a comma in a note that is not in quotes ("..."). Quote the note or remove the comma.`,
      }),
    );
  const read = readImportRow(cells);
  if (!read.ok) {
    for (const p of read.problems) errors.push(rowError(row, p.column, p.text));
    return { errors };
  }
  const fields = read.row;
  const indicator = indicators.get(fields.indicator);
  if (!ctx.store.hasWard(fields.ward))
    errors.push(
      rowError(row, 'ward', {
        vi: `Không có phường, xã "${fields.ward}".`,
        en: `Unknown ward "${fields.ward}".`,
      }),
    );
  else if (!canEditWard(viewer, fields.ward))
    errors.push(
      rowError(row, 'ward', {
        vi: `Bạn không có quyền ghi kết quả của ${fields.ward}.`,
        en: `You cannot change results of ${fields.ward}.`,
      }),
    );
  if (!indicator)
    errors.push(
      rowError(row, 'indicator', {
        vi: `Không có chỉ tiêu "${fields.indicator}".`,
        en: `Unknown indicator "${fields.indicator}".`,
      }),
    );
  if (indicator && errors.length === 0) {
    const vi = validateObservation(fields, indicator, { lang: 'vi' });
    if (vi.length) {
      const en = validateObservation(fields, indicator, { lang: 'en' });
      vi.forEach((p, k) => {
        errors.push(
          rowError(row, p.path.at(-1) ?? null, { vi: p.message, en: en[k]?.message ?? p.message }),
        );
      });
    }
  }
  return errors.length ? { errors } : { row: fields };
}

/**
 * Marks imports interrupted by a crash as failed, with a reason. On the embedded database one
 * process owns the data directory, so at start-up every unfinished job is an orphan. On
 * PostgreSQL other gateways may be importing right now: only jobs older than the longest an
 * import may take are orphans (and applyImport refuses to apply a job marked failed meanwhile).
 */
export async function failInterruptedImports(
  db: Pick<Context['db'], 'kind' | 'prisma'>,
  options: { timeoutMs: number; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  const before = db.kind === 'pglite' ? now : new Date(now.getTime() - options.timeoutMs);
  return failUnfinishedImports(db.prisma, before, [
    rowError(0, null, {
      vi: 'Lần nhập bị gián đoạn vì máy chủ dừng đột ngột; không có dòng nào được ghi. Hãy nhập lại tệp.',
      en: 'The import was interrupted because the server stopped; nothing was written. Import the file again.',
    }),
  ] as never);
}
