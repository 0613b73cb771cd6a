import type { Indicator, Target, WardSlug } from './types.ts';

export interface Coverage {
  ward: WardSlug;
  /** Indicators the ward has at least one target for. */
  indicators: string[];
  /** Share of the union of all wards' targeted indicators. */
  ofUnion: number;
  /** Share of the city's common framework indicators (catalog `cityFramework`). */
  ofFramework: number;
  missingFromFramework: string[];
}

export function coverage(
  wards: readonly WardSlug[],
  targets: readonly Target[],
  catalog: readonly Indicator[],
): Coverage[] {
  const union = new Set(targets.map((t) => t.indicator));
  const framework = catalog.filter((i) => i.cityFramework).map((i) => i.code);
  return wards.map((ward) => {
    const mine = new Set(targets.filter((t) => t.ward === ward).map((t) => t.indicator));
    const inFramework = framework.filter((c) => mine.has(c));
    return {
      ward,
      indicators: [...mine].sort(),
      ofUnion: union.size ? mine.size / union.size : 0,
      ofFramework: framework.length ? inFramework.length / framework.length : 0,
      missingFromFramework: framework.filter((c) => !mine.has(c)),
    };
  });
}
