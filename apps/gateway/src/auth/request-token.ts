import type { IncomingMessage } from 'node:http';
import { cookieAllowed, sessionTokenOf } from './session-cookie.ts';
import { bearerToken } from './tokens.ts';

/**
 * The token a request authenticates with: its Bearer token when it sends an Authorization
 * header (analysts' tools), else the dashboard's session cookie (when Fetch Metadata allows).
 * A request with an Authorization header is judged by it alone: a bad token never falls back
 * to a cookie the browser happened to send. Used by Express's `identify` and the front door.
 */
export function requestToken(req: Pick<IncomingMessage, 'headers'>): string | null {
  if (req.headers.authorization) return bearerToken(req.headers.authorization);
  return cookieAllowed(req) ? sessionTokenOf(req) : null;
}
