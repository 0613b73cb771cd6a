/** Per-request context. Authentication and the database handle arrive with later issues. */
export interface Context {
  /** Preferred language of the request ("vi" unless Accept-Language prefers English). */
  lang: 'vi' | 'en';
}

export function contextFromHeaders(acceptLanguage: string | undefined): Context {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return { lang: first.startsWith('en') ? 'en' : 'vi' };
}
