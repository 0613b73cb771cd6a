import { createHash, randomBytes } from 'node:crypto';

/**
 * API tokens are opaque random strings (32 bytes, base64url, prefixed "lt_" so leaked tokens are
 * easy to recognise in logs and scanners). Only their sha256 is stored; they can be revoked and
 * expire. Opaque tokens rather than JWTs because every request checks revocation anyway.
 */
export function newToken(): { token: string; hash: string } {
  const token = `lt_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
