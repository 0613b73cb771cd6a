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
    expect(new Set(wards)).toEqual(new Set(['hai-an', 'chu-van-an', 'hong-bang']));
  });

  it('rejects unknown codes with a clear error', () => {
    expect(() => getIndicator('NOPE')).toThrow('Unknown indicator code: NOPE');
  });
});
