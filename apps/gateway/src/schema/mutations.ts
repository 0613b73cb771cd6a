import type { AuditEvent } from '@lotrinh/schema';
import { builder } from '../builder.ts';
import { pick } from '../context.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../services/errors.ts';
import { importObservations, type RowError } from '../services/import-observations.ts';
import { correctObservation, recordObservation } from '../services/observations.ts';
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
import { ObservationRef } from './observation.ts';
import { TaskRef, TaskStatusEnum } from './tasks.ts';
import './errors.ts';

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
    column: t.exposeString('column', { nullable: true }),
    // In the request's language: Vietnamese unless Accept-Language prefers English.
    message: t.string({ resolve: (e, _a, ctx) => pick(ctx, e.message, e.messageEn ?? e.message) }),
  }),
});

const ImportJobRef = builder
  .objectRef<{
    id: string;
    fileName: string;
    status: string;
    totalRows: number;
    validRows: number;
    errorRows: number;
    errors: unknown;
    createdAt: Date;
    finishedAt: Date | null;
  }>('ImportJob')
  .implement({
    description: 'An import of results from a file: all rows or none. / Lần nhập dữ liệu.',
    fields: (t) => ({
      id: t.exposeID('id'),
      fileName: t.exposeString('fileName'),
      status: t.exposeString('status', {
        description: 'pending, validating, applying, succeeded or failed.',
      }),
      totalRows: t.exposeInt('totalRows'),
      validRows: t.exposeInt('validRows'),
      errorRows: t.exposeInt('errorRows'),
      errors: t.field({
        type: [ImportRowErrorRef],
        resolve: (j) => j.errors as RowError[],
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
  }),
});

const CorrectInput = builder.inputType('CorrectObservationInput', {
  fields: (t) => ({
    value: t.float({ required: false }),
    met: t.boolean({ required: false }),
    numerator: t.float({ required: false }),
    denominator: t.float({ required: false }),
    note: t.string({ required: false, description: 'Why the result is corrected.' }),
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
    },
    resolve: (_r, args, ctx) => {
      const { fileName } = parseInput(ctx, In.ImportObservationsArgs, args);
      return importObservations(ctx, { ...args, fileName });
    },
  }),
  updateTaskStatus: t.field({
    type: TaskRef,
    errors: ERRORS,
    args: {
      taskId: t.arg.id({ required: true }),
      status: t.arg({ type: TaskStatusEnum, required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) => {
      const { taskId, note } = parseInput(ctx, In.UpdateTaskStatusArgs, {
        taskId: String(args.taskId),
        note: args.note,
      });
      return updateTaskStatus(ctx, taskId, args.status, note ?? null);
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
      const job = await ctx.prisma.importJob.findUnique({ where: { id } });
      if (!job || !ctx.viewer) return null;
      return ctx.viewer.role === 'city_admin' || job.createdById === ctx.viewer.id ? job : null;
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
