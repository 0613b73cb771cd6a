/** People: users, the dashboard's sessions and API tokens, with their queries and mutations. */
import { builder } from '../builder.ts';
import {
  changePassword,
  createUser,
  endSession,
  issueApiToken,
  type PublicUser,
  publicUser,
  resetPassword,
  revokeApiToken,
  signIn,
  startSession,
  updateUser,
} from '../services/users.ts';
import * as In from '../validation/inputs.ts';
import { parseInput } from '../validation/issues.ts';
import { withoutUndefined } from './args.ts';
import { WRITE_ERRORS } from './errors.ts';

const ERRORS = { types: WRITE_ERRORS };

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
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description:
        'An administrator chose the password: its owner must change it (changePassword) before any other change. / Phải đổi mật khẩu tạm.',
    }),
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
  changePassword: t.field({
    type: UserRef,
    description:
      'Your own password: the current one, then the new one (at least 10 characters). Your other sessions and tokens end. / Đổi mật khẩu của bạn.',
    errors: ERRORS,
    authScopes: { loggedIn: true },
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: (_r, args, ctx) => {
      const { currentPassword, newPassword } = parseInput(ctx, In.ChangePasswordArgs, args);
      return changePassword(ctx, currentPassword, newPassword);
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
        withoutUndefined({
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
            mustChangePassword: ctx.viewer.mustChangePassword,
          }
        : null,
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
  users: t.field({
    type: [UserRef],
    description: 'All users. City administrators only.',
    authScopes: { cityAdmin: true },
    resolve: async (_r, _a, ctx) =>
      (await ctx.prisma.user.findMany({ include: { wards: true }, orderBy: { email: 'asc' } })).map(
        publicUser,
      ),
  }),
}));
