export * from './catalog-match.ts';
export * from './comparator.ts';
export * from './evaluate.ts';
export * from './extract.ts';
export * from './figures.ts';
export * from './numbers.ts';
export * from './proposal.ts';
export * from './proposal-row.ts';
