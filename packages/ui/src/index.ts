// ECharts itself (echart.tsx) is not exported: ChartCard loads it lazily, so importing this
// package never pulls ECharts into a page's first download.

export * from './chart-card.tsx';
export * from './data-table.tsx';
export type { ChartOption } from './echart.tsx';
export * from './error-notice.tsx';
export * from './format.ts';
export * from './parse-number.ts';
export * from './pillar-bars-chart.ts';
export * from './scroll-region.tsx';
export * from './source-ref.tsx';
export * from './status.ts';
export * from './status-badge.tsx';
export * from './target-bands.ts';
export * from './trajectory-chart.ts';
export * from './ward-list.tsx';
export * from './wards-trajectory-chart.ts';
