import SchemaBuilder from '@pothos/core';
import type { Context } from './context.ts';

/** The one schema builder: every type and field is declared through it, with a description. */
export const builder = new SchemaBuilder<{ Context: Context; DefaultFieldNullability: false }>({
  defaultFieldNullability: false,
});

builder.queryType({
  description: 'Read access to wards, their plans and progress. / Truy vấn dữ liệu các phường, xã.',
});
