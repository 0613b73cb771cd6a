import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from './context.ts';
import { ForbiddenGraphQLError, UnauthenticatedGraphQLError } from './graphql-errors.ts';
import { LIST_MULTIPLIER, listArgumentComplexity } from './validation/list-complexity.ts';

/**
 * The one schema builder. Plugins: scope-auth (first, so it runs before resolvers are wrapped),
 * errors (typed results for expected failures), relay (connections), complexity (limits).
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  AuthScopes: { loggedIn: boolean; cityAdmin: boolean };
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
    DateTime: { Input: Date; Output: Date };
    Codes: { Input: number[]; Output: readonly number[] };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      loggedIn: ctx.viewer !== null,
      cityAdmin: ctx.viewer?.role === 'city_admin',
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new ForbiddenGraphQLError('Your role does not allow this.')
        : new UnauthenticatedGraphQLError('Sign in first: send "Authorization: Bearer <token>".'),
  },
  errors: { defaultTypes: [] },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: LIST_MULTIPLIER,
    // List arguments multiply the cost of what they select (compareWards' wards × indicators).
    fieldComplexity: listArgumentComplexity,
    // A full five-ward comparison with provenance is ~2 000; the limits stop abusive nesting.
    limit: { complexity: 20_000, depth: 12, breadth: 300 },
  },
});

builder.queryType({
  description:
    'Read access to wards, targets, results and scores. / Truy vấn dữ liệu phường, xã, chỉ tiêu, kết quả.',
});
builder.mutationType({
  description: 'Writes: every one is authorised by role and ward, and audited. / Ghi dữ liệu.',
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON (audit snapshots).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

/**
 * A list of small integers sent as one JSON array (the heatmap's cells): graphql-js completes a
 * \`[Int!]!\` item by item, which at 114 units × 78 indicators × 3 lists was most of the
 * overview's execution after a write; a scalar is completed once.
 */
builder.scalarType('Codes', {
  description:
    'A list of integers, sent as one JSON array ([4, 5, 0, -1]). / Danh sách số nguyên, gửi dưới dạng một mảng JSON.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (!Array.isArray(value) || !value.every((v) => Number.isSafeInteger(v)))
      throw new TypeError('Codes must be a JSON array of integers.');
    return value as number[];
  },
});

// One timestamp type everywhere: RFC 3339 with a time zone, validated on input (graphql-scalars).
builder.addScalarType('DateTime', DateTimeResolver, {
  description:
    'A date and time with its offset, RFC 3339 ("2026-11-23T08:00:00Z"). / Thời điểm (RFC 3339).',
});
