import { describe, expect, it } from 'vitest';
import { langFromSearch } from './i18n.ts';
import en from './locales/en.json';
import vi from './locales/vi.json';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('catalogs', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('start in Vietnamese unless the URL asks for English', () => {
    expect(langFromSearch('')).toBe('vi');
    expect(langFromSearch('?year=2030&lang=en')).toBe('en');
    expect(langFromSearch('?lang=fr')).toBe('vi');
  });
});
