import { randomBytes } from 'node:crypto';
import type { Prisma, User } from '@lotrinh/schema';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { BROWSER_SESSION_DAYS } from '../auth/session-cookie.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { type Role, requireViewer } from '../auth/viewer.ts';
import { type Context, pick } from '../context.ts';
import { RateLimitedGraphQLError } from '../graphql-errors.ts';
import { writeAudit } from './audit.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors.ts';

const SESSION_DAYS = 30;

export const publicUser = (u: User & { wards?: { wardSlug: string }[] }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  wards: u.wards?.map((w) => w.wardSlug) ?? [],
  disabled: u.disabledAt !== null,
  mustChangePassword: u.mustChangePassword,
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
 * Checks an email and password, or throws. The same message for every failure; after repeated
 * failures the account and the address are locked out for a while (SignInThrottle), and while
 * locked even the right password is refused without being checked.
 */
async function checkCredentials(ctx: Context, rawEmail: string, password: string) {
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
  return user;
}

/** Issues a token for a user whose password was just checked, and audits the sign-in. */
async function openSession(
  ctx: Context,
  user: User & { wards: { wardSlug: string }[] },
  kind: 'session' | typeof BROWSER_SESSION,
  days: number,
) {
  return ctx.prisma.$transaction(async (tx) => {
    const issued = await issue(tx, user.id, kind, days);
    await writeAudit(
      tx,
      { viewer: user },
      {
        action: kind === 'session' ? 'signIn' : 'startSession',
        entityType: 'ApiToken',
        entityId: issued.apiToken.id,
        ward: null,
        after: { name: kind },
      },
    );
    return { ...issued, user: publicUser(user) };
  });
}

/** The name of tokens that live in the dashboard's cookie (so a user can tell them from API tokens). */
export const BROWSER_SESSION = 'browser session';

/** Email + password → a session token valid 30 days, for scripts and analysts' tools (Bearer). */
export async function signIn(ctx: Context, email: string, password: string) {
  const user = await checkCredentials(ctx, email, password);
  return openSession(ctx, user, 'session', SESSION_DAYS);
}

/**
 * Email + password → the dashboard's session: the token goes into the httpOnly cookie only
 * (never into the response body, so page scripts cannot read it).
 */
export async function startSession(ctx: Context, email: string, password: string) {
  const user = await checkCredentials(ctx, email, password);
  const { token, apiToken } = await openSession(ctx, user, BROWSER_SESSION, BROWSER_SESSION_DAYS);
  ctx.session.set(
    token,
    apiToken.expiresAt ?? new Date(Date.now() + BROWSER_SESSION_DAYS * 86_400_000),
  );
  return publicUser(user);
}

/**
 * Ends the dashboard session: the cookie's token is revoked for good (a copy of the cookie stops
 * working too) and the cookie is cleared. Without a session there is nothing to end: still true.
 */
export async function endSession(ctx: Context): Promise<boolean> {
  const token = ctx.session.token;
  ctx.session.clear();
  if (!token) return true;
  const row = await ctx.prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!row || row.revokedAt) return true;
  await ctx.prisma.$transaction(async (tx) => {
    const revoked = await tx.apiToken.update({
      where: { id: row.id },
      data: { revokedAt: new Date() },
    });
    await writeAudit(
      tx,
      { viewer: row.user },
      {
        action: 'endSession',
        entityType: 'ApiToken',
        entityId: row.id,
        ward: null,
        before: { revokedAt: null },
        after: { revokedAt: revoked.revokedAt },
      },
    );
  });
  // The token is dead now, not when a cached lookup of it expires.
  ctx.store.credentialsChanged();
  return true;
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
  const revoked = await ctx.prisma.$transaction(async (tx) => {
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
  ctx.store.credentialsChanged();
  return revoked;
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
        // The administrator chose it, so two people know it: its owner replaces it first.
        mustChangePassword: Boolean(input.password),
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
  const updated = await ctx.prisma.$transaction(async (tx) => {
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
        ...(input.password
          ? { passwordHash: await hashPassword(input.password), mustChangePassword: true }
          : {}),
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
  // Answers name people (a result's recordedBy): a renamed user must not be shown by the old name.
  ctx.store.peopleChanged();
  return updated;
}

/** Letters and digits nobody confuses when reading them aloud or copying by hand (no 0/O, 1/l/I). */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** "k7qm-x2fa-9hte": 12 random characters (~59 bits), grouped for reading over the phone. */
export function temporaryPassword(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => READABLE[b % READABLE.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * An administrator resets a user's password: a new random password, returned once to give to
 * the user, and every session and token of the user ends (whoever knew the old password is out).
 */
export async function resetPassword(ctx: Context, id: string) {
  requireAdmin(ctx);
  const existing = await ctx.prisma.user.findUnique({ where: { id }, include: { wards: true } });
  if (!existing) throw new NotFoundError('User', id);
  if (existing.disabledAt)
    throw new ConflictError(
      pick(
        ctx,
        'Tài khoản đang bị khoá: hãy mở khoá trước khi đặt lại mật khẩu.',
        'The account is disabled: enable it before resetting its password.',
      ),
    );
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const reset = await ctx.prisma.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { userId: id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const user = await tx.user.update({
      where: { id },
      data: { passwordHash, mustChangePassword: true },
      include: { wards: true },
    });
    // The password itself is never written to the audit log.
    await writeAudit(tx, ctx, {
      action: 'resetPassword',
      entityType: 'User',
      entityId: id,
      ward: null,
      after: { passwordReset: true, tokensRevoked: revoked.count },
    });
    return { user: publicUser(user), temporaryPassword: password };
  });
  ctx.store.credentialsChanged();
  return reset;
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

/**
 * An operator's way in, from the command line or the environment (never through GraphQL): makes
 * a city administrator with this password. `reset` also takes over an existing account (made an
 * active city administrator, with the new password and every old session ended) — the way back
 * in when the last administrator forgot their password. Audited as the system actor given.
 */
export async function createCityAdmin(
  prisma: Context['prisma'],
  input: { email: string; name?: string; password: string; reset?: boolean },
  actor: string,
): Promise<{ user: User; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, include: { wards: true } });
    if (existing && !input.reset)
      throw new Error(
        `A user with the email ${email} exists already. Add --reset to make it an active city administrator with this password.`,
      );
    if (existing) {
      await tx.apiToken.updateMany({
        where: { userId: existing.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const user = await tx.user.update({
        where: { id: existing.id },
        data: {
          role: 'city_admin',
          passwordHash,
          disabledAt: null,
          ...(input.name ? { name: input.name } : {}),
          wards: { deleteMany: {} },
        },
        include: { wards: true },
      });
      await writeAudit(
        tx,
        { system: actor },
        {
          action: 'resetCityAdmin',
          entityType: 'User',
          entityId: user.id,
          ward: null,
          before: publicUser(existing),
          after: { ...publicUser(user), passwordReset: true },
        },
      );
      return { user, created: false };
    }
    const user = await tx.user.create({
      data: {
        email,
        name: input.name ?? 'Quản trị viên thành phố',
        role: 'city_admin',
        passwordHash,
      },
    });
    await writeAudit(
      tx,
      { system: actor },
      {
        action: 'bootstrapAdmin',
        entityType: 'User',
        entityId: user.id,
        ward: null,
        after: { email: user.email, role: user.role },
      },
    );
    return { user, created: true };
  });
}

/** First start: create the city administrator named by LOTRINH_ADMIN_EMAIL / _PASSWORD if there are no users. */
export async function bootstrapAdmin(
  prisma: Context['prisma'],
  email: string | undefined,
  password: string | undefined,
) {
  if (!email || !password) return null;
  if ((await prisma.user.count()) > 0) return null;
  return (await createCityAdmin(prisma, { email, password }, 'system')).user;
}

/**
 * The signed-in user replaces their own password (a temporary one an administrator gave them,
 * or any). The current password is checked like a sign-in (wrong ones count towards the same
 * lock-out); every other session and token of the user ends, this one stays.
 */
export async function changePassword(ctx: Context, currentPassword: string, newPassword: string) {
  const viewer = requireViewer(ctx.viewer);
  const wait = await ctx.signInThrottle.retryAfterSeconds(viewer.email, ctx.clientAddress);
  if (wait > 0)
    throw new RateLimitedGraphQLError(
      pick(
        ctx,
        `Quá nhiều lần nhập sai mật khẩu. Hãy thử lại sau ${wait} giây.`,
        `Too many wrong passwords. Try again in ${wait} seconds.`,
      ),
      wait,
    );
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
  if (!user.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
    await ctx.signInThrottle.failed(viewer.email, ctx.clientAddress);
    const message = pick(ctx, 'Mật khẩu hiện tại không đúng.', 'The current password is wrong.');
    throw new ValidationError(message, [{ path: ['currentPassword'], message }]);
  }
  if (currentPassword === newPassword) {
    const message = pick(
      ctx,
      'Mật khẩu mới phải khác mật khẩu hiện tại.',
      'The new password must differ from the current one.',
    );
    throw new ValidationError(message, [{ path: ['newPassword'], message }]);
  }
  await ctx.signInThrottle.succeeded(viewer.email);
  const passwordHash = await hashPassword(newPassword);
  const changed = await ctx.prisma.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { userId: viewer.id, revokedAt: null, id: { not: viewer.tokenId } },
      data: { revokedAt: new Date() },
    });
    const updated = await tx.user.update({
      where: { id: viewer.id },
      data: { passwordHash, mustChangePassword: false },
      include: { wards: true },
    });
    await writeAudit(tx, ctx, {
      action: 'changePassword',
      entityType: 'User',
      entityId: viewer.id,
      ward: null,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, tokensRevoked: revoked.count },
    });
    return publicUser(updated);
  });
  // Whoever caches who a token belongs to must see the cleared flag now.
  ctx.store.peopleChanged();
  return changed;
}
