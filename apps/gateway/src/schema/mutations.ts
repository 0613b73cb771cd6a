import type { AuditEvent } from '@lotrinh/schema';
import { builder } from '../builder.ts';
import { pick } from '../context.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../services/errors.ts';
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
import { updateTaskStatus } from '../services/tasks.ts';
import {
  createUser,
  endSession,
  issueApiToken,
  type PublicUser,
  resetPassword,
  revokeApiToken,
  signIn,
  startSession,
  updateUser,
} from '../services/users.ts';
import * as In from '../validation/inputs.ts';
import { parseArgs, parseInput } from '../validation/issues.ts';
import { FieldProblemRef } from './errors.ts';
import { EvidenceTypeEnum, ObservationRef } from './observation.ts';
import { TaskRef, TaskStatusEnum } from './tasks.ts';

const ERRORS = { types: [ValidationError, NotFoundError, ForbiddenError, ConflictError] };

export const RoleEnum = builder.enumType('Role', {
  description:
    'city_admin: everything; ward_editor: results and tasks of their wards; viewer: read only.',
  values: {
    CITY_ADMIN: { value: 'city_admin' },
    WARD_EDITOR: { value: 'ward_editor' },
    VIEWER: { value: 'viewer' },
  } as const,
});

export const UserRef = builder.objectRef<PublicUser>('User');
UserRef.implement({
  description: 'A person who signs in. / Người dùng.',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    wards: t.exposeStringList('wards', { description: 'Wards a ward editor may change.' }),
    disabled: t.exposeBoolean('disabled'),
  }),
});

const ApiTokenRef = builder
  .objectRef<{
    id: string;
    name: string;
    createdAt: Date;
    expiresAt: Date | null;
    revokedAt: Date | null;
  }>('ApiToken')
  .implement({
    description: 'An API token (the secret itself is shown once, when issued).',
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
      expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.expiresAt }),
      revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.revokedAt }),
    }),
  });

const IssuedTokenRef = builder
  .objectRef<{
    token: string;
    apiToken: {
      id: string;
      name: string;
      createdAt: Date;
      expiresAt: Date | null;
      revokedAt: Date | null;
    };
    user?: PublicUser;
  }>('IssuedToken')
  .implement({
    description: 'A new token: keep `token` secret; it is not shown again.',
    fields: (t) => ({
      token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>".' }),
      apiToken: t.field({ type: ApiTokenRef, resolve: (i) => i.apiToken }),
      user: t.field({ type: UserRef, nullable: true, resolve: (i) => i.user ?? null }),
    }),
  });

const PasswordResetRef = builder
  .objectRef<{ user: PublicUser; temporaryPassword: string }>('PasswordReset')
  .implement({
    description: 'A reset password: give it to the user; it is not shown again.',
    fields: (t) => ({
      user: t.field({ type: UserRef, resolve: (r) => r.user }),
      temporaryPassword: t.exposeString('temporaryPassword', {
        description: 'The new password, shown once (never stored or logged in clear).',
      }),
    }),
  });

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

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent');
AuditEventRef.implement({
  description: 'Who changed what, when, from what to what. / Nhật ký thay đổi.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    actor: t.exposeString('actorLabel'),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    ward: t.exposeString('wardSlug', {
      nullable: true,
      description: 'The ward the change concerns; null for city-wide changes such as users.',
    }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (e) => e.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (e) => e.after }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
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

const UserInput = builder.inputType('UserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    wards: t.stringList({ required: false }),
    password: t.string({ required: false }),
  }),
});

const UserUpdateInput = builder.inputType('UserUpdateInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    role: t.field({ type: RoleEnum, required: false }),
    wards: t.stringList({ required: false }),
    password: t.string({ required: false }),
    disabled: t.boolean({ required: false }),
  }),
});

const clean = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

builder.mutationFields((t) => ({
  signIn: t.field({
    type: IssuedTokenRef,
    description: 'Email and password → a session token valid 30 days.',
    errors: ERRORS,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => {
      const { email, password } = parseInput(ctx, In.SignInArgs, args);
      return signIn(ctx, email, password);
    },
  }),
  startSession: t.field({
    type: UserRef,
    description:
      'Email and password → the dashboard’s session, kept in an httpOnly cookie (lotrinh_session) for 7 days.',
    errors: ERRORS,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => {
      const { email, password } = parseInput(ctx, In.SignInArgs, args);
      return startSession(ctx, email, password);
    },
  }),
  endSession: t.boolean({
    description: 'Signs the dashboard out: revokes the cookie’s session and clears the cookie.',
    resolve: (_r, _a, ctx) => endSession(ctx),
  }),
  issueApiToken: t.field({
    type: IssuedTokenRef,
    description: 'A named token for scripts and analysts’ tools.',
    errors: ERRORS,
    args: { name: t.arg.string({ required: true }), expiresInDays: t.arg.int({ required: false }) },
    resolve: (_r, args, ctx) => {
      const { name, expiresInDays } = parseInput(ctx, In.IssueApiTokenArgs, args);
      return issueApiToken(ctx, name, expiresInDays ?? null);
    },
  }),
  revokeApiToken: t.field({
    type: ApiTokenRef,
    errors: ERRORS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      revokeApiToken(ctx, parseInput(ctx, In.IdArg, { id: String(args.id) }).id),
  }),
  recordObservation: t.field({
    type: ObservationRef,
    description: 'Records a first result for a period of your ward.',
    errors: ERRORS,
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      recordObservation(ctx, clean(parseInput(ctx, In.RecordObservationInput, input, ['input']))),
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
        clean(parseInput(ctx, In.CorrectObservationInput, input, ['input'])),
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
  updateTaskStatus: t.field({
    type: TaskRef,
    description:
      'Ward editors (their wards) and city administrators: a new status with a note and evidence, kept in the task’s history and the audit log. / Cập nhật tiến độ nhiệm vụ kèm ghi chú và minh chứng.',
    errors: ERRORS,
    args: {
      taskId: t.arg.id({ required: true }),
      status: t.arg({ type: TaskStatusEnum, required: true }),
      note: t.arg.string({ required: false }),
      evidence: t.arg.string({
        required: false,
        description:
          'Where the proof is: a document number, a link or where it is kept (≤ 500 characters); required to mark a task DONE. / Minh chứng: số văn bản, đường dẫn hoặc nơi lưu; bắt buộc khi hoàn thành.',
      }),
    },
    resolve: (_r, args, ctx) => {
      const { taskId, note, evidence } = parseInput(ctx, In.UpdateTaskStatusArgs, {
        taskId: String(args.taskId),
        note: args.note,
        evidence: args.evidence,
      });
      return updateTaskStatus(ctx, taskId, {
        status: args.status,
        note: note ?? null,
        evidence: evidence ?? null,
      });
    },
  }),
  createUser: t.field({
    type: UserRef,
    description: 'City administrators only.',
    errors: ERRORS,
    args: { input: t.arg({ type: UserInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      const user = parseInput(ctx, In.UserInput, input, ['input']);
      return createUser(ctx, { ...user, wards: user.wards ?? [] });
    },
  }),
  updateUser: t.field({
    type: UserRef,
    description: 'City administrators only.',
    errors: ERRORS,
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UserUpdateInput, required: true }),
    },
    resolve: (_r, { id, input }, ctx) => {
      const changes = parseInput(ctx, In.UserUpdateInput, input, ['input']);
      return updateUser(
        ctx,
        parseInput(ctx, In.IdArg, { id: String(id) }).id,
        clean({
          ...changes,
          name: changes.name ?? undefined,
          role: changes.role ?? undefined,
          wards: changes.wards ?? undefined,
        }),
      );
    },
  }),
  resetPassword: t.field({
    type: PasswordResetRef,
    description:
      'City administrators only: a new random password for the user, shown once; their sessions and tokens end.',
    errors: ERRORS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      resetPassword(ctx, parseInput(ctx, In.IdArg, { id: String(args.id) }).id),
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

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    entityType: t.string({ required: false }),
    entityId: t.string({ required: false }),
    actorId: t.string({ required: false }),
    ward: t.string({ required: false, description: 'Changes concerning this ward (slug).' }),
    since: t.field({ type: 'DateTime', required: false, description: 'RFC 3339 timestamp.' }),
    until: t.field({
      type: 'DateTime',
      required: false,
      description: 'Only events before this time (RFC 3339, exclusive).',
    }),
    beforeId: t.id({
      required: false,
      description: 'Next page: only events older than this event id (the last one of a page).',
    }),
    limit: t.int({ required: false, description: 'At most 500 (default 100).' }),
  }),
});

builder.queryFields((t) => ({
  validateObservation: t.field({
    type: ObservationCheckRef,
    description:
      'Checks a result as recordObservation would (ranges by unit, numerator ≤ denominator, period, permission) and returns the result already recorded for the period; writes nothing. / Kiểm tra kết quả, không ghi.',
    authScopes: { loggedIn: true },
    errors: ERRORS,
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      checkObservation(ctx, clean(parseInput(ctx, In.RecordObservationInput, input, ['input']))),
  }),
  me: t.field({
    type: UserRef,
    nullable: true,
    description: 'The signed-in user, or null.',
    resolve: (_r, _a, ctx) =>
      ctx.viewer
        ? {
            id: ctx.viewer.id,
            email: ctx.viewer.email,
            name: ctx.viewer.name,
            role: ctx.viewer.role,
            wards: ctx.viewer.wards,
            disabled: false,
          }
        : null,
  }),
  auditLog: t.field({
    type: [AuditEventRef],
    description: 'The audit log, newest first. City administrators only.',
    authScopes: { cityAdmin: true },
    args: { filter: t.arg({ type: AuditFilter, required: false }) },
    resolve: (_r, args, ctx) => {
      const filter = parseArgs(ctx, In.AuditFilter, args.filter ?? {}, ['filter']);
      return ctx.prisma.auditEvent.findMany({
        where: {
          ...(filter.entityType ? { entityType: filter.entityType } : {}),
          ...(filter.entityId ? { entityId: filter.entityId } : {}),
          ...(filter.actorId ? { actorId: filter.actorId } : {}),
          ...(filter.ward ? { wardSlug: filter.ward } : {}),
          ...(filter.since || filter.until
            ? {
                at: {
                  ...(filter.since ? { gte: filter.since } : {}),
                  ...(filter.until ? { lt: filter.until } : {}),
                },
              }
            : {}),
          ...(filter.beforeId ? { id: { lt: filter.beforeId } } : {}),
        },
        orderBy: { id: 'desc' },
        take: filter.limit ?? 100,
      });
    },
  }),
  apiTokens: t.field({
    type: [ApiTokenRef],
    description: 'Your own API tokens (never their secrets), newest first, so you can revoke them.',
    authScopes: { loggedIn: true },
    resolve: (_r, _a, ctx) =>
      ctx.prisma.apiToken.findMany({
        where: { userId: ctx.viewer?.id ?? '' },
        orderBy: { createdAt: 'desc' },
      }),
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
  users: t.field({
    type: [UserRef],
    description: 'All users. City administrators only.',
    authScopes: { cityAdmin: true },
    resolve: async (_r, _a, ctx) =>
      (await ctx.prisma.user.findMany({ include: { wards: true }, orderBy: { email: 'asc' } })).map(
        (u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          role: u.role,
          wards: u.wards.map((w) => w.wardSlug),
          disabled: u.disabledAt !== null,
        }),
      ),
  }),
}));
