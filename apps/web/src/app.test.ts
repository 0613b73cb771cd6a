// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { routeOf } from './app.tsx';

describe('routes', () => {
  it.each([
    ['', { page: 'wards' }],
    ['#/', { page: 'wards' }],
    ['#/wards/chu-van-an', { page: 'ward', slug: 'chu-van-an' }],
    ['#/wards/Bad Slug', { page: 'wards' }],
    ['#/compare', { page: 'compare' }],
  ])('%s', (hash, route) => {
    expect(routeOf(hash)).toEqual(route);
  });
});
