import helmet from 'helmet';

/**
 * Security headers for every response (helmet): a Content-Security-Policy that the dashboard
 * and the bundled GraphiQL explorer pass with no violation (Chromium reports none in
 * e2e/browser.test.ts), no framing (frame-ancestors 'none' and X-Frame-Options: DENY), nosniff,
 * and no referrer beyond this origin.
 *
 * - Scripts, workers, styles, fonts and API calls come only from this origin: everything is
 *   bundled, no CDN. GraphiQL's Monaco editor runs its language services in workers that Vite
 *   emits as files, so neither blob: nor 'unsafe-eval' is needed.
 * - No upgrade-insecure-requests: the product is usually served over plain HTTP on the city's
 *   network, where upgraded requests would fail.
 */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const headers = (styleSrc: string[]) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, styleSrc } },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // TLS, when there is any, ends at a proxy in front: it decides about HSTS.
    strictTransportSecurity: false,
  });

/** Every response, the dashboard included: styles only from files. */
export const securityHeaders = () => headers(["'self'"]);

/**
 * The explorer page only: Monaco injects <style> elements and style attributes at run time,
 * which nonces cannot cover, so its page allows inline styles (Chromium refuses 4 style
 * elements and dozens of style attributes otherwise). Scripts stay as strict as everywhere.
 */
export const explorerSecurityHeaders = () => headers(["'self'", "'unsafe-inline'"]);

/**
 * The headers `securityHeaders()` sets, computed once by running helmet against a stand-in
 * response: the front door (`front-door.ts`) answers before Express and sends exactly these.
 * Our helmet options hold no per-request values (no nonces), so one run gives every request's.
 */
export function securityHeaderList(): [name: string, value: string][] {
  const set = new Map<string, [string, string]>();
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.set(name.toLowerCase(), [name, Array.isArray(value) ? value.join(', ') : String(value)]);
    },
    removeHeader(name: string) {
      set.delete(name.toLowerCase());
    },
    getHeader: (name: string) => set.get(name.toLowerCase())?.[1],
  };
  let failed: unknown = null;
  securityHeaders()({ headers: {} } as never, res as never, (error?: unknown) => {
    if (error) failed = error;
  });
  if (failed) throw failed;
  return [...set.values()];
}
