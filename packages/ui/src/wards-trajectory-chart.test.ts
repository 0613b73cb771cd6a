import { describe, expect, it } from 'vitest';
import { wardsTrajectoryOption } from './wards-trajectory-chart.ts';

type Shape = {
  xAxis: { data: string[] };
  series: {
    name: string;
    data: (number | null)[];
    lineStyle: { type: string; color: string };
  }[];
};

// Hải An's DTI milestones (PHỤ LỤC 2 row 20) and an invented second ward with one result.
const paths = [
  {
    ward: 'Hải An',
    planned: [
      { year: 2025, value: 0.77 },
      { year: 2030, value: 0.8 },
    ],
    results: [],
  },
  { ward: 'B', planned: [{ year: 2030, value: 0.9 }], results: [{ year: 2026, value: 0.5 }] },
];
const labels = {
  planned: (w: string) => `${w} (kế hoạch)`,
  result: (w: string) => `${w} (kết quả)`,
};

describe('wardsTrajectoryOption', () => {
  const option = wardsTrajectoryOption(paths, 'index', labels, 'vi', 'mô tả') as unknown as Shape;

  it('shares one year axis across wards', () => {
    expect(option.xAxis.data).toEqual(['2025', '2026', '2030']);
  });

  it('draws each plan dashed and results solid, in the ward’s colour; no result line without results', () => {
    expect(option.series.map((s) => [s.name, s.lineStyle.type, s.data])).toEqual([
      ['Hải An (kế hoạch)', 'dashed', [0.77, null, 0.8]],
      ['B (kế hoạch)', 'dashed', [null, null, 0.9]],
      ['B (kết quả)', 'solid', [null, 0.5, null]],
    ]);
    expect(option.series[1]?.lineStyle.color).toBe(option.series[2]?.lineStyle.color);
    expect(option.series[0]?.lineStyle.color).not.toBe(option.series[1]?.lineStyle.color);
  });
});
