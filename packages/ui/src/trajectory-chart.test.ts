import { describe, expect, it } from 'vitest';
import { trajectoryChartOption } from './trajectory-chart.ts';

// Hải An's ward DTI (PHỤ LỤC 2 row 20, line 1304): ≥0,77 in 2025 … 1,0 in 2045, and one result.
const data = {
  unit: 'INDEX',
  series: [
    { year: 2025, value: 0.77 },
    { year: 2026, value: 0.776 },
    { year: 2027, value: 0.782 },
  ],
  milestones: [{ year: 2025, value: 0.77 }],
  results: [{ year: 2026, value: 0.73 }],
};
const labels = { expected: 'Chỉ tiêu theo lộ trình', milestone: 'Mốc', result: 'Kết quả' };

describe('trajectoryChartOption', () => {
  const option = trajectoryChartOption(data, labels, 'vi') as {
    xAxis: { data: string[] };
    yAxis: { min: number; max: number; axisLabel: { formatter: (v: number) => string } };
    series: { name: string; data: (number | null)[] }[];
  };

  it('puts every year of the path on the axis, in order', () => {
    expect(option.xAxis.data).toEqual(['2025', '2026', '2027']);
  });

  it('aligns expected values, milestones and results to those years (gaps stay gaps)', () => {
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Chỉ tiêu theo lộ trình', [0.77, 0.776, 0.782]],
      ['Mốc', [0.77, null, null]],
      ['Kết quả', [null, 0.73, null]],
    ]);
  });

  it('scales an index to 0–1 and labels it with a decimal comma', () => {
    expect([option.yAxis.min, option.yAxis.max]).toEqual([0, 1]);
    expect(option.yAxis.axisLabel.formatter(0.77)).toBe('0,77');
  });

  it('labels percentages with a % sign in Vietnamese format', () => {
    const pct = trajectoryChartOption({ ...data, unit: 'PERCENT' }, labels, 'vi') as {
      yAxis: { axisLabel: { formatter: (v: number) => string } };
    };
    expect(pct.yAxis.axisLabel.formatter(82.54)).toBe('82,54%');
  });
});
