import type { PrismaClient } from '@lotrinh/schema';

/** Per-request context. Authentication arrives with the API issue. */
export interface Context {
  /** Preferred language of the request ("vi" unless Accept-Language prefers English). */
  lang: 'vi' | 'en';
  prisma: PrismaClient;
}

export function languageFromHeader(acceptLanguage: string | undefined): Context['lang'] {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
