import type { Harness } from '../../src/test-support.ts';
import { type CorpusCase, generate } from './case-format.ts';

/** Tables whose row counts must not change when a case is refused. */
export const WATCHED_TABLES = [
  'Observation',
  'AuditEvent',
  'User',
  'UserWard',
  'ApiToken',
  'ImportJob',
  'TaskStatusChange',
] as const;

export type Counts = Record<(typeof WATCHED_TABLES)[number], number>;

export async function countRows(h: Harness): Promise<Counts> {
  const sql = `SELECT ${WATCHED_TABLES.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')}`;
  const [row] = await h.db.prisma.$queryRawUnsafe<Counts[]>(sql);
  return row as Counts;
}

/** What must never reach a client: stack frames, source paths, the ORM's own words, HTML error pages. */
const INTERNALS: [string, RegExp][] = [
  ['a stack frame', /\bat [\w$.<>]+ \(|\n\s+at \S/],
  ['a source path', /(?:\/[\w.@-]+){2,}\.(?:ts|js|mjs|cjs)\b|node_modules/],
  ['Prisma', /prisma/i],
  ['a Prisma invocation', /invocation/i],
  ['an HTML error page', /<pre>|<!DOCTYPE html>[\s\S]*Error/i],
  ['SQL', /\b(?:SELECT|INSERT INTO|UPDATE) .*\b(?:FROM|SET|VALUES)\b/],
];

export interface Outcome {
  status: number;
  contentType: string;
  text: string;
}

function identityHeader(h: Harness, as: CorpusCase['as']): Record<string, string> {
  if (as === 'anonymous') return {};
  if (as.startsWith('bearer:')) return { authorization: `Bearer ${as.slice('bearer:'.length)}` };
  const token = h.tokens[as as 'admin' | 'editor' | 'viewer'];
  return { authorization: `Bearer ${token}` };
}

export async function send(h: Harness, c: CorpusCase, dir: string): Promise<Outcome> {
  const headers: Record<string, string> = {
    ...identityHeader(h, c.as),
    ...(c.lang ? { 'accept-language': c.lang } : {}),
  };
  let res: Response;
  if (c.graphql) {
    const g = c.graphql;
    const query = generate(g.queryFile ? { $file: g.queryFile, as: 'utf8' } : g.query, dir);
    res = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query,
        variables: generate(g.variables, dir),
        ...(g.extensions ? { extensions: generate(g.extensions, dir) } : {}),
      }),
    });
  } else {
    const r = c.http as NonNullable<CorpusCase['http']>;
    const extra = generate(r.headers, dir) as Record<string, unknown>;
    for (const [k, v] of Object.entries(extra)) headers[k.toLowerCase()] = String(v);
    const body =
      r.json !== undefined
        ? JSON.stringify(generate(r.json, dir))
        : r.body === undefined
          ? undefined
          : (generate(r.body, dir) as string);
    if (r.json !== undefined) headers['content-type'] ??= 'application/json';
    res = await fetch(`${h.url}${r.path}`, { method: r.method, headers, body });
  }
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    text: await res.text(),
  };
}

interface GraphqlBody {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

const parseJson = (text: string): GraphqlBody | null => {
  try {
    return JSON.parse(text) as GraphqlBody;
  } catch {
    return null;
  }
};

function typenames(data: unknown, out: string[] = []): string[] {
  if (Array.isArray(data)) for (const d of data) typenames(d, out);
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) {
      if (k === '__typename' && typeof v === 'string') out.push(v);
      else typenames(v, out);
    }
  return out;
}

/** Every invariant of the corpus, as a list of broken ones (empty = the case passed). */
export function judge(c: CorpusCase, out: Outcome, before: Counts, after: Counts): string[] {
  const broken: string[] = [];
  const e = c.expect;
  if (out.status >= 500) broken.push(`HTTP ${out.status}`);
  for (const [what, pattern] of INTERNALS)
    if (pattern.test(out.text)) broken.push(`the body shows ${what}: ${out.text.slice(0, 300)}`);
  const json = out.contentType.includes('json') ? parseJson(out.text) : null;
  const codes = (json?.errors ?? []).map((x) => x.extensions?.code ?? '(no code)');
  if (codes.includes('INTERNAL_SERVER_ERROR')) broken.push('INTERNAL_SERVER_ERROR');
  const errorTypes = typenames(json?.data).filter((t) => t.endsWith('Error'));
  const refused = out.status >= 400 || codes.length > 0 || errorTypes.length > 0;
  if (refused && !json) broken.push(`a refusal without a JSON body (${out.contentType})`);
  if (e.outcome === 'refused' && !refused) broken.push(`accepted: ${out.text.slice(0, 200)}`);
  if (e.outcome === 'accepted' && refused) broken.push(`refused: ${out.text.slice(0, 300)}`);
  if (e.status !== undefined && out.status !== e.status)
    broken.push(`status ${out.status}, expected ${e.status}: ${out.text.slice(0, 200)}`);
  if (e.code !== undefined && !codes.includes(e.code))
    broken.push(`codes [${codes.join(', ')}], expected ${e.code}: ${out.text.slice(0, 200)}`);
  if (e.typename !== undefined && !typenames(json?.data).includes(e.typename))
    broken.push(`no ${e.typename} in ${out.text.slice(0, 200)}`);
  if (e.body !== undefined && !new RegExp(e.body, 'u').test(out.text))
    broken.push(`the body does not match /${e.body}/: ${out.text.slice(0, 200)}`);
  const allowed = e.writes ?? (refused ? [] : null);
  if (allowed && !allowed.includes('*'))
    for (const table of Object.keys(before) as (keyof Counts)[])
      if (before[table] !== after[table] && !allowed.includes(table))
        broken.push(`${table} changed ${before[table]} → ${after[table]}`);
  return broken;
}
