import { existsSync } from 'node:fs';
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
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { type StoredAnswers, storedAnswers } from './answers/stored-answers.ts';
import { passwordChangeGate } from './auth/password-change-gate.ts';
import { cookieAllowed, sessionCookies, sessionTokenOf } from './auth/session-cookie.ts';
import { SignInThrottle, type SignInThrottleOptions } from './auth/sign-in-throttle.ts';
import { bearerToken } from './auth/tokens.ts';
import { type Viewer, viewerFromToken } from './auth/viewer.ts';
import { type Context, languageFromHeader } from './context.ts';
import type { Env } from './env.ts';
import { consoleErrorLogger, type ErrorLogger, maskErrors } from './errors-masking.ts';
import { exportRouter } from './export/router.ts';
import { templatesRouter } from './export/templates.ts';
import { jsonErrorHandler, jsonNotFound } from './http-errors.ts';
import { schema } from './schema/index.ts';
import { explorerSecurityHeaders, securityHeaders } from './security-headers.ts';
import { Store } from './store/store.ts';

export interface Gateway {
  app: Express;
  store: Store;
  answers: StoredAnswers;
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
}

/** Imports carry files as base64 in variables, so the body may be large; the query text may not. */
const BODY_LIMIT = '8mb';

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
  app.set('trust proxy', 'loopback');
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

  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.rateLimitPerMinute ?? 600,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Per user when the token is valid (an office behind one NAT shares an address), else per
    // address: a made-up token ("Bearer junk1", "junk2"…) must not buy a fresh allowance.
    keyGenerator: (req, res) => {
      const viewer = viewerOf(res);
      return viewer ? `user:${viewer.id}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    message: {
      errors: [
        {
          message: 'Too many requests: slow down and retry in a minute.',
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    },
  });
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

  // A Bearer token when the request sends one (analysts' tools), else the dashboard's session
  // cookie. A request with an Authorization header is judged by it alone: a bad token never
  // falls back to a cookie the browser happened to send.
  const identify: express.RequestHandler = async (req, res, next) => {
    try {
      const bearer = bearerToken(req.headers.authorization);
      const cookie = cookieAllowed(req) ? sessionTokenOf(req) : null;
      res.locals.viewer = req.headers.authorization
        ? await viewerFromToken(db.prisma, bearer)
        : await viewerFromToken(db.prisma, cookie);
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

  return {
    app,
    store,
    answers,
    stop: async () => {
      if (syncTimer) clearInterval(syncTimer);
      await stopWatching?.();
      await apollo.stop();
    },
  };
}
