import { describe, expect, it } from 'vitest';
import { hereAsRedirect, safeRedirect } from './redirect.ts';

describe('safeRedirect: only paths on this site', () => {
  it.each([
    ['/', '/'],
    ['/admin/users', '/admin/users'],
    ['/admin/audit?ward=hai-an&lang=en', '/admin/audit?ward=hai-an&lang=en'],
    ['/wards/hai-an#gaps', '/wards/hai-an#gaps'],
    // Percent-escapes stay escaped in a path: the browser does not decode them into a host.
    ['/%0a', '/%0a'],
  ])('%s is kept', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '/\\/evil.example',
    '/ok\nLocation: x',
    '/\tevil',
    'javascript:alert(1)',
    'admin/users',
    '',
    `/${'a'.repeat(2000)}`,
    42,
    undefined,
  ])('%j becomes nothing', (value) => {
    expect(safeRedirect(value)).toBeUndefined();
  });

  it('takes the router location’s href', () => {
    expect(hereAsRedirect({ href: '/admin/audit?ward=hai-an' })).toBe('/admin/audit?ward=hai-an');
  });
});
