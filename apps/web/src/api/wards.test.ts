// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n.ts';
import { wardLabel } from './wards.ts';

describe('wardLabel', () => {
  it('keeps the proper name with its diacritics and translates only the kind', async () => {
    const vi = i18n.getFixedT('vi');
    const en = i18n.getFixedT('en');
    expect(wardLabel({ kind: 'phường', name: 'Hải An' }, vi)).toBe('phường Hải An');
    expect(wardLabel({ kind: 'xã', name: 'Thanh Miện' }, vi)).toBe('xã Thanh Miện');
    expect(wardLabel({ kind: 'phường', name: 'Hải An' }, en)).toBe('Hải An ward');
    expect(wardLabel({ kind: 'xã', name: 'Thanh Miện' }, en)).toBe('Thanh Miện commune');
  });
});
