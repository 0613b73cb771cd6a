import type { Database, PrismaClient } from '@lotrinh/schema';
import type { SessionCookies } from './auth/session-cookie.ts';
import type { SignInThrottle } from './auth/sign-in-throttle.ts';
import type { Viewer } from './auth/viewer.ts';
import type { Store } from './store/store.ts';

/** Per-request context. */
export interface Context {
  /** Preferred language of the request ("vi" unless Accept-Language prefers English). */
  lang: 'vi' | 'en';
  prisma: PrismaClient;
  db: Database;
  store: Store;
  viewer: Viewer | null;
  /** The client's address (behind a loopback proxy: the forwarded one), for sign-in throttling. */
  clientAddress: string;
  signInThrottle: SignInThrottle;
  /** The dashboard's session cookie on this request and its response (startSession, endSession). */
  session: SessionCookies;
}

export function languageFromHeader(acceptLanguage: string | undefined): Context['lang'] {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

/** Picks the request language's text of a bilingual pair. */
export const pick = (ctx: Pick<Context, 'lang'>, vi: string, en: string) =>
  ctx.lang === 'en' ? en : vi;
