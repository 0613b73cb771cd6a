import { describe, expect, it } from 'vitest';
import { getIndicator, getPillar, INDICATORS, PILLARS } from './catalog.ts';
import { ACTUALS, TARGETS } from './knowledge-base.ts';

describe('catalog', () => {
  it('has unique indicator codes, each in a known pillar, with both languages', () => {
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(getPillar(i.pillar).code).toBe(i.pillar);
      expect(i.nameVi.length).toBeGreaterThan(0);
      expect(i.nameEn.length).toBeGreaterThan(0);
    }
  });

  it('weights the aggregated pillars to a total of 1', () => {
    expect(PILLARS.reduce((sum, p) => sum + p.weight, 0)).toBeCloseTo(1, 10);
  });

  it('has no dead entries: every indicator carries a target or a reported result', () => {
    const used = new Set([...TARGETS.map((t) => t.indicator), ...ACTUALS.map((a) => a.indicator)]);
    expect(INDICATORS.filter((i) => !used.has(i.code)).map((i) => i.code)).toEqual([]);
  });

  it('maps the same wording used by different wards to one indicator (fully-online dossiers)', () => {
    const wards = TARGETS.filter((t) => t.indicator === 'DG_ONLINE_DOSSIERS').map((t) => t.ward);
    // Chu Văn An row 17 and Hồng Bàng III bullet 4 both print "xử lý hoàn toàn trực tuyến";
    // Hải An's "xử lý trực tuyến" (PHỤ LỤC 2 row 26) is a different measure (EQUIVALENCE.md).
    expect(new Set(wards)).toEqual(new Set(['chu-van-an', 'hong-bang']));
  });

  it('has every indicator and pillar text in Vietnamese and in English', () => {
    // A Vietnamese text carries Vietnamese letters; a copy of the English one would not.
    const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
    for (const i of INDICATORS) {
      expect(i.nameVi, i.code).toMatch(vietnamese);
      expect(i.definitionVi, i.code).toMatch(vietnamese);
      expect(i.nameEn.trim(), i.code).not.toBe('');
      expect(i.definitionEn.trim(), i.code).not.toBe('');
      expect(i.definitionEn, i.code).not.toMatch(vietnamese);
    }
    for (const p of PILLARS) {
      expect(p.nameVi, p.code).toMatch(vietnamese);
      expect(p.descriptionVi, p.code).toMatch(vietnamese);
      expect(p.nameEn.trim(), p.code).not.toBe('');
      expect(p.descriptionEn.trim(), p.code).not.toBe('');
      expect(p.descriptionEn, p.code).not.toMatch(vietnamese);
    }
  });

  it('rejects unknown codes with a clear error', () => {
    expect(() => getIndicator('NOPE')).toThrow('Unknown indicator code: NOPE');
  });
});
