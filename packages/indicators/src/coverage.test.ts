import { describe, expect, it } from 'vitest';
import { INDICATORS } from './catalog.ts';
import { coverage } from './coverage.ts';
import { TARGETS } from './knowledge-base.ts';
import { WARDS } from './wards.ts';

describe('coverage of the catalog', () => {
  const all = coverage(
    WARDS.map((w) => w.slug),
    TARGETS,
    INDICATORS,
  );
  const of = (ward: string) => all.find((c) => c.ward === ward);

  it('Thanh Miện’s PHỤ LỤC SỐ 01 is the NQ 71 set: it covers the whole city framework', () => {
    expect(of('thanh-mien')?.ofFramework).toBe(1);
    expect(of('thanh-mien')?.missingFromFramework).toEqual([]);
  });

  it('Hồng Bàng’s 2026 plan covers only part of the framework', () => {
    const hb = of('hong-bang');
    expect(hb?.ofFramework).toBeGreaterThan(0);
    expect(hb?.ofFramework).toBeLessThan(1);
    expect(hb?.missingFromFramework).toContain('EDU_STEM');
  });

  it('measures each ward against the union of all wards’ indicators', () => {
    const union = new Set(TARGETS.map((t) => t.indicator)).size;
    for (const c of all) expect(c.ofUnion).toBeCloseTo(c.indicators.length / union, 10);
  });

  it('handles a toy case exactly', () => {
    const toy = coverage(
      ['hai-an', 'hong-an'],
      [
        {
          kind: 'qualitative',
          id: 'a',
          ward: 'hai-an',
          indicator: 'A',
          year: 2030,
          wording: '',
          equivalence: 'exact',
          equivalenceNoteVi: null,
          equivalenceNoteEn: null,
          provenance: { file: '000_09cdf2dd6a89ba5e.txt', section: '', row: '', line: 1, text: '' },
        },
        {
          kind: 'qualitative',
          id: 'b',
          ward: 'hong-an',
          indicator: 'B',
          year: 2030,
          wording: '',
          equivalence: 'exact',
          equivalenceNoteVi: null,
          equivalenceNoteEn: null,
          provenance: { file: '001_6efd05d90f721389.txt', section: '', row: '', line: 1, text: '' },
        },
      ],
      [
        {
          code: 'A',
          nameVi: '',
          nameEn: '',
          unit: 'boolean',
          direction: 'higher',
          pillar: 'DG',
          definitionVi: '',
          definitionEn: '',
          cityFramework: true,
        },
        {
          code: 'C',
          nameVi: '',
          nameEn: '',
          unit: 'boolean',
          direction: 'higher',
          pillar: 'DG',
          definitionVi: '',
          definitionEn: '',
          cityFramework: true,
        },
      ],
    );
    expect(toy).toEqual([
      {
        ward: 'hai-an',
        indicators: ['A'],
        ofUnion: 0.5,
        ofFramework: 0.5,
        missingFromFramework: ['C'],
      },
      {
        ward: 'hong-an',
        indicators: ['B'],
        ofUnion: 0.5,
        ofFramework: 0,
        missingFromFramework: ['A', 'C'],
      },
    ]);
  });
});
