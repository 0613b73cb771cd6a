import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed GraphQL documents: `graphql()` checks every operation against the gateway's committed
 * SDL (apps/gateway/schema.graphql) at type-check time and infers result and variable types.
 * `graphql-env.d.ts` is generated from that SDL by `npm run typed-operations` (run by typecheck).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // The heatmap's cells: one JSON array of integers per row (see the gateway's \`Codes\`).
  scalars: { Codes: number[] };
}>();
export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
