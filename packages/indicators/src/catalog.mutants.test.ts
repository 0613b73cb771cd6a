import { describe, expect, it } from 'vitest';
import { getIndicator, getPillar, INDICATORS } from './catalog.ts';
import { SCORING_METHOD_VERSION } from './method.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).

describe('catalog look-ups', () => {
  it.each([
    ['DG', 0.25],
    ['INF', 0.15],
    ['DTI', 0],
  ] as const)('getPillar(%s) has weight %s', (code, weight) => {
    expect(getPillar(code)).toMatchObject({ code, weight });
  });

  it('refuses an unknown pillar by name', () => {
    // @ts-expect-error: a code from outside, as stored data could hold one
    expect(() => getPillar('XX')).toThrow('Unknown pillar code: XX');
  });

  it('finds an indicator by its code', () => {
    expect(getIndicator('DTI_WARD_INDEX')).toMatchObject({ code: 'DTI_WARD_INDEX', unit: 'index' });
  });
});

describe('directions', () => {
  it('scores the technology renewal rate as a band (Hải An "20-22%"), not higher-is-better', () => {
    expect(getIndicator('STI_TECH_RENEWAL_RATE').direction).toBe('range');
  });

  it('defaults every other indicator to higher-is-better: no plan in the seeds asks for less', () => {
    const others = INDICATORS.filter((i) => i.code !== 'STI_TECH_RENEWAL_RATE');
    expect(new Set(others.map((i) => i.direction))).toEqual(new Set(['higher']));
  });
});

describe('scoring method version', () => {
  it('names the method and a semantic version, stored with every result', () => {
    expect(SCORING_METHOD_VERSION).toMatch(/^lotrinh-scoring\/\d+\.\d+\.\d+$/);
  });
});
