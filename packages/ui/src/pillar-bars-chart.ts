import type { ChartOption } from './echart.tsx';
import { formatNumber, type Lang } from './format.ts';

export interface PillarBar {
  pillar: string;
  /** The ward's pillar score 0–100; null when the pillar cannot be scored. */
  score: number | null;
  /** The average over the wards that have a score for the pillar; null when none has. */
  cityAverage: number | null;
}

/**
 * A ward's pillar scores as horizontal bars against the city average (bars are read more
 * accurately than a radar; the radar is only ever a secondary view).
 */
export function pillarBarsOption(
  bars: readonly PillarBar[],
  labels: { ward: string; city: string },
  lang: Lang,
  description: string,
): ChartOption {
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang, 1) : '–');
  return {
    aria: { enabled: true, label: { description }, decal: { show: true } },
    grid: { left: 8, right: 40, top: 32, bottom: 24, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: bars.map((b) => b.pillar), inverse: true },
    series: [
      {
        name: labels.ward,
        type: 'bar',
        data: bars.map((b) => b.score),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: unknown }) => fmt(p.value),
        },
        itemStyle: { color: '#0b4f8a' },
      },
      {
        name: labels.city,
        type: 'bar',
        data: bars.map((b) => b.cityAverage),
        itemStyle: { color: '#9aa8b8' },
      },
    ],
  } as ChartOption;
}

/** A radar needs at least three axes to draw a shape; with fewer, only the bars are offered. */
export const RADAR_MIN_PILLARS = 3;

/**
 * The same scores as a radar, the secondary view: one axis per pillar (0–100), the ward's
 * polygon solid and filled, the city average dashed, so they differ by more than colour. A
 * pillar without a score is a gap in the polygon, never a zero.
 */
export function pillarRadarOption(
  bars: readonly PillarBar[],
  labels: { ward: string; city: string },
  lang: Lang,
  description: string,
): ChartOption {
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang, 1) : '–');
  // ECharts leaves a radar vertex out for '-' (null would be drawn at the centre).
  const values = (pick: (b: PillarBar) => number | null) => bars.map((b) => pick(b) ?? '-');
  return {
    aria: { enabled: true, label: { description }, decal: { show: true } },
    legend: { top: 0 },
    tooltip: { trigger: 'item', valueFormatter: fmt },
    radar: {
      indicator: bars.map((b) => ({ name: b.pillar, min: 0, max: 100 })),
      radius: '62%',
      center: ['50%', '56%'],
      axisName: { color: '#1f2933' },
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: labels.ward,
            value: values((b) => b.score),
            lineStyle: { type: 'solid', width: 2, color: '#0b4f8a' },
            itemStyle: { color: '#0b4f8a' },
            areaStyle: { color: '#0b4f8a', opacity: 0.18 },
          },
          {
            name: labels.city,
            value: values((b) => b.cityAverage),
            lineStyle: { type: 'dashed', width: 2, color: '#5f6d7c' },
            itemStyle: { color: '#5f6d7c' },
          },
        ],
      },
    ],
  } as ChartOption;
}

/** The average of the scores that exist; null when none does (never a zero for "no data"). */
export function averageOf(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((s): s is number => s !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}
