import { describe, expect, it } from 'vitest';
import { averageOf, pillarBarsOption, pillarRadarOption } from './pillar-bars-chart.ts';

type Shape = {
  yAxis: { data: string[] };
  series: { name: string; data: (number | null)[] }[];
};

describe('pillarBarsOption', () => {
  it('puts the ward beside the city average, pillar by pillar, keeping "no score" empty', () => {
    const option = pillarBarsOption(
      [
        { pillar: 'Chính quyền số', score: 92.5, cityAverage: 80 },
        { pillar: 'Kinh tế số', score: null, cityAverage: null },
      ],
      { ward: 'Chu Văn An', city: 'Trung bình' },
      'vi',
      'mô tả',
    ) as unknown as Shape;
    expect(option.yAxis.data).toEqual(['Chính quyền số', 'Kinh tế số']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Chu Văn An', [92.5, null]],
      ['Trung bình', [80, null]],
    ]);
  });
});

describe('pillarRadarOption', () => {
  const option = pillarRadarOption(
    [
      { pillar: 'Chính quyền số', score: 92.5, cityAverage: 80 },
      { pillar: 'Kinh tế số', score: null, cityAverage: 40 },
      { pillar: 'Xã hội số', score: 60, cityAverage: null },
    ],
    { ward: 'Chu Văn An', city: 'Trung bình' },
    'vi',
    'mô tả radar',
  ) as unknown as {
    aria: { label: { description: string } };
    radar: { indicator: { name: string; min: number; max: number }[] };
    series: {
      type: string;
      data: { name: string; value: (number | string)[]; lineStyle: { type: string } }[];
    }[];
  };

  it('has one 0–100 axis per pillar and the two polygons, a missing score a gap (not zero)', () => {
    expect(option.radar.indicator).toEqual([
      { name: 'Chính quyền số', min: 0, max: 100 },
      { name: 'Kinh tế số', min: 0, max: 100 },
      { name: 'Xã hội số', min: 0, max: 100 },
    ]);
    expect(option.series[0]?.data.map((d) => [d.name, d.value])).toEqual([
      ['Chu Văn An', [92.5, '-', 60]],
      ['Trung bình', [80, 40, '-']],
    ]);
  });

  it('tells the ward from the average by line style too, and carries our description', () => {
    expect(option.series[0]?.data.map((d) => d.lineStyle.type)).toEqual(['solid', 'dashed']);
    expect(option.aria.label.description).toBe('mô tả radar');
  });
});

describe('averageOf', () => {
  it('averages only the scores that exist', () => {
    expect(averageOf([100, null, 50])).toBe(75);
    expect(averageOf([null, null])).toBeNull();
  });
});
