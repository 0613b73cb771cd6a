import { existsSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Database } from '@lotrinh/schema';
import compression from 'compression';
import express, { type Express } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { type StoredAnswers, storedAnswers } from './answers/stored-answers.ts';
import { passwordChangeGate } from './auth/password-change-gate.ts';
import { requestToken } from './auth/request-token.ts';
import { sessionCookies } from './auth/session-cookie.ts';
import { SignInThrottle, type SignInThrottleOptions } from './auth/sign-in-throttle.ts';
import type { Viewer } from './auth/viewer.ts';
import { ViewerCache, type ViewerCacheOptions } from './auth/viewer-cache.ts';
import { type Context, languageFromHeader } from './context.ts';
import type { Env } from './env.ts';
import { consoleErrorLogger, type ErrorLogger, maskErrors } from './errors-masking.ts';
import { exportRouter } from './export/router.ts';
import { templatesRouter } from './export/templates.ts';
import { type FrontDoor, frontDoor } from './front-door.ts';
import { jsonErrorHandler, jsonNotFound } from './http-errors.ts';
import { apiRateLimit } from './rate-limit.ts';
import { schema } from './schema/index.ts';
import {
  explorerSecurityHeaders,
  securityHeaderList,
  securityHeaders,
} from './security-headers.ts';
import { Store } from './store/store.ts';

export interface Gateway {
  /** The Express app alone (no front door): for mounting elsewhere. */
  app: Express;
  /** The request listener to serve: the front door, then the app for everything it leaves. */
  handle: RequestListener;
  /** An HTTP server on `handle`, listening (as Express's `app.listen`). */
  listen: (port: number, host: string, onListening?: () => void) => Server;
  store: Store;
  answers: StoredAnswers;
  frontDoor: FrontDoor;
  viewers: ViewerCache;
  stop: () => Promise<void>;
}

export interface GatewayOptions {
  /** Requests per minute per token (or per address without one). */
  rateLimitPerMinute?: number;
  /** Largest GraphQL document (query text) accepted, in characters. */
  maxDocumentLength?: number;
  /** Sign-in lock-outs per account and per address (defaults: 5 and 20 failures in 15 min). */
  signInThrottle?: SignInThrottleOptions;
  logError?: ErrorLogger;
  /** Memory for stored answers, in bytes (default 64 MB). */
  storedAnswerBytes?: number;
  /**
   * How often to look for writes made by other gateways (or scripts) on the same database, in
   * milliseconds (one read of the DataVersion rows each time); 0 turns it off. On PostgreSQL
   * those writes are also heard at once through notifications; the poll catches what a dropped
   * listening connection missed.
   */
  syncIntervalMs?: number;
  /** Cached token lookups (default: trusted for 5 s, dropped at once when people change here). */
  viewerCache?: ViewerCacheOptions;
}

/** Imports carry files as base64 in variables, so the body may be large; the query text may not. */
const BODY_LIMIT = '8mb';

/** Express's `trust proxy`: a loopback reverse proxy may name the client (X-Forwarded-For). */
const TRUST_PROXY = 'loopback';

/** The caller behind a request's token, resolved once per request (null: none or not valid). */
const viewerOf = (res: { locals: Record<string, unknown> }) =>
  (res.locals.viewer as Viewer | null | undefined) ?? null;

/**
 * One Express app serves `/graphql`, `/export/*`, `/healthz`, `/readyz`, the GraphQL explorer
 * and the built dashboard, so the product runs on a single port. Transport only: resolvers
 * live in `schema/`, writes in `services/`, the read model in `store/`.
 */
export async function createGateway(
  env: Pick<Env, 'WEB_DIST' | 'NODE_ENV'>,
  db: Database,
  options: GatewayOptions = {},
): Promise<Gateway> {
  const store = await Store.load(db.prisma);
  const logError = options.logError ?? consoleErrorLogger;
  const signInThrottle = new SignInThrottle(options.signInThrottle);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // Apollo's default landing page loads Sandbox from a CDN, which the city's network cannot reach.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      passwordChangeGate(),
      // Apollo's cache-control plugin wraps every resolver to gather cache hints, which this
      // schema never sets (stored answers send their own Cache-Control): ~3 ms of each cold
      // five-ward comparison.
      ApolloServerPluginCacheControlDisabled(),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(logError),
    // Automatic persisted queries are not used by the dashboard: a probe gets a clean
    // PERSISTED_QUERY_NOT_SUPPORTED, and nobody can fill a query cache.
    persistedQueries: false,
    // CSRF prevention is on by default: simple GET/form requests without a JSON content type are refused.
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', TRUST_PROXY);
  // Brotli or gzip, as the client accepts, for every text response (API, exports, the app's
  // files); Express's own middleware, so streaming, Vary and HEAD are handled for us.
  app.use(compression());
  // Express's own setting only: error bodies are JSON without stacks in every mode.
  app.set('env', env.NODE_ENV);
  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready only when the database answers: a load balancer should stop sending traffic otherwise.
  app.get('/readyz', async (_req, res) => {
    try {
      await db.withSession((s) => s.query('SELECT 1'));
      res.json({ status: 'ready', database: db.kind, dataVersion: store.version });
    } catch {
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  });

  // One limiter store for Express and the front door: a request counts once, on either path.
  const rateLimit = apiRateLimit(options.rateLimitPerMinute ?? 600, viewerOf);
  const limiter = rateLimit.middleware;
  const maxDocumentLength = options.maxDocumentLength ?? 20_000;
  const dist = resolve(env.WEB_DIST);
  const explorerPage = resolve(dist, 'explorer.html');
  // `root` makes send check dot segments only below it: an install under ~/.apps/ still works.
  const fromDist = { root: dist, dotfiles: 'deny' } as const;

  const contextOf = async (req: express.Request, res: express.Response): Promise<Context> => ({
    lang: languageFromHeader(req.headers['accept-language']),
    prisma: db.prisma,
    db,
    store,
    viewer: viewerOf(res),
    clientAddress: ipKeyGenerator(req.ip ?? ''),
    signInThrottle,
    session: sessionCookies(req, res),
  });
  const answers = storedAnswers(apollo, contextOf, {
    maxDocumentLength,
    ...(options.storedAnswerBytes ? { maxBytes: options.storedAnswerBytes } : {}),
  });

  // The caller: a Bearer token when the request sends one, else the session cookie (see
  // `requestToken`), looked up through a short cache that people changes clear at once.
  const viewers = new ViewerCache(db.prisma, () => store.credentialsVersion, options.viewerCache);
  const identify: express.RequestHandler = async (req, res, next) => {
    try {
      res.locals.viewer = await viewers.viewer(requestToken(req));
      next();
    } catch (error) {
      next(error);
    }
  };

  // A browser opening /graphql gets the bundled GraphiQL explorer; API clients get GraphQL.
  const explorerHeaders = explorerSecurityHeaders();
  app.get('/graphql', (req, res, next) => {
    if (
      req.query.query === undefined &&
      req.accepts(['application/json', 'text/html']) === 'text/html' &&
      existsSync(explorerPage)
    ) {
      explorerHeaders(req, res, () => res.sendFile('explorer.html', fromDist));
      return;
    }
    next();
  });
  app.get(['/explorer', '/explorer.html'], explorerHeaders);

  app.use(
    '/graphql',
    identify,
    limiter,
    express.json({ limit: BODY_LIMIT }),
    (req, res, next) => {
      const query = (req.body as { query?: unknown } | undefined)?.query;
      if (typeof query === 'string' && query.length > maxDocumentLength) {
        res.status(413).json({
          errors: [
            {
              message: `The GraphQL document is longer than ${maxDocumentLength} characters.`,
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        });
        return;
      }
      next();
    },
    answers.handler,
    expressMiddleware(apollo, { context: ({ req, res }) => contextOf(req, res) }),
  );
  // Import templates first: "/export/templates/…" is not an export dataset.
  app.use('/export/templates', identify, limiter, templatesRouter(store));
  app.use('/export', identify, limiter, exportRouter(store));

  if (existsSync(resolve(dist, 'index.html'))) {
    // Vite names every file under /assets by its content hash: a changed file is a new URL, so
    // browsers may keep these for a year. A missing asset is a 404, never the app shell.
    app.use(
      '/assets',
      express.static(resolve(dist, 'assets'), {
        immutable: true,
        maxAge: '1y',
        index: false,
        fallthrough: false,
      }),
    );
    // The HTML pages name the current hashes: always revalidated. `extensions` lets /explorer
    // serve explorer.html.
    const noCache = (res: express.Response) => res.setHeader('Cache-Control', 'no-cache');
    app.use(
      express.static(dist, { index: 'index.html', extensions: ['html'], setHeaders: noCache }),
    );
    // Client-side routes (/wards/…, /indicators/…) fall back to the app shell.
    app.get(/^\/(?!graphql|healthz|readyz|export|assets).*/, (_req, res) => {
      noCache(res);
      res.sendFile('index.html', fromDist);
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          `The dashboard is not built (${dist}/index.html is missing). Run "npm start" from the repository root.`,
        );
    });
  }

  app.use(jsonNotFound);
  app.use(jsonErrorHandler(logError, BODY_LIMIT));

  // Other gateways' writes reach this one's read model (and drop its stored answers) here: at
  // once through the database's notifications (PostgreSQL), and by polling every interval,
  // which also catches what was missed while the listening connection was down. Syncs never
  // overlap: a change heard during one runs one more after it.
  let syncing = false;
  let syncAgain = false;
  const syncSoon = () => {
    if (syncing) {
      syncAgain = true;
      return;
    }
    syncing = true;
    store
      .sync()
      .catch((error: Error) =>
        logError({
          errorId: 'sync',
          message: `Could not pick up other gateways' writes: ${error.message}`,
          error,
        }),
      )
      .finally(() => {
        syncing = false;
        if (syncAgain) {
          syncAgain = false;
          syncSoon();
        }
      });
  };
  const syncTimer = options.syncIntervalMs ? setInterval(syncSoon, options.syncIntervalMs) : null;
  syncTimer?.unref();
  const stopWatching =
    options.syncIntervalMs && db.watchDataChanges
      ? db.watchDataChanges(syncSoon, (error) =>
          logError({
            errorId: 'sync-watch',
            message: `Lost the database's change notifications (retrying; polling meanwhile): ${error.message}`,
            error,
          }),
        )
      : null;

  const front = frontDoor({
    answers,
    store,
    viewers,
    rateLimit,
    securityHeaders: securityHeaderList(),
    maxDocumentLength,
    trustProxy: TRUST_PROXY,
  });
  const handle: RequestListener = (req, res) => {
    const answered = front.answer(req, res);
    if (answered === false) app(req, res);
    else
      void answered.then((done) => {
        if (!done) app(req, res);
      });
  };

  return {
    app,
    handle,
    listen: (port, host, onListening) => createServer(handle).listen(port, host, onListening),
    store,
    answers,
    frontDoor: front,
    viewers,
    stop: async () => {
      if (syncTimer) clearInterval(syncTimer);
      await stopWatching?.();
      await apollo.stop();
    },
  };
}
