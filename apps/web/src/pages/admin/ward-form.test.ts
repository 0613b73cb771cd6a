// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { slugFromName, validateWard, type WardDraft } from './ward-form.ts';

const draft = (over: Partial<WardDraft> = {}): WardDraft => ({
  slug: 'an-bien',
  nameVi: 'An Biên',
  kind: 'PHUONG',
  lineage: 'phường Trại Cau, phường Lạc Viên',
  ...over,
});

describe('slugFromName', () => {
  it.each([
    ['Hải An', 'hai-an'],
    ['Thanh Miện', 'thanh-mien'],
    ['Đồ Sơn', 'do-son'],
    ['  Chu Văn An ', 'chu-van-an'],
  ])('%s → %s', (name, slug) => expect(slugFromName(name)).toBe(slug));
});

describe('validateWard', () => {
  it('accepts a complete ward', () => {
    expect(validateWard(draft(), ['hai-an'])).toEqual({});
  });

  it.each<[string, Partial<WardDraft>, object]>([
    [
      'nothing typed',
      { slug: '', nameVi: ' ', kind: '' },
      { slug: 'required', nameVi: 'required', kind: 'required' },
    ],
    ['a slug with capitals or diacritics', { slug: 'An-Biên' }, { slug: 'slugFormat' }],
    ['a slug with a trailing dash', { slug: 'an-bien-' }, { slug: 'slugFormat' }],
    ['a slug already used', { slug: 'hai-an' }, { slug: 'slugTaken' }],
    ['a one-letter slug', { slug: 'a' }, { slug: 'slugFormat' }],
    ['a slug over 60 characters', { slug: 'a'.repeat(61) }, { slug: 'tooLong' }],
    ['a name without diacritics', { nameVi: 'An Bien' }, { nameVi: 'nameNoDiacritics' }],
    ['the kind typed into the name', { nameVi: 'phường An Biên' }, { nameVi: 'nameHasKind' }],
    ['a name too long', { nameVi: 'Ấ'.repeat(121) }, { nameVi: 'tooLong' }],
  ])('refuses %s', (_name, over, problems) => {
    expect(validateWard(draft(over), ['hai-an'])).toEqual(problems);
  });

  it('accepts a name whose only mark is đ', () => {
    expect(validateWard(draft({ nameVi: 'Dương Kinh' }), [])).toEqual({});
    expect(validateWard(draft({ nameVi: 'Do Đa' }), [])).toEqual({});
  });
});
