import type { ChartOption } from './echart.tsx';
import { formatValue, type Lang, unitOf } from './format.ts';

export interface TrajectoryData {
  unit: string;
  /** Expected target for every year (from the API's `trajectory.series`). */
  series: { year: number; value: number; valueHigh?: number | null }[];
  milestones: { year: number; value: number | null }[];
  results: { year: number; value: number | null }[];
  /** Linear trend of the results, when there are two or more (value = intercept + slope·year). */
  projection?: { fromYear: number; fromValue: number; slopePerYear: number } | null;
}

export interface TrajectoryLabels {
  expected: string;
  milestone: string;
  result: string;
  projection: string;
}

/** Percent on 0–100, index on 0–1: the axis follows the indicator's own unit. */
export function axisRange(unit: string): { min?: number; max?: number } {
  unit = unitOf(unit);
  return unit === 'percent' ? { min: 0, max: 100 } : unit === 'index' ? { min: 0, max: 1 } : {};
}

/**
 * ECharts options for one indicator of one ward: the expected path between milestones
 * (dashed), the milestones themselves, the reported results (solid) and, when there is a trend,
 * its projection (dotted). `description` is our own sentence for screen readers (ECharts' aria).
 */
export function trajectoryChartOption(
  data: TrajectoryData,
  labels: TrajectoryLabels,
  lang: Lang,
  description = '',
): ChartOption {
  const years = [
    ...new Set([...data.series.map((p) => p.year), ...data.results.map((p) => p.year)]),
  ].sort((a, b) => a - b);
  const byYear = <T extends { year: number }>(points: T[], pick: (p: T) => number | null) =>
    years.map((y) => {
      const p = points.find((x) => x.year === y);
      return p ? pick(p) : null;
    });
  const projection = data.projection;
  const fmt = (v: unknown) => (typeof v === 'number' ? formatValue(v, data.unit, lang) : '–');
  return {
    aria: { enabled: true, label: { description }, decal: { show: true } },
    grid: { left: 64, right: 24, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', ...axisRange(data.unit), axisLabel: { formatter: fmt } },
    series: [
      {
        name: labels.expected,
        type: 'line',
        data: byYear(data.series, (p) => p.value),
        showSymbol: false,
        lineStyle: { type: 'dashed' },
      },
      {
        name: labels.milestone,
        type: 'line',
        data: byYear(data.milestones, (p) => p.value),
        connectNulls: false,
        symbol: 'diamond',
        symbolSize: 10,
        lineStyle: { opacity: 0 },
      },
      {
        name: labels.result,
        type: 'line',
        data: byYear(data.results, (p) => p.value),
        connectNulls: true,
        symbolSize: 8,
        lineStyle: { type: 'solid', width: 3 },
      },
      ...(projection
        ? [
            {
              name: labels.projection,
              type: 'line' as const,
              data: years.map((y) =>
                y >= projection.fromYear
                  ? projection.fromValue + projection.slopePerYear * (y - projection.fromYear)
                  : null,
              ),
              showSymbol: false,
              lineStyle: { type: 'dotted' as const },
            },
          ]
        : []),
    ],
  } as ChartOption;
}
