/**
 * The dashboard used hash routes (#/, #/compare, #/wards/<slug>) before it had paths. Old links
 * keep working: the hash is turned into the path it meant, once, before the router starts.
 */
export function pathForLegacyHash(hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const path = hash.slice(1);
  if (path === '/' || path === '/compare') return '/';
  const ward = /^\/wards\/([a-z0-9-]+)\/?$/.exec(path);
  if (ward) return `/wards/${ward[1]}`;
  return '/';
}
