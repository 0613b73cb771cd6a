/**
 * Where to go after signing in: a path on this site only. Anything else ("https://evil.example",
 * "//evil.example", "/\\evil.example", "javascript:…") becomes the overview, so the sign-in page
 * cannot be used to send people elsewhere.
 */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // Control characters and backslashes: browsers read "/\\host" and "/\thost" as other hosts.
  if ([...value].some((c) => c === '\\' || c.charCodeAt(0) < 0x20)) return undefined;
  return value;
}

/** The current address (the router's `href`: path, query and hash) as a redirect target. */
export function hereAsRedirect(location: { href: string }): string | undefined {
  return safeRedirect(location.href);
}
