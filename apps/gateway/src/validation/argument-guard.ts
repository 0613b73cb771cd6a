import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { Context } from '../context.ts';
import { BadInputGraphQLError } from '../graphql-errors.ts';
import { LIMITS } from './limits.ts';

/** Arguments with a larger limit of their own, checked by their resolver. */
const OWN_LIMITS = new Set([
  'Mutation.importObservations.contentBase64',
  // A plan's text (≤ 2 MB) and a targets file: see validation/catalog-inputs.ts and import-targets.ts.
  'Mutation.addDocument.input.text',
  'Mutation.importTargets.contentBase64',
]);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = { path: string; vi: string; en: string };

function inspect(value: unknown, path: string, coordinate: string): Problem | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      return {
        path,
        vi: 'không được chứa ký tự NUL (\\0)',
        en: 'must not contain a NUL character (\\0)',
      };
    if (OWN_LIMITS.has(coordinate)) return null;
    if (value.length > LIMITS.text)
      return {
        path,
        vi: `tối đa ${LIMITS.text} ký tự`,
        en: `must be at most ${LIMITS.text} characters`,
      };
    if (LONE_SURROGATE.test(value))
      return { path, vi: 'không phải văn bản Unicode hợp lệ', en: 'is not valid Unicode text' };
    return null;
  }
  if (Array.isArray(value)) {
    if (value.length > LIMITS.listItems)
      return {
        path,
        vi: `tối đa ${LIMITS.listItems} mục`,
        en: `must have at most ${LIMITS.listItems} items`,
      };
    for (const [i, item] of value.entries()) {
      const problem = inspect(item, `${path}[${i}]`, coordinate);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      const problem = inspect(item, `${path}.${key}`, `${coordinate}.${key}`);
      if (problem) return problem;
    }
  return null;
}

/**
 * A floor under every field's arguments, whoever wrote the field: no NUL bytes or broken
 * Unicode in any text (PostgreSQL cannot store NUL; UTF-8 encoding would silently replace lone
 * surrogates), no text over LIMITS.text, no list over LIMITS.listItems. Each input's zod
 * schema (inputs.ts) then applies its own, tighter limits with field-level messages.
 * Runs before the field's resolver (and before the complexity check) for the whole schema.
 */
export function guardArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args, ctx: Context, info) => {
        for (const [name, value] of Object.entries(args)) {
          const problem = inspect(value, name, `${coordinate}.${name}`);
          if (problem)
            throw new BadInputGraphQLError(
              ctx.lang === 'en'
                ? `Argument "${problem.path}" ${problem.en}.`
                : `Đối số "${problem.path}" ${problem.vi}.`,
            );
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
}
