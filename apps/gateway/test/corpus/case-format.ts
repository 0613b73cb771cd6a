import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The corpus case format (see README.md in this folder). Validated with zod so that a mistyped
 * case file fails loudly instead of silently testing nothing.
 */
const Identity = z.union([
  z.enum(['anonymous', 'admin', 'editor', 'viewer']),
  z.string().regex(/^bearer:/, 'an identity is anonymous|admin|editor|viewer|bearer:<raw token>'),
]);

const Expect = z
  .object({
    /** refused: a 4xx, a GraphQL error, or a typed error result; accepted: 2xx with data and no error. */
    outcome: z.enum(['refused', 'accepted', 'either']).default('refused'),
    status: z.number().int().optional(),
    code: z.string().optional(),
    typename: z.string().optional(),
    /** A regular expression the response body must match (e.g. the Vietnamese message). */
    body: z.string().optional(),
    /** Tables allowed to change; default: none when refused, any when accepted. */
    writes: z.array(z.string()).optional(),
  })
  .strict();

const GraphqlRequest = z
  .object({
    /** The document: a string or a generator (see README). */
    query: z.unknown().optional(),
    queryFile: z.string().optional(),
    variables: z.unknown().optional(),
    extensions: z.unknown().optional(),
  })
  .strict()
  .refine((g) => (g.query === undefined) !== (g.queryFile === undefined) || g.extensions, {
    message: 'give query or queryFile',
  });

const HttpRequest = z
  .object({
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']).default('GET'),
    path: z.string().startsWith('/'),
    headers: z.record(z.string(), z.unknown()).default({}),
    /** A raw body (string or a generator, see README), or `json` to send a value as JSON. */
    body: z.unknown().optional(),
    json: z.unknown().optional(),
  })
  .strict();

export const CaseSchema = z
  .object({
    name: z.string().min(1),
    as: Identity.default('anonymous'),
    lang: z.enum(['vi', 'en']).optional(),
    graphql: GraphqlRequest.optional(),
    http: HttpRequest.optional(),
    expect: Expect.default({ outcome: 'refused' }),
  })
  .strict()
  .refine((c) => (c.graphql === undefined) !== (c.http === undefined), {
    message: 'a case has exactly one of graphql or http',
  });

const CaseFile = z
  .object({ description: z.string(), cases: z.array(z.record(z.string(), z.unknown())).min(1) })
  .strict();

export type CorpusCase = z.infer<typeof CaseSchema> & { file: string };

/** Every case of every `cases/*.json` file, with `each` expanded, each checked against the format. */
export function loadCases(dir: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(join(dir, 'cases'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = CaseFile.safeParse(JSON.parse(readFileSync(join(dir, 'cases', file), 'utf8')));
    if (!parsed.success)
      throw new Error(`cases/${file}: ${z.prettifyError(parsed.error).slice(0, 2000)}`);
    parsed.data.cases.forEach((raw, index) => {
      const { each, ...rest } = raw;
      const expanded = Array.isArray(each)
        ? each.map((value, i) => ({
            ...(substitute(rest, value) as Record<string, unknown>),
            name: `${String(raw.name)} [${i}: ${preview(value)}]`,
          }))
        : [raw];
      for (const c of expanded) {
        const checked = CaseSchema.safeParse(c);
        if (!checked.success)
          throw new Error(
            `cases/${file}, case ${index} (${String(raw.name)}): ${z.prettifyError(checked.error).slice(0, 2000)}`,
          );
        cases.push({ ...checked.data, file });
      }
    });
  }
  return cases;
}

const preview = (v: unknown) => {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

function substitute(node: unknown, value: unknown): unknown {
  if (node === '$each') return value;
  const field = typeof node === 'string' ? /^\$each\.(\w+)$/.exec(node)?.[1] : undefined;
  if (field !== undefined) return (value as Record<string, unknown>)[field];
  if (typeof node === 'string' && node.includes('$each') && typeof value !== 'object')
    return node.replaceAll('$each', String(value));
  if (Array.isArray(node)) return node.map((n) => substitute(n, value));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substitute(v, value)]));
  return node;
}

/**
 * Generators, so large or binary inputs need not be stored in the JSON:
 * {"$repeat": "ab", "times": 3}        → "ababab"
 * {"$list": <value>, "times": 3}       → [value, value, value]
 * {"$file": "files/x.csv", "as": "base64" | "utf8" | "latin1"} → the file's content
 * {"$concat": [<string or generator>, …]} → the strings joined
 */
export function generate(node: unknown, dir: string): unknown {
  if (Array.isArray(node)) return node.map((n) => generate(n, dir));
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  if (typeof o.$repeat === 'string') return o.$repeat.repeat(Number(o.times));
  if ('$list' in o) return Array.from({ length: Number(o.times) }, () => generate(o.$list, dir));
  if (typeof o.$file === 'string')
    return readFileSync(join(dir, o.$file)).toString((o.as as BufferEncoding) ?? 'base64');
  if (Array.isArray(o.$concat)) return o.$concat.map((p) => generate(p, dir)).join('');
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, generate(v, dir)]));
}
