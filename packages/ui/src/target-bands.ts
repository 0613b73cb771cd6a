import { axisRange } from './trajectory-chart.ts';

/** A milestone's target as the bands need it (the API's comparator, upper case). */
export interface BandTarget {
  year: number;
  // GT, GTE, LT, LTE, RANGE, REACH (the API's enum); null when none is printed.
  comparator: string | null;
  value: number | null;
  valueHigh: number | null;
  /** As printed ("≥ 0,8", "20–22%"), for the band's label. */
  display: string;
}

/** A zone of the chart: from one year to another, between two values of the unit. */
export interface TargetBand {
  fromYear: number;
  toYear: number;
  low: number;
  high: number;
  label: string;
}

/**
 * The zones a ward's targets ask it to be in: a range ("20–22%") is its own band; "≥ x" and
 * "> x" run from x to the top of the axis, "≤ x" and "< x" from the bottom up to x. A bare
 * figure ("đạt 95%") is a point, not a zone, so it has no band. Each band runs from its
 * milestone year to the ward's next milestone (the last one to the end of the axis); a zone
 * needs some width on a year axis, so a band on the axis's last year starts one year earlier.
 * Open-ended zones need a bounded axis (percent 0–100, index 0–1); for other units only ranges
 * are drawn.
 */
export function targetBands(
  targets: readonly BandTarget[],
  years: readonly number[],
  unit: string,
  label: (t: BandTarget) => string,
): TargetBand[] {
  const { min, max } = axisRange(unit);
  const milestones = [...new Set(targets.map((t) => t.year))].sort((a, b) => a - b);
  const lastYear = years.at(-1);
  const bands: TargetBand[] = [];
  for (const t of targets) {
    if (t.value === null || lastYear === undefined) continue;
    let zone: [number, number] | null = null;
    if (t.comparator === 'RANGE' && t.valueHigh !== null)
      zone = [Math.min(t.value, t.valueHigh), Math.max(t.value, t.valueHigh)];
    else if ((t.comparator === 'GTE' || t.comparator === 'GT') && max !== undefined)
      zone = [t.value, max];
    else if ((t.comparator === 'LTE' || t.comparator === 'LT') && min !== undefined)
      zone = [min, t.value];
    if (!zone) continue;
    const next = milestones.find((y) => y > t.year);
    let fromYear = t.year;
    const toYear = next ?? lastYear;
    if (fromYear === toYear) fromYear = [...years].reverse().find((y) => y < toYear) ?? fromYear;
    bands.push({ fromYear, toYear, low: zone[0], high: zone[1], label: label(t) });
  }
  return bands;
}

/** ECharts markArea data for bands on a category axis of years. */
export function bandMarkArea(bands: readonly TargetBand[], color: string) {
  return {
    silent: false,
    itemStyle: { color, opacity: 0.12, borderColor: color, borderWidth: 1, borderType: 'dashed' },
    label: { show: false },
    emphasis: { label: { show: true, position: 'insideTop' as const } },
    data: bands.map((b) => [
      { name: b.label, xAxis: String(b.fromYear), yAxis: b.low },
      { xAxis: String(b.toYear), yAxis: b.high },
    ]),
  };
}

/**
 * At most `max` lines on one chart: each ward costs one line for its plan and one for its
 * results. Wards past the limit are left off the chart (named, so the page can say so); the
 * table beside the chart always lists every ward.
 */
export function limitWards<T extends { results: readonly unknown[] }>(
  paths: readonly T[],
  max = 6,
): { shown: T[]; omitted: T[] } {
  const shown: T[] = [];
  const omitted: T[] = [];
  let lines = 0;
  for (const p of paths) {
    const cost = p.results.length > 0 ? 2 : 1;
    if (lines + cost <= max) {
      shown.push(p);
      lines += cost;
    } else omitted.push(p);
  }
  return { shown, omitted };
}
