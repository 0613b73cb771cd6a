import { describe, expect, it } from 'vitest';
import { getWard, isWardSlug } from './wards.ts';

// Cases written to kill the mutants that had no test at all in the first Stryker run
// (docs/QUALITY.md): the ward look-ups the gateway uses to validate arguments.

describe('ward look-ups', () => {
  it.each([
    ['hai-an', 'Hải An', 'phường'],
    ['thanh-mien', 'Thanh Miện', 'xã'],
    ['hong-bang', 'Hồng Bàng', 'phường'],
  ] as const)('getWard(%s) is %s (%s)', (slug, nameVi, kind) => {
    expect(getWard(slug)).toMatchObject({ slug, nameVi, kind });
  });

  it('refuses an unknown slug by name', () => {
    // @ts-expect-error: a slug from outside, as the API could pass one
    expect(() => getWard('do-son')).toThrow('Unknown ward: do-son');
  });

  it.each([
    ['hai-an', true],
    ['chu-van-an', true],
    ['hong-bang', true],
    ['Hai-An', false],
    ['do-son', false],
    ['', false],
  ])('isWardSlug(%j) is %s', (value, expected) => {
    expect(isWardSlug(value)).toBe(expected);
  });
});
