import { describe, expect, it } from 'vitest';
import { averageOf, pillarBarsOption } from './pillar-bars-chart.ts';

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

describe('averageOf', () => {
  it('averages only the scores that exist', () => {
    expect(averageOf([100, null, 50])).toBe(75);
    expect(averageOf([null, null])).toBeNull();
  });
});
