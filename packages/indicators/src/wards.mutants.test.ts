import { describe, expect, it } from 'vitest';
import { getWard, isBuiltInWard, isWellFormedWardSlug } from './wards.ts';

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
    expect(() => getWard('do-son')).toThrow('Unknown ward: do-son');
  });

  it.each([
    ['hai-an', true],
    ['chu-van-an', true],
    ['hong-bang', true],
    ['Hai-An', false],
    ['do-son', false],
    ['', false],
  ])('isBuiltInWard(%j) is %s', (value, expected) => {
    expect(isBuiltInWard(value)).toBe(expected);
  });

  it.each([
    ['hai-an', true],
    ['xa-an-lao-2', true],
    ['ab', true],
    ['a', false],
    ['Hai-An', false],
    ['hai--an', false],
    ['-hai-an', false],
    ['hai-an-', false],
    ['hải-an', false],
    ['hai an', false],
    ['a'.repeat(60), true],
    ['a'.repeat(61), false],
  ])('isWellFormedWardSlug(%j) is %s', (value, expected) => {
    expect(isWellFormedWardSlug(value)).toBe(expected);
  });
});
