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

/** The average of the scores that exist; null when none does (never a zero for "no data"). */
export function averageOf(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((s): s is number => s !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}
