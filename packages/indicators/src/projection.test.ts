import { describe, expect, it } from 'vitest';
import { paceRatio, project, slope } from './projection.ts';

describe('projection at current pace', () => {
  it('needs two years of data', () => {
    expect(slope([{ year: 2025, value: 82.54 }])).toBeNull();
    expect(project([{ year: 2025, value: 82.54 }], 100, 'higher')).toBeNull();
  });

  it('projects when a rising series reaches the goal', () => {
    // 70% → 76% a year later, goal 85%: 9 points at 6 a year → mid-2027.
    const p = project(
      [
        { year: 2025, value: 70 },
        { year: 2026, value: 76 },
      ],
      85,
      'higher',
    );
    expect(p).toMatchObject({ slopePerYear: 6, improving: true });
    expect(p?.yearReached).toBeCloseTo(2027.5, 10);
  });

  it('fits a least-squares line through noisy data', () => {
    const points = [
      { year: 2025, value: 60 },
      { year: 2026, value: 66 },
      { year: 2027, value: 69 },
    ];
    expect(slope(points)).toBeCloseTo(4.5, 10);
  });

  it('says never when moving away from the goal', () => {
    expect(
      project(
        [
          { year: 2025, value: 80 },
          { year: 2026, value: 75 },
        ],
        85,
        'higher',
      ),
    ).toMatchObject({
      yearReached: null,
      improving: false,
    });
  });

  it('reports an already met goal as reached at the latest observation', () => {
    expect(
      project(
        [
          { year: 2025, value: 80 },
          { year: 2026, value: 90 },
        ],
        85,
        'higher',
      )?.yearReached,
    ).toBe(2026);
  });

  it('handles lower-is-better series', () => {
    const p = project(
      [
        { year: 2025, value: 10 },
        { year: 2026, value: 8 },
      ],
      2,
      'lower',
    );
    expect(p?.improving).toBe(true);
    expect(p?.yearReached).toBeCloseTo(2029, 10);
  });
});

describe('pace ratio (observed / required annual change)', () => {
  it('compares the trend with what the next milestone needs', () => {
    // +6 a year observed; 9 points in 4 years needed (2.25 a year).
    expect(
      paceRatio(
        [
          { year: 2025, value: 70 },
          { year: 2026, value: 76 },
        ],
        85,
        2030,
        'higher',
      ),
    ).toBeCloseTo(6 / 2.25, 10);
  });

  it('is negative when moving away', () => {
    expect(
      paceRatio(
        [
          { year: 2025, value: 70 },
          { year: 2026, value: 68 },
        ],
        85,
        2030,
        'higher',
      ),
    ).toBeLessThan(0);
  });

  it('is infinite once the goal is met and null once its year has passed', () => {
    expect(
      paceRatio(
        [
          { year: 2025, value: 70 },
          { year: 2026, value: 90 },
        ],
        85,
        2030,
        'higher',
      ),
    ).toBe(Number.POSITIVE_INFINITY);
    expect(
      paceRatio(
        [
          { year: 2030, value: 70 },
          { year: 2031, value: 72 },
        ],
        85,
        2030,
        'higher',
      ),
    ).toBeNull();
  });
});
