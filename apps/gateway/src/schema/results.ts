/** Results going in: recording, correcting, checking and importing them, and import jobs. */
import { builder } from '../builder.ts';
import { pick } from '../context.ts';
import {
  type ImportOutcome,
  importObservations,
  type RowError,
  runningImport,
} from '../services/import-observations.ts';
import {
  checkObservation,
  correctObservation,
  recordObservation,
} from '../services/observations.ts';
import * as In from '../validation/inputs.ts';
import { parseArgs, parseInput } from '../validation/issues.ts';
import { withoutUndefined } from './args.ts';
import { FieldProblemRef, WRITE_ERRORS } from './errors.ts';
import { EvidenceTypeEnum, ObservationRef } from './observation.ts';

const ERRORS = { types: WRITE_ERRORS };

export const ImportRowErrorRef = builder.objectRef<RowError>('ImportRowError').implement({
  description: 'A problem in one row of an imported file (row 0 = the file itself).',
  fields: (t) => ({
    row: t.exposeInt('row'),
    column: t.exposeString('column', {
      nullable: true,
      description: 'The field: ward, indicator, year, value, … (null: the whole row).',
    }),
    columnName: t.string({
      nullable: true,
      description:
        'The column as the file names it, with its spreadsheet letter: "Giá trị (I)". / Tên cột trong tệp.',
      resolve: (e) => e.columnName ?? null,
    }),
    // In the request's language: Vietnamese unless Accept-Language prefers English.
    message: t.string({ resolve: (e, _a, ctx) => pick(ctx, e.message, e.messageEn ?? e.message) }),
  }),
});

const ImportJobRef = builder.objectRef<ImportOutcome>('ImportJob').implement({
  description: 'An import of results from a file: all rows or none. / Lần nhập dữ liệu.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'For a dry run, a fresh id that names nothing stored.' }),
    fileName: t.exposeString('fileName'),
    status: t.exposeString('status', {
      description:
        'pending, validating, applying, succeeded or failed; previewed for a dry run (nothing written).',
    }),
    dryRun: t.exposeBoolean('dryRun', {
      description: 'A preview: every row checked and counted, nothing written. / Chạy thử.',
    }),
    totalRows: t.exposeInt('totalRows'),
    processedRows: t.exposeInt('processedRows', {
      description:
        'Rows checked (while validating), then rows done (while applying): with totalRows, a progress bar. / Số dòng đã xử lý.',
    }),
    validRows: t.exposeInt('validRows'),
    errorRows: t.exposeInt('errorRows'),
    newRows: t.exposeInt('newRows', {
      description: 'Rows for periods with no result yet. / Số dòng mới.',
    }),
    corrections: t.exposeInt('correctedRows', {
      description:
        'Rows that change a recorded result: each becomes its next version, the old one stays in its history. / Số dòng điều chỉnh.',
    }),
    unchanged: t.exposeInt('unchangedRows', {
      description: 'Rows equal to the recorded result: nothing to write. / Số dòng không đổi.',
    }),
    conflicts: t.exposeInt('errorRows', {
      description:
        'Rows that cannot be imported as they are (see errors); any one stops the whole import. / Số dòng lỗi.',
    }),
    errors: t.field({
      type: [ImportRowErrorRef],
      resolve: (j) => j.errors as unknown as RowError[],
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (j) => j.createdAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (j) => j.finishedAt }),
  }),
});

const RecordInput = builder.inputType('RecordObservationInput', {
  fields: (t) => ({
    ward: t.string({ required: true }),
    indicator: t.string({ required: true }),
    year: t.int({ required: true }),
    quarter: t.int({ required: false }),
    month: t.int({ required: false }),
    value: t.float({
      required: false,
      description: 'In the indicator’s unit: percent 0–100, index 0–1.',
    }),
    met: t.boolean({ required: false, description: 'For yes/no indicators.' }),
    numerator: t.float({ required: false }),
    denominator: t.float({ required: false }),
    note: t.string({ required: false }),
    evidenceType: t.field({
      type: EvidenceTypeEnum,
      required: false,
      description: 'Where the figure comes from. / Loại nguồn.',
    }),
    evidenceNumber: t.string({
      required: false,
      description:
        'The evidence document’s number as printed, e.g. "12/BC-UBND". / Số văn bản minh chứng.',
    }),
    evidenceUrl: t.string({
      required: false,
      description: 'A link to the evidence (http/https). / Đường dẫn minh chứng.',
    }),
  }),
});

const CorrectInput = builder.inputType('CorrectObservationInput', {
  fields: (t) => ({
    value: t.float({ required: false }),
    met: t.boolean({ required: false }),
    numerator: t.float({ required: false }),
    denominator: t.float({ required: false }),
    note: t.string({ required: false, description: 'Why the result is corrected.' }),
    evidenceType: t.field({
      type: EvidenceTypeEnum,
      required: false,
      description:
        'Left out: the corrected version’s evidence is kept. / Bỏ trống: giữ minh chứng của phiên bản trước.',
    }),
    evidenceNumber: t.string({
      required: false,
      description: 'The evidence document’s number as printed. / Số văn bản minh chứng.',
    }),
    evidenceUrl: t.string({
      required: false,
      description: 'A link to the evidence (http/https). / Đường dẫn minh chứng.',
    }),
  }),
});

export const ImportFormatEnum = builder.enumType('ImportFormat', {
  values: { CSV: { value: 'csv' }, XLSX: { value: 'xlsx' } } as const,
});

builder.mutationFields((t) => ({
  recordObservation: t.field({
    type: ObservationRef,
    description: 'Records a first result for a period of your ward.',
    errors: ERRORS,
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      recordObservation(
        ctx,
        withoutUndefined(parseInput(ctx, In.RecordObservationInput, input, ['input'])),
      ),
  }),
  correctObservation: t.field({
    type: ObservationRef,
    description: 'Corrects the current result: a new version; the old one stays in its history.',
    errors: ERRORS,
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: CorrectInput, required: true }),
    },
    resolve: (_r, { id, input }, ctx) =>
      correctObservation(
        ctx,
        parseInput(ctx, In.IdArg, { id: String(id) }).id,
        withoutUndefined(parseInput(ctx, In.CorrectObservationInput, input, ['input'])),
      ),
  }),
  importObservations: t.field({
    type: ImportJobRef,
    description:
      'Imports results from a CSV or XLSX file (base64): every row is checked, then all or none are written.',
    errors: ERRORS,
    args: {
      fileName: t.arg.string({ required: true }),
      format: t.arg({ type: ImportFormatEnum, required: true }),
      contentBase64: t.arg.string({ required: true }),
      dryRun: t.arg.boolean({
        required: false,
        defaultValue: false,
        description:
          'Check and count (new, corrections, unchanged, conflicts) without writing anything. / Chạy thử.',
      }),
      background: t.arg.boolean({
        required: false,
        defaultValue: false,
        description:
          'Answer at once with the job and import after the response: poll importJob(id) for processedRows. / Trả lời ngay, nhập tiếp sau đó.',
      }),
    },
    resolve: (_r, args, ctx) => {
      const { fileName } = parseInput(ctx, In.ImportObservationsArgs, args);
      return importObservations(ctx, {
        fileName,
        format: args.format,
        contentBase64: args.contentBase64,
        dryRun: args.dryRun ?? false,
        background: args.background ?? false,
      });
    },
  }),
}));

const ObservationCheckRef = builder
  .objectRef<ReturnType<typeof checkObservation>>('ObservationCheck')
  .implement({
    description:
      'What recordObservation would say about a result, without writing it. / Kiểm tra kết quả trước khi lưu.',
    fields: (t) => ({
      valid: t.boolean({
        description: 'No problem found: saving would be accepted. / Hợp lệ.',
        resolve: (c) => c.problems.length === 0,
      }),
      problems: t.field({
        type: [FieldProblemRef],
        description: 'One problem per field, in the request’s language, same rules as the write.',
        resolve: (c) => c.problems,
      }),
      current: t.field({
        type: ObservationRef,
        nullable: true,
        description:
          'The result already recorded for this period: saving corrects it (correctObservation). / Kết quả đã ghi cho kỳ này.',
        resolve: (c) => c.current,
      }),
    }),
  });

const ImportChangeRef = builder
  .objectRef<{ ward: string; indicator: string; year: number; rows: number; corrections: number }>(
    'ImportChange',
  )
  .implement({
    description: 'What an import wrote for one ward, indicator and year. / Thay đổi do lần nhập.',
    fields: (t) => ({
      ward: t.exposeString('ward'),
      indicator: t.exposeString('indicator'),
      year: t.exposeInt('year'),
      rows: t.exposeInt('rows', {
        description: 'Results written (new and corrections). / Số kết quả đã ghi.',
      }),
      corrections: t.exposeInt('corrections', {
        description: 'Of which corrections. / Trong đó số điều chỉnh.',
      }),
    }),
  });

builder.objectField(ImportJobRef, 'changes', (t) =>
  t.field({
    type: [ImportChangeRef],
    description:
      'What a succeeded import wrote, by ward, indicator and year, to link to. / Các thay đổi.',
    complexity: 20,
    resolve: async (job, _a, ctx) => {
      if (job.dryRun || job.status !== 'succeeded') return [];
      const rows = await ctx.prisma.observation.findMany({
        where: { importJobId: job.id },
        select: { wardSlug: true, indicatorCode: true, year: true, version: true },
      });
      const groups = new Map<
        string,
        { ward: string; indicator: string; year: number; rows: number; corrections: number }
      >();
      for (const r of rows) {
        const key = `${r.wardSlug}|${r.indicatorCode}|${r.year}`;
        const g = groups.get(key) ?? {
          ward: r.wardSlug,
          indicator: r.indicatorCode,
          year: r.year,
          rows: 0,
          corrections: 0,
        };
        g.rows++;
        if (r.version > 1) g.corrections++;
        groups.set(key, g);
      }
      return [...groups.values()].sort(
        (a, b) =>
          a.ward.localeCompare(b.ward) || a.indicator.localeCompare(b.indicator) || a.year - b.year,
      );
    },
  }),
);

builder.queryFields((t) => ({
  validateObservation: t.field({
    type: ObservationCheckRef,
    description:
      'Checks a result as recordObservation would (ranges by unit, numerator ≤ denominator, period, permission) and returns the result already recorded for the period; writes nothing. / Kiểm tra kết quả, không ghi.',
    authScopes: { loggedIn: true },
    errors: ERRORS,
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      checkObservation(
        ctx,
        withoutUndefined(parseInput(ctx, In.RecordObservationInput, input, ['input'])),
      ),
  }),
  importJob: t.field({
    type: ImportJobRef,
    nullable: true,
    description:
      'An import’s progress and row errors; visible to whoever started it and to city administrators.',
    authScopes: { loggedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const { id } = parseArgs(ctx, In.IdArg, { id: String(args.id) });
      const job = runningImport(id) ?? (await ctx.prisma.importJob.findUnique({ where: { id } }));
      if (!job || !ctx.viewer) return null;
      return ctx.viewer.role === 'city_admin' || job.createdById === ctx.viewer.id
        ? { ...job, dryRun: false }
        : null;
    },
  }),
}));
