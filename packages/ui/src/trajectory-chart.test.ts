import { describe, expect, it } from 'vitest';
import { trajectoryChartOption } from './trajectory-chart.ts';

// Hải An's ward DTI (PHỤ LỤC 2 row 20, line 1304): ≥0,77 in 2025 … 1,0 in 2045, and one result.
const data = {
  unit: 'index',
  series: [
    { year: 2025, value: 0.77 },
    { year: 2026, value: 0.776 },
    { year: 2027, value: 0.782 },
  ],
  milestones: [{ year: 2025, value: 0.77 }],
  results: [{ year: 2026, value: 0.73 }],
};
const labels = {
  expected: 'Chỉ tiêu theo lộ trình',
  milestone: 'Mốc',
  result: 'Kết quả',
  projection: 'Xu hướng',
};

type Shape = {
  aria: { enabled: boolean; label: { description: string }; decal: { show: boolean } };
  xAxis: { data: string[] };
  yAxis: { min: number; max: number; axisLabel: { formatter: (v: number) => string } };
  series: { name: string; data: (number | null)[]; lineStyle: { type: string } }[];
};

describe('trajectoryChartOption', () => {
  const option = trajectoryChartOption(data, labels, 'vi', 'Mô tả') as unknown as Shape;

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

  it('draws the plan dashed and the results solid', () => {
    expect(option.series[0]?.lineStyle.type).toBe('dashed');
    expect(option.series[2]?.lineStyle.type).toBe('solid');
  });

  it('describes itself for screen readers in our words, with decal patterns on', () => {
    expect(option.aria).toEqual({
      enabled: true,
      label: { description: 'Mô tả' },
      decal: { show: true },
    });
  });

  it('scales an index to 0–1 and labels it with a decimal comma', () => {
    expect([option.yAxis.min, option.yAxis.max]).toEqual([0, 1]);
    expect(option.yAxis.axisLabel.formatter(0.77)).toBe('0,77');
  });

  it('labels percentages with a % sign in Vietnamese format', () => {
    const pct = trajectoryChartOption(
      { ...data, unit: 'percent' },
      labels,
      'vi',
    ) as unknown as Shape;
    expect(pct.yAxis.axisLabel.formatter(82.54)).toBe('82,54%');
  });

  it('projects the trend from the last result onwards, dotted', () => {
    const projected = trajectoryChartOption(
      { ...data, projection: { fromYear: 2026, fromValue: 0.73, slopePerYear: 0.01 } },
      labels,
      'vi',
    ) as unknown as Shape;
    const line = projected.series[3];
    expect(line?.name).toBe('Xu hướng');
    expect(line?.lineStyle.type).toBe('dotted');
    expect(line?.data.map((v) => (v === null ? null : Math.round(v * 1000) / 1000))).toEqual([
      null,
      0.73,
      0.74,
    ]);
  });
});
