import type { ChartOption } from './echart.tsx';
import { formatNumber, type Lang } from './format.ts';

export interface TrajectoryData {
  unit: string;
  /** Expected target for every year (from the API's `trajectory.series`). */
  series: { year: number; value: number; valueHigh?: number | null }[];
  milestones: { year: number; value: number | null }[];
  results: { year: number; value: number | null }[];
}

export interface TrajectoryLabels {
  expected: string;
  milestone: string;
  result: string;
}

/** Percent on 0–100, index on 0–1: the axis and tooltip use the indicator's own unit. */
function formatValue(value: number, unit: string, lang: Lang) {
  return unit === 'PERCENT'
    ? `${formatNumber(value, lang)}%`
    : formatNumber(value, lang, unit === 'INDEX' ? 3 : 2);
}

/**
 * ECharts options for one indicator of one ward: the expected path between milestones, the
 * milestones themselves, and the reported results. Pure, so it is tested without a browser.
 */
export function trajectoryChartOption(
  data: TrajectoryData,
  labels: TrajectoryLabels,
  lang: Lang,
): ChartOption {
  const years = data.series.map((p) => p.year);
  const byYear = <T extends { year: number }>(points: T[], pick: (p: T) => number | null) =>
    years.map((y) => {
      const p = points.find((x) => x.year === y);
      return p ? pick(p) : null;
    });
  return {
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? formatValue(v, data.unit, lang) : '–'),
    },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: {
      type: 'value',
      ...(data.unit === 'PERCENT'
        ? { min: 0, max: 100 }
        : data.unit === 'INDEX'
          ? { min: 0, max: 1 }
          : {}),
      axisLabel: { formatter: (v: number) => formatValue(v, data.unit, lang) },
    },
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
        symbolSize: 9,
        lineStyle: { opacity: 0 },
      },
      {
        name: labels.result,
        type: 'line',
        data: byYear(data.results, (p) => p.value),
        connectNulls: true,
        symbolSize: 8,
      },
    ],
  } as ChartOption;
}
