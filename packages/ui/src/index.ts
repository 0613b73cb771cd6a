export * from './echart.tsx';
export * from './format.ts';
export * from './trajectory-chart.ts';
export * from './ward-list.tsx';
