import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

/** The dashboard's session cookie: an opaque token from the same table as API tokens. */
export const SESSION_COOKIE = 'lotrinh_session';

/** A browser session lasts a working week; API tokens (signIn, issueApiToken) keep their own lifetimes. */
export const BROWSER_SESSION_DAYS = 7;

/**
 * httpOnly (scripts never see it), SameSite=Lax (not sent on cross-site POSTs or fetches), Path=/
 * (GraphQL and /export both need it), and Secure whenever the request came over TLS — directly or
 * through a loopback proxy that says so with X-Forwarded-Proto (`trust proxy` is 'loopback').
 */
function cookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure };
}

/** Sets and clears the session cookie on the current response (given to resolvers through the context). */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** The session token the request carried, if any. */
  readonly token: string | null;
}

/** For a context outside an HTTP request (the bench's direct executions): no cookie to read or set. */
export const noSessionCookies: SessionCookies = { token: null, set: () => {}, clear: () => {} };

export function sessionCookies(req: Request, res: Response): SessionCookies {
  return {
    token: sessionTokenOf(req),
    set: (token, expiresAt) => {
      res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), expires: expiresAt });
    },
    clear: () => {
      res.clearCookie(SESSION_COOKIE, cookieOptions(req));
    },
  };
}

/** The session token in the Cookie header (parsed with jshttp's `cookie`, the parser Express uses). */
export function sessionTokenOf(req: Pick<Request, 'headers'>): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const value = parse(header)[SESSION_COOKIE];
  return value && /^lt_[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
}

/**
 * Whether a cookie may authenticate this request. SameSite=Lax already keeps the cookie off
 * cross-site POSTs and Apollo's CSRF prevention refuses simple requests; this is a third wall for
 * browsers that send Fetch Metadata: a request another site started never acts as the user.
 * Requests without the header (older browsers, curl) fall back on the first two.
 */
export function cookieAllowed(req: Pick<Request, 'headers'>): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
