export * from './catalog.ts';
export * from './due.ts';
export * from './knowledge-base.ts';
export * from './types.ts';
export * from './wards.ts';
