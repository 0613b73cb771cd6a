import type { Actual } from './types.ts';

/** A measured value used by scoring: a reported result, or (later) a user-entered observation. */
export interface Observation {
  year: number;
  value?: number;
  /** For qualitative targets: did the ward meet it? */
  met?: boolean;
}

export function observationFromActual(actual: Actual): Observation {
  return {
    year: actual.year,
    ...(actual.value !== undefined ? { value: actual.value } : {}),
    ...(actual.reportedMet !== undefined ? { met: actual.reportedMet } : {}),
  };
}

/** The latest observation in or before `year`, or undefined. */
export function latestObservation(
  observations: readonly Observation[],
  year: number,
): Observation | undefined {
  let latest: Observation | undefined;
  for (const o of observations) {
    if (o.year <= year && (!latest || o.year >= latest.year)) latest = o;
  }
  return latest;
}
