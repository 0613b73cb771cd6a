export * from './format.ts';
export * from './ward-list.tsx';
