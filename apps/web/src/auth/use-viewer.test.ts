import { describe, expect, it } from 'vitest';
import { canEditWard, type Viewer } from './use-viewer.ts';

const person = (role: Viewer['role'], wards: string[] = []): Viewer => ({
  id: '1',
  name: 'A',
  email: 'a@b.vn',
  role,
  wards,
  mustChangePassword: false,
});

describe('canEditWard mirrors the gateway', () => {
  it.each([
    [null, 'hai-an', false],
    [person('CITY_ADMIN'), 'hai-an', true],
    [person('CITY_ADMIN'), 'a-new-ward', true],
    [person('WARD_EDITOR', ['hai-an']), 'hai-an', true],
    [person('WARD_EDITOR', ['hai-an']), 'hong-an', false],
    [person('VIEWER', ['hai-an']), 'hai-an', false],
  ] as const)('%j in %s → %s', (viewer, slug, expected) => {
    expect(canEditWard(viewer, slug)).toBe(expected);
  });
});
