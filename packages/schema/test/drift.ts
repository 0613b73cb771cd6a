import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wasm from '@prisma/prisma-schema-wasm';
import type { SqlSession } from '../src/sql-session.ts';

/**
 * Compares the Prisma models (their DMMF, from Prisma's own schema parser) with a migrated
 * database: tables, columns (type, nullability, default), enums, primary keys, unique and
 * plain indexes, foreign keys. Returns the differences, one sentence each.
 */
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  default?: { name?: string } | string | number | boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: DmmfIndex[];
  };
}

const SCHEMA = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

export function loadDmmf(schema = readFileSync(SCHEMA, 'utf8')): Dmmf {
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: schema }))) as Dmmf;
}

function expectedType(f: DmmfField): string {
  if (f.kind === 'enum') return `enum:${f.type}`;
  const native = f.nativeType?.[0];
  const args = f.nativeType?.[1] ?? [];
  switch (f.type) {
    case 'String':
      return 'text';
    case 'Int':
      return 'integer';
    case 'BigInt':
      return 'bigint';
    case 'Float':
      return 'double precision';
    case 'Boolean':
      return 'boolean';
    case 'Json':
      return 'jsonb';
    case 'Decimal':
      return native === 'Decimal' ? `numeric(${args.join(',')})` : 'numeric(65,30)';
    case 'DateTime':
      if (native === 'Date') return 'date';
      if (native === 'Timestamptz') return `timestamp with time zone(${args[0] ?? 6})`;
      return `timestamp without time zone(${args[0] ?? 3})`;
    default:
      return `unknown:${f.type}`;
  }
}

const ON_DELETE: Record<string, string> = {
  Cascade: 'c',
  Restrict: 'r',
  SetNull: 'n',
  NoAction: 'a',
  SetDefault: 'd',
};

export async function schemaDrift(session: SqlSession, dmmf: Dmmf = loadDmmf()): Promise<string[]> {
  const problems: string[] = [];
  const models = dmmf.datamodel.models;
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: DmmfModel, field: string) => {
    const f = model.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  // Tables
  const tables = (
    await session.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    )
  ).map((r) => r.table_name);
  for (const m of models)
    if (!tables.includes(tableOf.get(m.name) ?? '')) problems.push(`table ${m.name} is missing`);
  for (const t of tables)
    if (![...tableOf.values()].includes(t)) problems.push(`table ${t} is not in the Prisma schema`);

  // Columns
  const columns = await session.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
    column_default: string | null;
    numeric_precision: number | null;
    numeric_scale: number | null;
    datetime_precision: number | null;
  }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, numeric_precision, numeric_scale, datetime_precision
     FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
  );
  const actualType = (c: (typeof columns)[number]) => {
    if (c.data_type === 'USER-DEFINED') return `enum:${c.udt_name}`;
    if (c.data_type === 'numeric') return `numeric(${c.numeric_precision},${c.numeric_scale})`;
    if (c.data_type.startsWith('timestamp')) return `${c.data_type}(${c.datetime_precision})`;
    return c.data_type;
  };
  for (const m of models) {
    const table = tableOf.get(m.name);
    const scalars = m.fields.filter((f) => f.kind !== 'object');
    for (const f of scalars) {
      const column = f.dbName ?? f.name;
      const c = columns.find((x) => x.table_name === table && x.column_name === column);
      if (!c) {
        problems.push(`column ${m.name}.${column} is missing`);
        continue;
      }
      if (actualType(c) !== expectedType(f))
        problems.push(
          `column ${m.name}.${column} is ${actualType(c)}, the schema says ${expectedType(f)}`,
        );
      if ((c.is_nullable === 'YES') === f.isRequired)
        problems.push(
          `column ${m.name}.${column} nullability differs (schema: ${f.isRequired ? 'required' : 'optional'})`,
        );
      const dbDefault =
        typeof f.default === 'object' && f.default !== null && 'name' in f.default
          ? f.default.name
          : f.default;
      const wantsDbDefault = f.hasDefaultValue && dbDefault !== 'uuid' && dbDefault !== 'cuid';
      if (wantsDbDefault !== (c.column_default !== null))
        problems.push(
          `column ${m.name}.${column} default differs (schema: ${wantsDbDefault ? 'has one' : 'none'})`,
        );
    }
    for (const c of columns.filter((x) => x.table_name === table)) {
      if (!scalars.some((f) => (f.dbName ?? f.name) === c.column_name))
        problems.push(`column ${table}.${c.column_name} is not in the Prisma schema`);
    }
  }

  // Enums
  const enumRows = await session.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`,
  );
  for (const e of dmmf.datamodel.enums) {
    const values = enumRows.filter((r) => r.name === e.name).map((r) => r.value);
    const expected = e.values.map((v) => v.name);
    if (values.join(',') !== expected.join(','))
      problems.push(`enum ${e.name} is [${values}], the schema says [${expected}]`);
  }
  for (const name of new Set(enumRows.map((r) => r.name))) {
    if (!dmmf.datamodel.enums.some((e) => e.name === name))
      problems.push(`enum ${name} is not in the Prisma schema`);
  }

  // Indexes (primary keys, unique, plain), by Prisma's naming convention and column list
  const indexRows = await session.query<{
    table: string;
    name: string;
    columns: string;
    is_unique: boolean;
    is_primary: boolean;
  }>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
            string_agg(a.attname, ',' ORDER BY k.ord) AS columns
     FROM pg_index ix
     JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE n.nspname = current_schema() AND t.relname <> '_prisma_migrations'
     GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`,
  );
  const expectedIndexes = dmmf.datamodel.indexes.map((ix) => {
    const model = models.find((m) => m.name === ix.model);
    if (!model) throw new Error(`index on unknown model ${ix.model}`);
    const table = tableOf.get(ix.model) ?? ix.model;
    const cols = ix.fields.map((f) => columnOf(model, f.name));
    const suffix = ix.type === 'id' ? 'pkey' : ix.type === 'unique' ? 'key' : 'idx';
    const name =
      ix.dbName ?? (ix.type === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
    return { table, name, columns: cols.join(','), type: ix.type };
  });
  for (const e of expectedIndexes) {
    const found = indexRows.find((r) => r.table === e.table && r.name === e.name);
    if (!found) problems.push(`index ${e.name} on ${e.table}(${e.columns}) is missing`);
    else if (found.columns !== e.columns)
      problems.push(`index ${e.name} covers (${found.columns}), the schema says (${e.columns})`);
    else if (
      e.type === 'id' ? !found.is_primary : e.type === 'unique' ? !found.is_unique : found.is_unique
    )
      problems.push(`index ${e.name} has the wrong kind`);
  }
  for (const r of indexRows) {
    if (!expectedIndexes.some((e) => e.table === r.table && e.name === r.name))
      problems.push(`index ${r.name} on ${r.table} is not in the Prisma schema`);
  }

  // Foreign keys
  const fkRows = await session.query<{
    name: string;
    table: string;
    ref_table: string;
    columns: string;
    ref_columns: string;
    on_delete: string;
  }>(
    `SELECT c.conname AS name, t.relname AS table, rt.relname AS ref_table, c.confdeltype AS on_delete,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS ref_columns
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class rt ON rt.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const expectedFks = models.flatMap((m) =>
    m.fields
      .filter((f) => f.kind === 'object' && f.relationFromFields && f.relationFromFields.length > 0)
      .map((f) => {
        const table = tableOf.get(m.name) ?? m.name;
        const target = models.find((x) => x.name === f.type);
        if (!target) throw new Error(`relation to unknown model ${f.type}`);
        const cols = (f.relationFromFields ?? []).map((c) => columnOf(m, c));
        return {
          name: `${table}_${cols.join('_')}_fkey`,
          table,
          ref_table: tableOf.get(f.type) ?? f.type,
          columns: cols.join(','),
          ref_columns: (f.relationToFields ?? []).map((c) => columnOf(target, c)).join(','),
          on_delete:
            ON_DELETE[f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')] ?? '?',
        };
      }),
  );
  for (const e of expectedFks) {
    const found = fkRows.find((r) => r.name === e.name);
    if (!found) problems.push(`foreign key ${e.name} is missing`);
    else if (
      `${found.table}(${found.columns})->${found.ref_table}(${found.ref_columns}) ${found.on_delete}` !==
      `${e.table}(${e.columns})->${e.ref_table}(${e.ref_columns}) ${e.on_delete}`
    ) {
      problems.push(
        `foreign key ${e.name} differs: database ${found.table}(${found.columns}) → ${found.ref_table}(${found.ref_columns}) on delete ${found.on_delete}, schema ${e.ref_table}(${e.ref_columns}) on delete ${e.on_delete}`,
      );
    }
  }
  for (const r of fkRows)
    if (!expectedFks.some((e) => e.name === r.name))
      problems.push(`foreign key ${r.name} is not in the Prisma schema`);

  return problems;
}
