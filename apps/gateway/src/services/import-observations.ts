import { recordObservations } from '@lotrinh/schema';
import { actorLabel, canEditWard, requireViewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import {
  FileFormatError,
  parseBoolean,
  parseCsv,
  parseNumber,
  parseXlsx,
  type Table,
} from './parse-table.ts';
import { type ObservationFields, validateObservation } from './validate-observation.ts';

export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportRequest {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** File content, base64-encoded (JSON carries it; CSRF-safe, no multipart). */
  contentBase64: string;
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Imports results from a CSV or XLSX file: every row is validated first (ward, permission,
 * indicator, period, value by unit, duplicates in the file, periods already recorded); only when
 * every row is valid are they all written, in one transaction, each audited. The ImportJob
 * records counts, status and the row-level errors either way.
 */
export async function importObservations(ctx: Context, request: ImportRequest) {
  const viewer = requireViewer(ctx.viewer);
  const job = await ctx.prisma.importJob.create({
    data: {
      fileName: request.fileName,
      format: request.format,
      status: 'validating',
      createdById: viewer.id,
    },
  });
  const finish = (
    status: 'succeeded' | 'failed',
    data: { totalRows: number; validRows: number; errors: RowError[] },
  ) =>
    ctx.prisma.importJob.update({
      where: { id: job.id },
      data: {
        status,
        totalRows: data.totalRows,
        validRows: data.validRows,
        // Row 0 is the file itself, not a row of data.
        errorRows: new Set(data.errors.filter((e) => e.row > 0).map((e) => e.row)).size,
        errors: data.errors as never,
        finishedAt: new Date(),
      },
    });

  let table: Table;
  try {
    const content = Buffer.from(request.contentBase64, 'base64');
    if (content.length > MAX_FILE_BYTES)
      throw new FileFormatError(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
    table =
      request.format === 'csv' ? parseCsv(content.toString('utf8')) : await parseXlsx(content);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    return finish('failed', {
      totalRows: 0,
      validRows: 0,
      errors: [{ row: 0, column: null, message: error.message }],
    });
  }

  const errors: RowError[] = [];
  const valid: (ObservationFields & {
    ward: string;
    indicator: string;
    note: string | null;
    quarter: number;
    month: number;
  })[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const rowErrors: RowError[] = [];
    const err = (column: string | null, message: string) =>
      rowErrors.push({ row, column, message });
    const ward = cells.ward ?? '';
    const indicator = ctx.store.snapshot.indicators.find((i) => i.code === cells.indicator);
    if (!ctx.store.hasWard(ward)) err('ward', `Unknown ward "${ward}".`);
    else if (!canEditWard(viewer, ward)) err('ward', `You cannot change results of ${ward}.`);
    if (!indicator) err('indicator', `Unknown indicator "${cells.indicator ?? ''}".`);
    const numbers: Record<string, number | null> = {};
    for (const field of [
      'year',
      'quarter',
      'month',
      'value',
      'numerator',
      'denominator',
    ] as const) {
      const parsed = parseNumber(cells[field] ?? '');
      if (parsed !== null && Number.isNaN(parsed)) err(field, `"${cells[field]}" is not a number.`);
      numbers[field] = parsed !== null && Number.isNaN(parsed) ? null : parsed;
    }
    const met = parseBoolean(cells.met ?? '');
    if (met === 'invalid') err('met', `"${cells.met}" is not có/không (yes/no).`);
    const fields: ObservationFields = {
      year: numbers.year ?? Number.NaN,
      quarter: numbers.quarter,
      month: numbers.month,
      value: numbers.value,
      met: met === 'invalid' ? null : met,
      numerator: numbers.numerator,
      denominator: numbers.denominator,
    };
    if (indicator && rowErrors.length === 0) {
      for (const p of validateObservation(fields, indicator)) err(p.path.at(-1) ?? null, p.message);
    }
    const key = `${ward}|${cells.indicator}|${fields.year}|${fields.quarter ?? 0}|${fields.month ?? 0}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) err(null, `Same ward, indicator and period as row ${earlier}.`);
    seen.set(key, row);
    if (rowErrors.length === 0 && indicator) {
      const exists = ctx.store
        .currentObservations(ward as never)
        .some(
          (o) =>
            o.indicatorCode === indicator.code &&
            o.year === fields.year &&
            o.quarter === (fields.quarter ?? 0) &&
            o.month === (fields.month ?? 0),
        );
      if (exists) err(null, 'A result is already recorded for this period; correct it instead.');
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else if (indicator)
      valid.push({
        ...fields,
        ward,
        indicator: indicator.code,
        note: cells.note || null,
        quarter: fields.quarter ?? 0,
        month: fields.month ?? 0,
      });
  }

  const totalRows = table.rows.length;
  if (totalRows === 0)
    errors.push({ row: 0, column: null, message: 'The file has a header but no rows.' });
  if (errors.length) return finish('failed', { totalRows, validRows: valid.length, errors });

  await ctx.prisma.importJob.update({
    where: { id: job.id },
    data: { status: 'applying', totalRows, validRows: valid.length },
  });
  try {
    await recordObservations(ctx.prisma, valid, {
      source: 'import',
      createdById: viewer.id,
      importJobId: job.id,
      audit: {
        actorId: viewer.id,
        actorLabel: actorLabel(viewer),
        action: `importObservations:${request.fileName}`,
      },
    });
  } catch (error) {
    return finish('failed', {
      totalRows,
      validRows: 0,
      errors: [
        { row: 0, column: null, message: `Nothing was written: ${(error as Error).message}` },
      ],
    });
  }
  for (const ward of new Set(valid.map((v) => v.ward))) await ctx.store.refreshWard(ward as never);
  return finish('succeeded', { totalRows, validRows: valid.length, errors: [] });
}
