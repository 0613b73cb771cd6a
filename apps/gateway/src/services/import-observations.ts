import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Indicator } from '@lotrinh/indicators';
import {
  applyImport,
  failUnfinishedImports,
  type ImportJob,
  type InsertInput,
  type Observation,
} from '@lotrinh/schema';
import { z } from 'zod';
import { actorLabel, canEditWard, requireViewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { type Bilingual, type Lang, say } from './bilingual.ts';
import { describeWriteFailure } from './database-errors.ts';
import { ValidationError } from './errors.ts';
import { type ImportRow, readImportRow } from './import-row.ts';
import { type Field, FileFormatError, readTable, type Table } from './parse-table.ts';
import { CONTROL_CHARACTER, validateObservation } from './validate-observation.ts';

/**
 * A problem found in an import, stored in ImportJob.errors: `message` is Vietnamese,
 * `messageEn` English; the API answers in the request's language. Row 0 is the file itself.
 */
export interface RowError {
  row: number;
  column: string | null;
  /** The column's header as written in the file and its letter ("Giá trị (I)"), when known. */
  columnName?: string | null;
  message: string;
  messageEn?: string;
}

export interface ImportRequest {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** File content, base64-encoded (JSON carries it; CSRF-safe, no multipart). */
  contentBase64: string;
  /** Check every row and count what would change, writing nothing (not even a job). */
  dryRun?: boolean;
}

/** An import as the API shows it: a stored job, or a dry run's unsaved preview. */
export type ImportOutcome = ImportJob & { dryRun: boolean };

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

/** Refused before a job exists: nothing is written for a request that is not an import. */
function parseRequest(ctx: Context, request: ImportRequest) {
  const parsed = requestSchema(ctx.lang).safeParse(request);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      path: i.path.map(String),
      message: i.message,
    }));
    throw new ValidationError(problems[0]?.message ?? '', problems);
  }
  return parsed.data;
}

/** What a file would do: rows to write (new and corrections), rows already recorded, errors. */
interface ImportPlan {
  totalRows: number;
  writes: InsertInput[];
  unchanged: number;
  errors: RowError[];
}

/** Reads and checks a file; `onChecked` hears how many rows are checked so far. */
async function planImport(
  ctx: Context,
  viewer: NonNullable<Context['viewer']>,
  contentBase64: string,
  format: 'csv' | 'xlsx',
  onChecked: (rows: number, total: number) => Promise<void> | void = () => {},
): Promise<ImportPlan> {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length > MAX_FILE_BYTES) throw new FileFormatError(REQUEST_MESSAGES.tooLarge);
  const table = await readTable(content, format);
  const { writes, unchanged, errors } = await validateRows(ctx, table, viewer, onChecked);
  return { totalRows: table.rows.length, writes, unchanged, errors };
}

const counts = (plan: ImportPlan) => {
  const correctedRows = plan.writes.filter((w) => w.previous).length;
  return {
    totalRows: plan.totalRows,
    validRows: plan.writes.length + plan.unchanged,
    errorRows: new Set(plan.errors.filter((e) => e.row > 0).map((e) => e.row)).size,
    newRows: plan.writes.length - correctedRows,
    correctedRows,
    unchangedRows: plan.unchanged,
  };
};

/** Why a file could not be read or written, as a row-0 error (unknown errors logged with an id). */
function failureOf(error: unknown, what: string): RowError {
  if (error instanceof FileFormatError) return rowError(0, null, error.text);
  const errorId = randomUUID();
  console.error(`[error ${errorId}] ${what} failed:`, error);
  return rowError(0, null, describeWriteFailure(error, errorId));
}

/**
 * A dry run, like DHIS2's: every row is checked as the real import would check it, and the
 * answer counts new rows, corrections, unchanged rows and rows in error — but nothing is
 * written, not even a job. Its id is a fresh uuid that names nothing stored.
 */
export async function previewImport(ctx: Context, request: ImportRequest): Promise<ImportOutcome> {
  const viewer = requireViewer(ctx.viewer);
  const { fileName, format, contentBase64 } = parseRequest(ctx, request);
  const base = {
    id: randomUUID(),
    fileName,
    format,
    status: 'previewed' as ImportJob['status'],
    createdById: viewer.id,
    createdAt: new Date(),
    finishedAt: new Date(),
    dryRun: true,
  };
  try {
    const plan = await planImport(ctx, viewer, contentBase64, format);
    return {
      ...base,
      ...counts(plan),
      processedRows: plan.totalRows,
      errors: plan.errors as never,
    };
  } catch (error) {
    return {
      ...base,
      totalRows: 0,
      validRows: 0,
      errorRows: 0,
      newRows: 0,
      correctedRows: 0,
      unchangedRows: 0,
      processedRows: 0,
      errors: [failureOf(error, `preview of ${fileName}`)] as never,
    };
  }
}

/** Imports that this process is running, with their latest progress (see `runningImport`). */
const running = new Map<string, ImportJob>();

/**
 * The latest state of an import this process is running, from memory: on the embedded database
 * the import's write transaction holds the only connection, so a poll that queried the job
 * would wait until the import is done and never see its progress.
 */
export function runningImport(id: string): ImportJob | undefined {
  return running.get(id);
}

/**
 * Imports results from a CSV or XLSX file. Every row is validated first (ward, permission,
 * indicator, period, value by unit, duplicates in the file); a row for a period that already
 * has a different result is a correction (a new version), one equal to it is left alone. Only
 * when every row is valid are they all written — in one transaction that also marks the job
 * succeeded (see applyImport). Whatever happens, the job finishes: `succeeded`, or `failed`
 * with the reasons, never left `validating`/`applying` by a thrown error.
 *
 * With `background`, answers as soon as the job exists and goes on after the response; the
 * job's `processedRows` (rows checked, then rows written) feeds a progress bar.
 */
export async function importObservations(
  ctx: Context,
  request: ImportRequest & { background?: boolean },
): Promise<ImportOutcome> {
  if (request.dryRun) return previewImport(ctx, request);
  const viewer = requireViewer(ctx.viewer);
  const { fileName, format, contentBase64 } = parseRequest(ctx, request);
  const job = await ctx.prisma.importJob.create({
    data: { fileName, format, status: 'validating', createdById: viewer.id },
  });
  running.set(job.id, job);
  const work = runImport(ctx, viewer, job, contentBase64).finally(() => running.delete(job.id));
  if (!request.background) return { ...(await work), dryRun: false };
  // Never rejects (runImport records every failure on the job), so nothing is left unhandled.
  void work;
  return { ...job, dryRun: false };
}

async function runImport(
  ctx: Context,
  viewer: NonNullable<Context['viewer']>,
  job: ImportJob,
  contentBase64: string,
): Promise<ImportJob> {
  const started = Date.now();
  const progress = (patch: Partial<ImportJob>) => {
    const current = running.get(job.id);
    if (current) running.set(job.id, { ...current, ...patch });
  };
  let totals = { totalRows: 0, validRows: 0 };
  try {
    const plan = await planImport(ctx, viewer, contentBase64, job.format, (rows, total) =>
      progress({ processedRows: rows, totalRows: total }),
    );
    const c = counts(plan);
    totals = { totalRows: c.totalRows, validRows: c.validRows };
    if (plan.errors.length) return await finishFailed(ctx, job.id, c, plan.errors);

    const applying = { status: 'applying' as const, ...c, processedRows: 0 };
    await ctx.prisma.importJob.update({ where: { id: job.id }, data: applying });
    progress(applying);
    const written = await applyImport(
      ctx.prisma,
      { id: job.id, totalRows: c.totalRows, unchangedRows: c.unchangedRows },
      plan.writes,
      {
        source: 'import',
        createdById: viewer.id,
        audit: {
          actorId: viewer.id,
          actorLabel: actorLabel(viewer),
          action: `importObservations:${job.fileName}`,
        },
      },
      // Rows equal to what is recorded count as done from the start.
      { onBatch: (n) => progress({ processedRows: Math.min(c.totalRows, n + c.unchangedRows) }) },
    );
    for (const ward of new Set(written.map((o) => o.wardSlug)))
      ctx.store.addNewObservations(
        ward as never,
        written.filter((o) => o.wardSlug === ward),
      );
    console.log(
      `Import ${job.id} (${job.fileName}): ${written.length} row(s) written in ${Date.now() - started} ms.`,
    );
    return await ctx.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
  } catch (error) {
    const reason = failureOf(error, `import ${job.id} (${job.fileName})`);
    try {
      return await finishFailed(ctx, job.id, { ...totals, validRows: 0 }, [reason]);
    } catch (second) {
      // The database is gone (a stopped gateway): the start-up sweep marks the job failed.
      console.error(`Import ${job.id}: could not record its failure:`, second);
      return { ...job, status: 'failed', errors: [reason] as never };
    }
  }
}

function finishFailed(
  ctx: Context,
  jobId: string,
  counts: { totalRows: number; validRows: number } & Partial<ImportJob>,
  errors: RowError[],
): Promise<ImportJob> {
  return ctx.prisma.importJob.update({
    where: { id: jobId },
    data: {
      status: 'failed',
      ...counts,
      processedRows: counts.totalRows,
      errorRows: new Set(errors.filter((e) => e.row > 0).map((e) => e.row)).size,
      errors: errors as never,
      finishedAt: new Date(),
    },
  });
}

/**
 * Checks every row, yielding to the event loop every ROWS_PER_SLICE rows so that a 5,000-row
 * file does not hold up other requests. A row for a period with a recorded result corrects it
 * when it says something else, and is left alone when it says the same.
 */
async function validateRows(
  ctx: Context,
  table: Table,
  viewer: NonNullable<Context['viewer']>,
  onChecked: (rows: number, total: number) => Promise<void> | void,
): Promise<{ writes: InsertInput[]; unchanged: number; errors: RowError[] }> {
  const indicators = new Map(ctx.store.snapshot.indicators.map((i) => [i.code, i]));
  const periodKey = (r: Pick<ImportRow, 'ward' | 'indicator' | 'year' | 'quarter' | 'month'>) =>
    `${r.ward}|${r.indicator}|${r.year}|${r.quarter ?? 0}|${r.month ?? 0}`;
  const recorded = new Map<string, Observation>();
  for (const ward of ctx.store.snapshot.wards)
    for (const o of ctx.store.currentObservations(ward.slug))
      recorded.set(
        periodKey({
          ward: o.wardSlug,
          indicator: o.indicatorCode,
          year: o.year,
          quarter: o.quarter,
          month: o.month,
        }),
        o,
      );

  const errors: RowError[] = [];
  const writes: InsertInput[] = [];
  let unchanged = 0;
  const seen = new Map<string, number>();
  const named = (e: RowError): RowError => {
    const column = e.column ? table.columns?.[e.column as Field] : undefined;
    return column ? { ...e, columnName: `${column.header} (${column.letter})` } : e;
  };
  for (let i = 0; i < table.rows.length; i++) {
    if (i > 0 && i % ROWS_PER_SLICE === 0) {
      await onChecked(i, table.rows.length);
      await yieldToEventLoop();
    }
    const { row, cells, extraCells } = table.rows[i] as Table['rows'][number];
    const checked = checkRow(ctx, viewer, indicators, row, cells, extraCells);
    if ('errors' in checked) {
      errors.push(...checked.errors.map(named));
      continue;
    }
    const fields = checked.row;
    const key = periodKey(fields);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(
        rowError(row, null, {
          vi: `Trùng phường, chỉ tiêu và kỳ với dòng ${earlier}.`,
          en: `Same ward, indicator and period as row ${earlier}.`,
        }),
      );
      continue;
    }
    seen.set(key, row);
    const previous = recorded.get(key) ?? null;
    if (previous && sameResult(previous, fields)) unchanged++;
    else
      writes.push({ ...fields, quarter: fields.quarter ?? 0, month: fields.month ?? 0, previous });
  }
  await onChecked(table.rows.length, table.rows.length);
  if (table.rows.length === 0)
    errors.push(
      rowError(0, null, {
        vi: 'Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.',
        en: 'The file has a header but no rows.',
      }),
    );
  return { writes, unchanged, errors };
}

const numberOf = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

/**
 * A row says the same as the recorded result: the same figures, and no note or evidence other
 * than what is recorded (an empty cell repeats nothing, so it changes nothing).
 */
export function sameResult(previous: Observation, row: ImportRow): boolean {
  const text = (cell: string | null | undefined, stored: string | null) => !cell || cell === stored;
  return (
    numberOf(previous.value) === (row.value ?? null) &&
    previous.met === (row.met ?? null) &&
    numberOf(previous.numerator) === (row.numerator ?? null) &&
    numberOf(previous.denominator) === (row.denominator ?? null) &&
    text(row.note, previous.note) &&
    text(row.evidenceType, previous.evidenceType) &&
    text(row.evidenceNumber, previous.evidenceNumber) &&
    text(row.evidenceUrl, previous.evidenceUrl)
  );
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
