// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pathForLegacyHash } from './legacy-hash.ts';

describe('old #/ links', () => {
  it.each([
    ['#/', '/'],
    ['#/compare', '/'],
    ['#/wards/chu-van-an', '/wards/chu-van-an'],
    ['#/wards/Bad Slug', '/'],
    ['#/anything', '/'],
    ['', null],
    ['#section-2', null],
  ])('%s → %s', (hash, path) => {
    expect(pathForLegacyHash(hash)).toBe(path);
  });
});
