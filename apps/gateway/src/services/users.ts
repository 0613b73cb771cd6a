import type { Prisma, User } from '@lotrinh/schema';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { newToken } from '../auth/tokens.ts';
import { type Role, requireViewer } from '../auth/viewer.ts';
import { type Context, pick } from '../context.ts';
import { RateLimitedGraphQLError } from '../graphql-errors.ts';
import { writeAudit } from './audit.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors.ts';

const SESSION_DAYS = 30;

const publicUser = (u: User & { wards?: { wardSlug: string }[] }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  wards: u.wards?.map((w) => w.wardSlug) ?? [],
  disabled: u.disabledAt !== null,
});
export type PublicUser = ReturnType<typeof publicUser>;

async function issue(
  tx: Prisma.TransactionClient,
  userId: string,
  name: string,
  days: number | null,
) {
  const { token, hash } = newToken();
  const expiresAt = days ? new Date(Date.now() + days * 86_400_000) : null;
  const row = await tx.apiToken.create({ data: { userId, name, tokenHash: hash, expiresAt } });
  return { token, apiToken: row };
}

/** A real hash to check against when there is no usable account. */
let decoyHash: Promise<string> | null = null;

/**
 * Email + password → a session token (30 days). The same message for every failure; after
 * repeated failures the account and the address are locked out for a while (SignInThrottle),
 * and while locked even the right password is refused without being checked.
 */
export async function signIn(ctx: Context, rawEmail: string, password: string) {
  const email = rawEmail.trim().toLowerCase();
  const wait = await ctx.signInThrottle.retryAfterSeconds(email, ctx.clientAddress);
  if (wait > 0)
    throw new RateLimitedGraphQLError(
      pick(
        ctx,
        `Quá nhiều lần đăng nhập sai. Hãy thử lại sau ${wait} giây.`,
        `Too many failed sign-ins. Try again in ${wait} seconds.`,
      ),
      wait,
    );
  const user = await ctx.prisma.user.findUnique({
    where: { email },
    include: { wards: true },
  });
  // Unknown, disabled and password-less accounts still pay for one hash check, so the response
  // time does not reveal which emails have accounts.
  decoyHash ??= hashPassword('lotrinh-decoy-password');
  const usable = user?.passwordHash && !user.disabledAt ? user.passwordHash : null;
  const matches = await verifyPassword(password, usable ?? (await decoyHash));
  const ok = usable !== null && matches;
  if (!user || !ok) {
    await ctx.signInThrottle.failed(email, ctx.clientAddress);
    const message = pick(ctx, 'Sai thư điện tử hoặc mật khẩu.', 'Wrong email or password.');
    throw new ValidationError(message, [{ path: ['email'], message }]);
  }
  await ctx.signInThrottle.succeeded(email);
  return ctx.prisma.$transaction(async (tx) => {
    const issued = await issue(tx, user.id, 'session', SESSION_DAYS);
    await writeAudit(
      tx,
      { viewer: user },
      {
        action: 'signIn',
        entityType: 'ApiToken',
        entityId: issued.apiToken.id,
        ward: null,
        after: { name: 'session' },
      },
    );
    return { ...issued, user: publicUser(user) };
  });
}

/** The name (1–100 characters) and lifetime (1–3650 days) are checked at the GraphQL boundary. */
export async function issueApiToken(ctx: Context, name: string, expiresInDays: number | null) {
  const viewer = requireViewer(ctx.viewer);
  return ctx.prisma.$transaction(async (tx) => {
    const issued = await issue(tx, viewer.id, name.trim(), expiresInDays);
    await writeAudit(tx, ctx, {
      action: 'issueApiToken',
      entityType: 'ApiToken',
      entityId: issued.apiToken.id,
      ward: null,
      after: { name: issued.apiToken.name, expiresAt: issued.apiToken.expiresAt },
    });
    return issued;
  });
}

export async function revokeApiToken(ctx: Context, id: string) {
  const viewer = requireViewer(ctx.viewer);
  const token = await ctx.prisma.apiToken.findUnique({ where: { id } });
  if (!token) throw new NotFoundError('ApiToken', id);
  if (token.userId !== viewer.id && viewer.role !== 'city_admin')
    throw new ForbiddenError('You can revoke only your own tokens.');
  if (token.revokedAt) throw new ConflictError('The token is already revoked.');
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await writeAudit(tx, ctx, {
      action: 'revokeApiToken',
      entityType: 'ApiToken',
      entityId: id,
      ward: null,
      before: { revokedAt: null },
      after: { revokedAt: row.revokedAt },
    });
    return row;
  });
}

export interface UserInput {
  email: string;
  name: string;
  role: Role;
  wards: string[];
  password?: string | null;
}

/**
 * Rules between fields and against the data. The form of each field (email, lengths, NUL
 * bytes, password length, distinct wards) is checked at the GraphQL boundary (validation/inputs.ts).
 */
function validateUser(ctx: Context, input: Partial<UserInput>): void {
  const problems = [];
  const wards = ['input', 'wards'];
  for (const w of input.wards ?? [])
    if (!ctx.store.hasWard(w))
      problems.push({
        path: wards,
        message: pick(ctx, `Không có phường, xã "${w}".`, `Unknown ward "${w}".`),
      });
  if (input.role === 'ward_editor' && input.wards !== undefined && input.wards.length === 0)
    problems.push({
      path: wards,
      message: pick(
        ctx,
        'Biên tập viên phường cần ít nhất một phường, xã.',
        'A ward editor needs at least one ward.',
      ),
    });
  if (input.role !== undefined && input.role !== 'ward_editor' && (input.wards?.length ?? 0) > 0)
    problems.push({
      path: wards,
      message: pick(
        ctx,
        'Chỉ biên tập viên phường mới được gán phường, xã.',
        'Only ward editors are scoped to wards.',
      ),
    });
  if (problems.length)
    throw new ValidationError(
      pick(ctx, 'Người dùng không hợp lệ.', 'The user is not valid.'),
      problems,
    );
}

function requireAdmin(ctx: Context) {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.role !== 'city_admin')
    throw new ForbiddenError('Only city administrators manage users.');
  return viewer;
}

export async function createUser(ctx: Context, input: UserInput) {
  requireAdmin(ctx);
  validateUser(ctx, input);
  const email = input.email.trim().toLowerCase();
  if (await ctx.prisma.user.findUnique({ where: { email } }))
    throw new ConflictError(`A user with email ${email} exists.`);
  return ctx.prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email,
        name: input.name.trim(),
        role: input.role,
        passwordHash: input.password ? await hashPassword(input.password) : null,
        wards: { create: input.wards.map((wardSlug) => ({ wardSlug })) },
      },
      include: { wards: true },
    });
    await writeAudit(tx, ctx, {
      action: 'createUser',
      entityType: 'User',
      entityId: user.id,
      ward: null,
      after: publicUser(user),
    });
    return publicUser(user);
  });
}

export async function updateUser(
  ctx: Context,
  id: string,
  input: Partial<UserInput> & { disabled?: boolean | null },
) {
  requireAdmin(ctx);
  const existing = await ctx.prisma.user.findUnique({ where: { id }, include: { wards: true } });
  if (!existing) throw new NotFoundError('User', id);
  const role = input.role ?? existing.role;
  const wards = input.wards ?? existing.wards.map((w) => w.wardSlug);
  validateUser(ctx, { ...input, role, wards });
  const disabling = input.disabled === true && existing.disabledAt === null;
  const losesAdmin =
    existing.role === 'city_admin' &&
    existing.disabledAt === null &&
    (role !== 'city_admin' || disabling);
  return ctx.prisma.$transaction(async (tx) => {
    if (losesAdmin) await keepOneAdmin(tx, ctx, id);
    // A disabled account's sessions and API tokens end now; re-enabling it does not revive them.
    if (disabling)
      await tx.apiToken.updateMany({
        where: { userId: id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    const user = await tx.user.update({
      where: { id },
      data: {
        ...(input.name ? { name: input.name.trim() } : {}),
        role,
        ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
        ...(input.disabled != null
          ? { disabledAt: input.disabled ? (existing.disabledAt ?? new Date()) : null }
          : {}),
        wards: { deleteMany: {}, create: wards.map((wardSlug) => ({ wardSlug })) },
      },
      include: { wards: true },
    });
    await writeAudit(tx, ctx, {
      action: 'updateUser',
      entityType: 'User',
      entityId: id,
      ward: null,
      before: publicUser(existing),
      after: publicUser(user),
    });
    return publicUser(user);
  });
}

/**
 * Refuses to demote or disable the last active city administrator (nobody could manage users
 * afterwards, and a restart does not create one). The active administrators' rows are locked
 * (FOR UPDATE) so two administrators demoting each other at once cannot both succeed.
 */
async function keepOneAdmin(tx: Prisma.TransactionClient, ctx: Context, id: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'city_admin' AND "disabledAt" IS NULL FOR UPDATE`;
  if (!admins.some((a) => a.id !== id))
    throw new ConflictError(
      pick(
        ctx,
        'Đây là quản trị viên thành phố cuối cùng còn hoạt động: hãy chỉ định một quản trị viên khác trước khi hạ quyền hoặc khoá tài khoản này.',
        'This is the last active city administrator: make someone else a city administrator before demoting or disabling this account.',
      ),
    );
}

/** First start: create the city administrator named by LOTRINH_ADMIN_EMAIL / _PASSWORD if there are no users. */
export async function bootstrapAdmin(
  prisma: Context['prisma'],
  email: string | undefined,
  password: string | undefined,
) {
  if (!email || !password) return null;
  if ((await prisma.user.count()) > 0) return null;
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email: email.toLowerCase(),
        name: 'City administrator',
        role: 'city_admin',
        passwordHash,
      },
    });
    await writeAudit(
      tx,
      { system: 'system' },
      {
        action: 'bootstrapAdmin',
        entityType: 'User',
        entityId: created.id,
        ward: null,
        after: { email: created.email, role: created.role },
      },
    );
    return created;
  });
  return user;
}
