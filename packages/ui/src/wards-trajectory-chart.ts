import type { ChartOption } from './echart.tsx';
import { formatValue, type Lang } from './format.ts';
import { bandMarkArea, type TargetBand } from './target-bands.ts';
import { axisRange } from './trajectory-chart.ts';

export interface WardPath {
  ward: string;
  /** The planned path (milestones and the years between), drawn dashed. */
  planned: { year: number; value: number }[];
  /** Reported results, drawn solid in the same colour. */
  results: { year: number; value: number }[];
  /** Zones the ward's targets ask for (see targetBands), drawn as shaded areas in its colour. */
  bands?: TargetBand[];
}

const PALETTE = ['#0b4f8a', '#b8430b', '#2e7d32', '#6a1b9a', '#8d6e00', '#00695c'];

/**
 * Every ward's path for one indicator on one chart: each ward one colour, its plan dashed and
 * its results solid, so "planned" and "achieved" are told apart by line style as well as legend.
 */
export function wardsTrajectoryOption(
  paths: readonly WardPath[],
  unit: string,
  labels: { planned: (ward: string) => string; result: (ward: string) => string },
  lang: Lang,
  description: string,
): ChartOption {
  const years = [
    ...new Set(
      paths.flatMap((p) => [
        ...[...p.planned, ...p.results].map((x) => x.year),
        ...(p.bands ?? []).flatMap((b) => [b.fromYear, b.toYear]),
      ]),
    ),
  ].sort((a, b) => a - b);
  const align = (points: { year: number; value: number }[]) =>
    years.map((y) => points.find((p) => p.year === y)?.value ?? null);
  const fmt = (v: unknown) => (typeof v === 'number' ? formatValue(v, unit, lang) : '–');
  return {
    aria: { enabled: true, label: { description }, decal: { show: true } },
    color: PALETTE,
    grid: { left: 64, right: 24, top: 56, bottom: 32 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', ...axisRange(unit), axisLabel: { formatter: fmt } },
    series: paths.flatMap((p, i) => {
      const color = PALETTE[i % PALETTE.length] ?? '#0b4f8a';
      return [
        {
          name: labels.planned(p.ward),
          type: 'line' as const,
          data: align(p.planned),
          connectNulls: true,
          symbol: 'diamond',
          lineStyle: { type: 'dashed' as const, color },
          itemStyle: { color },
          ...(p.bands && p.bands.length > 0 ? { markArea: bandMarkArea(p.bands, color) } : {}),
        },
        ...(p.results.length > 0
          ? [
              {
                name: labels.result(p.ward),
                type: 'line' as const,
                data: align(p.results),
                connectNulls: true,
                symbolSize: 8,
                lineStyle: { type: 'solid' as const, width: 3, color },
                itemStyle: { color },
              },
            ]
          : []),
      ];
    }),
  } as ChartOption;
}
