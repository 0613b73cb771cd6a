import { describe, expect, it } from 'vitest';
import { ACTUALS } from './knowledge-base.ts';
import { latestObservation, type Observation, observationFromActual } from './observation.ts';

// Cases written to kill the mutants that survived the first Stryker run (docs/QUALITY.md).

describe('observationFromActual', () => {
  it('keeps the number of a numeric result and adds no `met` key (Chu Văn An contactless 82,54%)', () => {
    const contactless = ACTUALS.find((a) => a.indicator === 'DG_CONTACTLESS_TRANSACTIONS');
    expect(contactless && observationFromActual(contactless)).toStrictEqual({
      year: 2025,
      value: 82.54,
    });
  });

  it('keeps the outcome of a result reported in words and adds no `value` key', () => {
    const inWords = ACTUALS.find((a) => a.value === undefined && a.reportedMet === true);
    expect(inWords && observationFromActual(inWords)).toStrictEqual({ year: 2025, met: true });
  });

  it('keeps a reported failure (met: false), which is not the same as no outcome', () => {
    const base = ACTUALS[0];
    if (!base) throw new Error('no actuals');
    const { value: _v, reportedMet: _m, ...rest } = base;
    expect(observationFromActual({ ...rest, year: 2026, reportedMet: false })).toStrictEqual({
      year: 2026,
      met: false,
    });
  });
});

describe('latestObservation', () => {
  const o = (year: number, value: number): Observation => ({ year, value });

  it.each<[string, Observation[], number, Observation | undefined]>([
    ['none at all', [], 2030, undefined],
    ['only later ones', [o(2026, 1)], 2025, undefined],
    ['one in the very year counts', [o(2025, 1)], 2025, o(2025, 1)],
    ['the latest before the year, whatever the order', [o(2024, 2), o(2023, 1)], 2025, o(2024, 2)],
    ['skips those after the year', [o(2023, 1), o(2027, 3), o(2024, 2)], 2025, o(2024, 2)],
    // Same year twice (a correction appended after the original): the later entry wins.
    ['of two in one year, the later-listed', [o(2025, 1), o(2025, 2)], 2025, o(2025, 2)],
  ])('%s', (_label, observations, year, expected) => {
    expect(latestObservation(observations, year)).toStrictEqual(expected);
  });
});
