import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import accepts from 'accepts';
import proxyaddr from 'proxy-addr';
import { documentHash, operationOf } from './answers/operation.ts';
import {
  keyOf,
  preflighted,
  type StoredAnswers,
  scopeOf,
  variablesDigest,
} from './answers/stored-answers.ts';
import { requestToken } from './auth/request-token.ts';
import type { ViewerCache } from './auth/viewer-cache.ts';
import { languageFromHeader } from './context.ts';
import { type ApiRateLimit, rateLimitKey } from './rate-limit.ts';
import type { Store } from './store/store.ts';

export interface FrontDoorOptions {
  answers: StoredAnswers;
  store: Store;
  viewers: ViewerCache;
  rateLimit: ApiRateLimit;
  /** Every response's security headers (helmet's, computed once: `securityHeaderList`). */
  securityHeaders: readonly (readonly [string, string])[];
  /** Longest GraphQL document accepted in a GET's query string, in characters. */
  maxDocumentLength: number;
  /** Express's `trust proxy` setting, so the client address (rate-limit key) is the same. */
  trustProxy: string;
}

/** What a `/graphql?…` query string asks for, read once per distinct URL. */
interface Asked {
  hash?: string;
  text?: string;
  operationName: string;
  variables: string;
}

/** URLs whose parameters are remembered: how many, and how long each may be. */
const MEMO_URLS = 2_000;
const MEMO_URL_LENGTH = 2_048;
const PARAMETERS = new Set(['query', 'operationName', 'variables', 'extensions']);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const json = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

/**
 * Reads a persisted-query GET's parameters the way Express does (node's querystring), or null
 * for anything unusual (a repeated or unknown parameter, malformed JSON, a missing hash):
 * Express then answers it, with its own errors.
 */
function readAsked(search: string, maxDocumentLength: number): Asked | null {
  const params = parseQuery(search);
  for (const [name, value] of Object.entries(params))
    if (!PARAMETERS.has(name) || typeof value !== 'string') return null;
  const { query, operationName } = params as Record<string, string | undefined>;
  const extensions = json(params.extensions as string | undefined);
  const variables = json(params.variables as string | undefined) ?? {};
  if (!isObject(extensions) || !isObject(variables)) return null;
  const pq = extensions.persistedQuery;
  // Other extensions (Apollo Client 4 names itself in `clientLibrary`) do not change the answer.
  if (
    !isObject(pq) ||
    pq.version !== 1 ||
    typeof pq.sha256Hash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(pq.sha256Hash)
  )
    return null;
  if (
    query !== undefined &&
    (query.length > maxDocumentLength || documentHash(query) !== pq.sha256Hash)
  )
    return null;
  return {
    hash: pq.sha256Hash,
    ...(query !== undefined ? { text: query } : {}),
    operationName: operationName ?? '',
    variables: variablesDigest(variables),
  };
}

/**
 * The front door: a plain `node:http` handler in front of the Express app that answers the
 * requests that dominate a busy dashboard — a GET of a persisted query whose stored answer is
 * current — with the stored bytes or `304 Not Modified`, without Express's router, body parser,
 * compression wrapper or Apollo. Everything else (misses, POST, mutations, the explorer, any
 * unusual request, and a request over its rate limit) goes on to Express untouched; the
 * function returns false for those and the caller hands the request to the app.
 *
 * What the front door serves must be what Express would have served: the same helmet headers
 * (computed once), the same CSRF rule (a preflight header on GET), the same caller (a Bearer
 * token alone decides when sent; else the session cookie, Fetch-Metadata permitting), one
 * request counted in the same rate-limit store under the same key, the same key of the stored
 * answer (document, operation, variables, language, scope) checked against the current data
 * version, and the same ETag, Cache-Control and Vary (`StoredAnswers.respond`).
 */
export interface FrontDoor {
  /** false (synchronously, for most requests) or a promise: true when answered here. */
  answer: (req: IncomingMessage, res: ServerResponse) => false | Promise<boolean>;
  /** Requests answered here (200 or 304) and the 304s among them, for tests and the bench. */
  stats: () => { served: number; notModified: number };
}

export function frontDoor(options: FrontDoorOptions): FrontDoor {
  const { answers, store, viewers, rateLimit } = options;
  const trust = proxyaddr.compile(options.trustProxy);
  const security = options.securityHeaders.flat();
  /** Parameters per URL: the dashboard asks the same few hundred URLs again and again. */
  const asked = new Map<string, Asked | null>();
  /** Accept headers that would get the explorer page instead (Express's `req.accepts`). */
  const wantsPage = new Map<string, boolean>();
  let served = 0;
  let notModified = 0;

  const askedOf = (url: string): Asked | null => {
    let found = asked.get(url);
    if (found === undefined) {
      found = readAsked(url.slice('/graphql?'.length), options.maxDocumentLength);
      // Only short URLs are kept (at most ~4 MB of them): long ones are read every time.
      if (url.length <= MEMO_URL_LENGTH) {
        if (asked.size >= MEMO_URLS) asked.clear();
        asked.set(url, found);
      }
    }
    return found;
  };

  const explorerWanted = (req: IncomingMessage) => {
    const header = req.headers.accept ?? '';
    let wanted = wantsPage.get(header);
    if (wanted === undefined) {
      wanted = accepts(req).types(['application/json', 'text/html']) === 'text/html';
      if (wantsPage.size >= 200) wantsPage.clear();
      wantsPage.set(header, wanted);
    }
    return wanted;
  };

  async function serve(req: IncomingMessage, res: ServerResponse, a: Asked): Promise<boolean> {
    const info =
      a.text !== undefined
        ? answers.documents.byText(a.text)
        : answers.documents.byHash(a.hash as string);
    if (!info) return false;
    const operation = operationOf(info, a.operationName);
    if (!operation?.query || !operation.storable) return false;
    const token = requestToken(req);
    const known = viewers.cached(token);
    const viewer = known !== undefined ? known : await viewers.viewer(token);
    const scope = scopeOf(viewer);
    const key = keyOf({
      hash: info.hash,
      operationName: a.operationName,
      variables: a.variables,
      lang: languageFromHeader(req.headers['accept-language']),
      scope,
    });
    if (!answers.fresh(key, store.version, { count: false })) return false;
    // The client address only when it is the key: proxy-addr, as Express's req.ip (without a
    // forwarded header that is the socket's address, so it is not parsed for nothing).
    const address = () =>
      req.headers['x-forwarded-for'] === undefined
        ? (req.socket.remoteAddress ?? '')
        : proxyaddr(req, trust);
    const counted = await rateLimit.count(rateLimitKey(viewer, viewer ? '' : address()));
    if (!counted) return false; // over the limit: Express counts it and answers 429
    // A write may have landed while the request was counted: then Express computes it afresh.
    const answer = answers.fresh(key, store.version);
    if (!answer) {
      await counted.undo();
      return false;
    }
    const out = answers.respond(req, key, answer, scope);
    // A 304 carries the validators and caching metadata only (see NOT_MODIFIED_DROPS): the
    // browser keeps the stored 200's other headers, helmet's included (answers/stored-answers.ts).
    const headers: (string | number)[] = [
      ...(out.status === 304 ? [] : security),
      ...counted.headers.flat(),
    ];
    for (const [name, value] of out.headers) headers.push(name, value);
    res.writeHead(out.status, headers as unknown as string[]);
    res.end(out.body ?? undefined);
    served++;
    if (out.status === 304) notModified++;
    return true;
  }

  const answer: FrontDoor['answer'] = (req, res) => {
    try {
      return tryAnswer(req, res);
    } catch {
      return false; // nothing sent yet: Express answers, with its own errors
    }
  };
  const tryAnswer: FrontDoor['answer'] = (req, res) => {
    const url = req.url;
    if (req.method !== 'GET' || !url?.startsWith('/graphql?')) return false;
    const a = askedOf(url);
    // No preflight header: Express counts it and Apollo refuses it (CSRF). No query text and
    // a browser asking for a page: Express serves the explorer.
    if (!a || !preflighted(req) || (a.text === undefined && explorerWanted(req))) return false;
    return serve(req, res, a).catch(() => {
      if (res.headersSent) {
        res.destroy();
        return true;
      }
      return false;
    });
  };
  return { answer, stats: () => ({ served, notModified }) };
}
