import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import accepts from 'accepts';
import type { Request, RequestHandler, Response } from 'express';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { securityHeaderList } from '../security-headers.ts';
import { ByteLru } from './byte-lru.ts';
import { type DocumentInfo, DocumentRegistry, operationOf } from './operation.ts';

/** One stored answer: the exact bytes GraphQL produced, and their compressed forms on demand. */
export interface Answer {
  version: number;
  etag: string;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export interface StoredAnswersOptions {
  /** Memory for stored answers, all encodings counted (default 64 MB). */
  maxBytes?: number;
  /** Longest GraphQL document accepted in a GET's query string, in characters. */
  maxDocumentLength: number;
}

/** What to send for a stored answer: the same on the Express path and the front door. */
export interface StoredResponse {
  status: 200 | 304;
  headers: [name: string, value: string | number][];
  body: Buffer | null;
}

export interface StoredAnswers {
  /** Express handler for `/graphql`, after the body parser and before Apollo's own handler. */
  handler: RequestHandler;
  /** Documents seen, by hash and text (shared with the front door). */
  documents: DocumentRegistry;
  /** The stored answer of `key` when it is of `version` (counted as a hit unless told), else undefined. */
  fresh: (key: string, version: number, options?: { count?: boolean }) => Answer | undefined;
  /** Status, headers (ETag, Cache-Control, Vary, encoding) and body for a stored answer. */
  respond: (req: IncomingMessage, key: string, answer: Answer, scope: string) => StoredResponse;
  /** Stored bytes and entries, for the bench and tests. */
  stats: () => { bytes: number; entries: number; hits: number; misses: number };
}

/**
 * The caller's scope of an answer: stored answers only ever come from root fields whose
 * answers depend on the role and wards (never on who exactly asks: `me`, `importJob` and the
 * like are not storable), so one ward editor's answer may serve another editor of the same wards.
 */
export function scopeOf(viewer: Viewer | null): string {
  if (!viewer) return 'anonymous';
  return `${viewer.role}:${[...viewer.wards].sort().join(',')}`;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` variables are one key. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The key of a stored answer: operation (document hash and name), variables, language and
 * scope. The data version is not in the key but in the answer, and checked on every read.
 */
export function answerKey(parts: {
  hash: string;
  operationName: string;
  variables: unknown;
  lang: Context['lang'];
  scope: string;
}): string {
  return keyOf({ ...parts, variables: variablesDigest(parts.variables) });
}

/** The variables' part of a key: sha256 of their canonical JSON (absent: `{}`). */
export const variablesDigest = (variables: unknown) =>
  createHash('sha256')
    .update(canonicalJson(variables ?? {}))
    .digest('base64url');

/** `answerKey` with the variables already digested (the front door keeps digests per URL). */
export const keyOf = (parts: {
  hash: string;
  operationName: string;
  variables: string;
  lang: Context['lang'];
  scope: string;
}) =>
  `${parts.hash}\u0000${parts.operationName}\u0000${parts.variables}\u0000${parts.lang}\u0000${parts.scope}`;

/** `If-None-Match` holds the tag (weak comparison, as RFC 9110 asks for this header). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

interface ParsedRequest {
  query?: string;
  hash?: string;
  operationName: string;
  variables: unknown;
}

const graphqlError = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Apollo's CSRF rule, kept for GETs served here: a browser sends a cross-site GET without a
 * preflight only when it has no custom header and a simple content type (or none).
 */
export function preflighted(req: Pick<IncomingMessage, 'headers'>): boolean {
  if (req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name'])
    return true;
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return type !== undefined && type !== '' && !SIMPLE_TYPES.includes(type);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Refusal = { refused: string };

/**
 * The GraphQL parameters of a GET (query string, JSON-encoded values) or POST (JSON body);
 * null: not ours to read (Apollo's handler answers); a refusal names what is malformed.
 */
function readRequest(req: Request): ParsedRequest | Refusal | null {
  const get = req.method === 'GET';
  const source = (get ? req.query : req.body) as unknown;
  if (!isObject(source)) return null;
  const decode = (value: unknown): unknown => {
    if (!get || typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return 'not JSON';
    }
  };
  const variables = decode(source.variables) ?? {};
  const extensions = decode(source.extensions) ?? {};
  if (!isObject(variables)) return { refused: '"variables" must be a JSON object.' };
  if (!isObject(extensions)) return { refused: '"extensions" must be a JSON object.' };
  if (source.operationName != null && typeof source.operationName !== 'string')
    return { refused: '"operationName" must be a string.' };
  const parsed: ParsedRequest = {
    operationName: typeof source.operationName === 'string' ? source.operationName : '',
    variables,
  };
  if (extensions.persistedQuery !== undefined) {
    const pq = extensions.persistedQuery;
    if (
      !isObject(pq) ||
      pq.version !== 1 ||
      typeof pq.sha256Hash !== 'string' ||
      !/^[0-9a-f]{64}$/.test(pq.sha256Hash)
    )
      return {
        refused:
          '"extensions.persistedQuery" must be { "version": 1, "sha256Hash": "<64 hex digits>" }.',
      };
    parsed.hash = pq.sha256Hash;
  }
  if (typeof source.query === 'string') parsed.query = source.query;
  else if (source.query != null) return null; // Apollo's handler refuses it
  if (parsed.query === undefined && parsed.hash === undefined) return null;
  return parsed;
}

/**
 * Headers a 304 leaves out: RFC 9110 §15.4.5 has a 304 carry the representation's validators
 * and caching metadata (ETag, Cache-Control, Vary, Date) and no other representation metadata;
 * the client updates its stored 200, whose security headers stay in force. helmet's ~1 KB of
 * headers were most of the bytes, and most of the cost, of a 304.
 */
const NOT_MODIFIED_DROPS = securityHeaderList().map(([name]) => name);

/**
 * Stored answers, served ahead of the GraphQL pipeline. A query whose root fields are all
 * storable is answered once per (operation, variables, language, scope) and data version;
 * later requests get the stored bytes (and their gzip/brotli forms, compressed once) with an
 * ETag, or `304 Not Modified` when the client already holds them. Every write bumps
 * `Store.version` (its own through the services, other gateways' through `Store.sync`), after
 * which no stored answer of an older version is served.
 *
 * It also serves GET with a persisted query (Apollo's `extensions.persistedQuery.sha256Hash`,
 * with or without the text) for every query operation. Mutations and requests it cannot
 * read go on to Apollo's handler unchanged, so ad-hoc analyst queries work as before.
 */
export function storedAnswers(
  apollo: ApolloServer<Context>,
  contextOf: (req: Request, res: Response) => Promise<Context>,
  options: StoredAnswersOptions,
): StoredAnswers {
  const answers = new ByteLru<Answer>(options.maxBytes ?? 64 * 1024 * 1024);
  const documents = new DocumentRegistry();
  /** One execution per key and version at a time: a burst after a write computes once. */
  const inFlight = new Map<string, Promise<Answer | null>>();
  let hits = 0;
  let misses = 0;

  const bytesOf = (a: Answer) =>
    a.identity.length + (a.gzip?.length ?? 0) + (a.br?.length ?? 0) + 200;

  /** Encodings chosen per Accept-Encoding value (browsers send a handful of distinct ones). */
  const encodings = new Map<string, string | false>();
  const encodingOf = (req: IncomingMessage): string | false => {
    const header = req.headers['accept-encoding'] ?? '';
    let chosen = encodings.get(header);
    if (chosen === undefined) {
      // The same negotiation as Express's req.acceptsEncodings (jshttp's accepts).
      chosen = accepts(req).encodings(['br', 'gzip', 'identity']);
      if (encodings.size >= 200) encodings.clear();
      encodings.set(header, chosen);
    }
    return chosen;
  };

  function respond(
    req: IncomingMessage,
    key: string,
    answer: Answer,
    scope: string,
  ): StoredResponse {
    const headers: StoredResponse['headers'] = [
      ['ETag', answer.etag],
      // Revalidate every time (the data may change any minute); never in a shared cache once a
      // token or cookie decided the scope.
      ['Cache-Control', scope === 'anonymous' ? 'no-cache' : 'private, no-cache'],
      ['Vary', 'Accept-Encoding, Accept-Language, Authorization, Cookie'],
    ];
    if (matches(req.headers['if-none-match'], answer.etag))
      return { status: 304, headers, body: null };
    headers.push(['Content-Type', 'application/json; charset=utf-8']);
    const encoding = encodingOf(req);
    let body = answer.identity;
    if (encoding === 'br' || encoding === 'gzip') {
      if (encoding === 'br')
        answer.br ??= brotliCompressSync(answer.identity, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
        });
      else answer.gzip ??= gzipSync(answer.identity);
      body = (encoding === 'br' ? answer.br : answer.gzip) as Buffer;
      answers.set(key, answer, bytesOf(answer)); // its size grew
      // Set before the body is written, so the compression middleware leaves it alone.
      headers.push(['Content-Encoding', encoding]);
    }
    headers.push(['Content-Length', body.length]);
    return { status: 200, headers, body };
  }

  function send(req: Request, res: Response, key: string, answer: Answer, scope: string) {
    const out = respond(req, key, answer, scope);
    if (out.status === 304) for (const name of NOT_MODIFIED_DROPS) res.removeHeader(name);
    for (const [name, value] of out.headers) res.setHeader(name, value);
    res.status(out.status);
    if (out.body) res.end(out.body);
    else res.end();
  }

  function fresh(key: string, version: number, { count = true } = {}): Answer | undefined {
    const stored = answers.get(key);
    if (!stored || stored.version !== version) return undefined;
    if (count) hits++;
    return stored;
  }

  async function execute(
    req: Request,
    res: Response,
    info: DocumentInfo,
    parsed: ParsedRequest,
  ): Promise<{ status: number; headers: HeaderMap; body: string }> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    // The request is a query (checked), so running it as a JSON POST is safe even when it came
    // as a GET: GET with a persisted query is how browsers get ETags and 304s.
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers,
        search: '',
        body: {
          query: info.text,
          variables: parsed.variables,
          ...(parsed.operationName ? { operationName: parsed.operationName } : {}),
        },
      },
      context: () => contextOf(req, res),
    });
    let body = '';
    if (response.body.kind === 'complete') body = response.body.string;
    else for await (const chunk of response.body.asyncIterator) body += chunk;
    return { status: response.status ?? 200, headers: response.headers, body };
  }

  const handler: RequestHandler = async (req, res, next) => {
    try {
      if (req.method !== 'GET' && req.method !== 'POST') return next();
      // Apollo's handler refuses it with its CSRF message.
      if (req.method === 'GET' && !preflighted(req)) return next();
      const parsed = readRequest(req);
      if (parsed === null) return next();
      if ('refused' in parsed) return graphqlError(res, 400, 'BAD_REQUEST', parsed.refused);
      if (parsed.query !== undefined && parsed.query.length > options.maxDocumentLength)
        return graphqlError(
          res,
          413,
          'BAD_USER_INPUT',
          `The GraphQL document is longer than ${options.maxDocumentLength} characters.`,
        );
      let info: DocumentInfo | null | undefined;
      if (parsed.query !== undefined) {
        info = documents.byText(parsed.query);
        if (info && parsed.hash !== undefined && parsed.hash !== info.hash)
          return graphqlError(
            res,
            400,
            'BAD_REQUEST',
            'The persisted query hash does not match the query text.',
          );
      } else if (parsed.hash !== undefined) {
        info = documents.byHash(parsed.hash);
        // Apollo Client's persisted-query link retries with the document text on this answer.
        if (!info)
          return graphqlError(res, 200, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
      }
      if (!info) return next(); // does not parse: Apollo reports the syntax error
      const operation = operationOf(info, parsed.operationName);
      // Mutations, subscriptions and ambiguous documents: Apollo's handler (it refuses
      // mutations over GET and a persisted-query extension it does not support), with the
      // document's text: Apollo Client's persisted-query link POSTs a mutation by its hash
      // alone once the gateway knows it, so without the text a second sign-in (the same
      // startSession document) reached Apollo empty and failed with a 400.
      if (!operation?.query) {
        if (req.method === 'POST' && isObject(req.body)) {
          req.body.query = info.text;
          delete req.body.extensions;
        }
        return next();
      }

      const ctx = await contextOf(req, res);
      const scope = scopeOf(ctx.viewer);
      if (!operation.storable) {
        const response = await execute(req, res, info, parsed);
        for (const [k, v] of response.headers) res.setHeader(k, v);
        res.setHeader('Cache-Control', 'no-store');
        res.status(response.status).send(response.body);
        return;
      }

      const key = answerKey({
        hash: info.hash,
        operationName: parsed.operationName,
        variables: parsed.variables,
        lang: ctx.lang,
        scope,
      });
      const version = ctx.store.version;
      const stored = fresh(key, version);
      if (stored) return send(req, res, key, stored, scope);
      misses++;
      const flightKey = `${key}\u0000${version}`;
      let pending = inFlight.get(flightKey);
      let response: Awaited<ReturnType<typeof execute>> | null = null;
      if (!pending) {
        const run = execute(req, res, info, parsed);
        pending = run.then((r) => {
          response = r;
          // Stored only when whole (no errors) and when no write landed while it ran: an
          // answer computed across a version bump could mix data of two versions.
          if (r.status !== 200 || ctx.store.version !== version) return null;
          const body = Buffer.from(r.body);
          // Apollo writes "errors" first (its orderExecutionResultFields), so the prefix tells
          // without parsing the whole answer again.
          if (r.body.startsWith('{"errors":')) return null;
          const answer: Answer = {
            version,
            identity: body,
            etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
          };
          answers.set(key, answer, bytesOf(answer));
          return answer;
        });
        inFlight.set(flightKey, pending);
        pending.finally(() => inFlight.delete(flightKey)).catch(() => {});
      }
      const answer = await pending;
      if (answer) return send(req, res, key, answer, scope);
      // Not storable after all (errors, a write meanwhile): this request's own answer.
      const own: Awaited<ReturnType<typeof execute>> =
        response ?? (await execute(req, res, info, parsed));
      for (const [k, v] of own.headers) res.setHeader(k, v);
      res.setHeader('Cache-Control', 'no-store');
      res.status(own.status).send(own.body);
    } catch (error) {
      next(error);
    }
  };

  return {
    handler,
    documents,
    fresh,
    respond,
    stats: () => ({ bytes: answers.bytes, entries: answers.size, hits, misses }),
  };
}
