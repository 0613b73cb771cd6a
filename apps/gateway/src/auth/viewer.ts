import type { PrismaClient } from '@lotrinh/schema';
import { GraphQLError } from 'graphql';
import { hashToken } from './tokens.ts';

export type Role = 'city_admin' | 'ward_editor' | 'viewer';

/** The authenticated caller. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Wards a ward editor may change (empty for other roles). */
  wards: string[];
  tokenId: string;
  /** An administrator chose this user's password: no writes until they change it. */
  mustChangePassword: boolean;
}

/** Resolves a bearer token to its user; null for a missing, unknown, revoked or expired token. */
export async function viewerFromToken(
  prisma: PrismaClient,
  token: string | null,
  now = new Date(),
): Promise<Viewer | null> {
  return (await lookupToken(prisma, token, now)).viewer;
}

/** The token's user (as `viewerFromToken`) and when the token expires, for callers that keep it. */
export async function lookupToken(
  prisma: PrismaClient,
  token: string | null,
  now = new Date(),
): Promise<{ viewer: Viewer | null; expiresAt: Date | null }> {
  if (!token) return { viewer: null, expiresAt: null };
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { include: { wards: { select: { wardSlug: true } } } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.disabledAt)
    return { viewer: null, expiresAt: null };
  return {
    viewer: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      role: row.user.role,
      wards: row.user.role === 'ward_editor' ? row.user.wards.map((w) => w.wardSlug) : [],
      tokenId: row.id,
      mustChangePassword: row.user.mustChangePassword,
    },
    expiresAt: row.expiresAt,
  };
}

/** Whether the viewer may change data of the ward: city admins everywhere, ward editors in theirs. */
export function canEditWard(viewer: Viewer | null, ward: string): boolean {
  if (!viewer) return false;
  if (viewer.role === 'city_admin') return true;
  return viewer.role === 'ward_editor' && viewer.wards.includes(ward);
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) {
    throw new GraphQLError('Sign in first: send "Authorization: Bearer <token>".', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  return viewer;
}

export const actorLabel = (viewer: Pick<Viewer, 'email' | 'role'>) =>
  `${viewer.email} (${viewer.role})`;
