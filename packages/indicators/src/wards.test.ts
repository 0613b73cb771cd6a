import { describe, expect, it } from 'vitest';
import { DOCUMENTS, getWard, WARDS } from './wards.ts';

/** "Hải An" → "Hai An": the spelling English mode must never show. */
const stripped = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

describe('ward names in English', () => {
  it('keep the Vietnamese proper noun with its diacritics ("Hải An ward", "Thanh Miện commune")', () => {
    for (const w of WARDS) {
      const kind = w.kind === 'xã' ? 'commune' : 'ward';
      expect(w.nameEn).toBe(`${w.nameVi} ${kind}`);
    }
  });

  it('name the ward with diacritics in every English document title, never without', () => {
    for (const d of DOCUMENTS) {
      const ward = getWard(d.ward);
      expect(d.titleEn, d.id).toContain(ward.nameVi);
      for (const w of WARDS) expect(d.titleEn, d.id).not.toContain(stripped(w.nameVi));
      expect(d.titleEn, d.id).not.toContain('Hai Phong');
    }
  });
});
