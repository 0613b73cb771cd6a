import { describe, expect, it } from 'vitest';
import { type BandTarget, type bandMarkArea, limitWards, targetBands } from './target-bands.ts';
import { wardsTrajectoryOption } from './wards-trajectory-chart.ts';

const years = [2025, 2026, 2027, 2030, 2035];
const label = (t: BandTarget) => `${t.year}: ${t.display}`;
const target = (t: Partial<BandTarget> & { year: number }): BandTarget => ({
  comparator: 'REACH',
  value: null,
  valueHigh: null,
  display: '',
  ...t,
});

describe('targetBands', () => {
  it('draws a range as its own band, up to the ward’s next milestone', () => {
    const bands = targetBands(
      [
        target({ year: 2026, comparator: 'RANGE', value: 22, valueHigh: 20, display: '20–22%' }),
        target({ year: 2030, comparator: 'REACH', value: 30, display: '30%' }),
      ],
      years,
      'percent',
      label,
    );
    expect(bands).toEqual([
      { fromYear: 2026, toYear: 2030, low: 20, high: 22, label: '2026: 20–22%' },
    ]);
  });

  it('runs "≥" to the top of a bounded axis and "≤" from its bottom; the last milestone to the axis end', () => {
    const bands = targetBands(
      [
        target({ year: 2025, comparator: 'GTE', value: 0.77, display: '≥ 0,77' }),
        target({ year: 2030, comparator: 'GT', value: 0.8, display: '> 0,8' }),
      ],
      years,
      'index',
      label,
    );
    expect(bands.map((b) => [b.fromYear, b.toYear, b.low, b.high])).toEqual([
      [2025, 2030, 0.77, 1],
      [2030, 2035, 0.8, 1],
    ]);
    const lower = targetBands(
      [target({ year: 2027, comparator: 'LTE', value: 5, display: '≤ 5%' })],
      years,
      'percent',
      label,
    );
    expect(lower.map((b) => [b.fromYear, b.toYear, b.low, b.high])).toEqual([[2027, 2035, 0, 5]]);
  });

  it('gives a band on the axis’s last year one year of width', () => {
    const bands = targetBands(
      [target({ year: 2035, comparator: 'GTE', value: 90, display: '≥ 90%' })],
      years,
      'percent',
      label,
    );
    expect(bands.map((b) => [b.fromYear, b.toYear])).toEqual([[2030, 2035]]);
  });

  it('draws no zone for a bare figure, a missing value, or an open zone on an unbounded unit', () => {
    expect(
      targetBands(
        [
          target({ year: 2026, comparator: 'REACH', value: 95 }),
          target({ year: 2027, comparator: 'GTE', value: null }),
        ],
        years,
        'percent',
        label,
      ),
    ).toEqual([]);
    expect(
      targetBands([target({ year: 2026, comparator: 'GTE', value: 10 })], years, 'count', label),
    ).toEqual([]);
    expect(
      targetBands(
        [target({ year: 2026, comparator: 'RANGE', value: 3, valueHigh: 5 })],
        years,
        'count',
        label,
      ),
    ).toHaveLength(1);
  });
});

describe('bands on the all-wards chart', () => {
  it('shades each ward’s zones in its colour on its plan line, on the shared year axis', () => {
    const option = wardsTrajectoryOption(
      [
        {
          ward: 'Hải An',
          planned: [{ year: 2030, value: 0.8 }],
          results: [],
          bands: [{ fromYear: 2030, toYear: 2035, low: 0.8, high: 1, label: '2030: ≥ 0,8' }],
        },
      ],
      'index',
      { planned: (w) => `${w} kế hoạch`, result: (w) => `${w} kết quả` },
      'vi',
      'mô tả',
    ) as unknown as {
      xAxis: { data: string[] };
      series: { lineStyle: { color: string }; markArea?: ReturnType<typeof bandMarkArea> }[];
    };
    expect(option.xAxis.data).toEqual(['2030', '2035']);
    const area = option.series[0]?.markArea;
    expect(area?.data).toEqual([
      [
        { name: '2030: ≥ 0,8', xAxis: '2030', yAxis: 0.8 },
        { xAxis: '2035', yAxis: 1 },
      ],
    ]);
    expect(area?.itemStyle.color).toBe(option.series[0]?.lineStyle.color);
  });
});

describe('limitWards', () => {
  const ward = (name: string, results: number) => ({ ward: name, results: Array(results).fill(0) });
  it('keeps at most six lines: a plan is one, a plan with results two', () => {
    const { shown, omitted } = limitWards([
      ward('A', 1),
      ward('B', 0),
      ward('C', 1),
      ward('D', 0),
      ward('E', 0),
      ward('F', 0),
    ]);
    expect(shown.map((w) => w.ward)).toEqual(['A', 'B', 'C', 'D']);
    expect(omitted.map((w) => w.ward)).toEqual(['E', 'F']);
    expect(limitWards([ward('A', 0), ward('B', 0)]).omitted).toEqual([]);
  });
});
