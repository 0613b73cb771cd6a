import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Database } from '@lotrinh/schema';
import express, { type Express } from 'express';
import { type Context, languageFromHeader } from './context.ts';
import type { Env } from './env.ts';
import { schema } from './schema/index.ts';

export interface Gateway {
  app: Express;
  stop: () => Promise<void>;
}

/**
 * One Express app serves `/graphql`, `/healthz`, `/readyz` and the built dashboard, so the
 * product runs on a single port. Transport only: resolvers live in `schema/`.
 */
export async function createGateway(
  env: Pick<Env, 'WEB_DIST' | 'NODE_ENV'>,
  db: Database,
): Promise<Gateway> {
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // Apollo's default landing page loads Sandbox from a CDN, which the city's network cannot reach.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: env.NODE_ENV === 'development',
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready only when the database answers: a load balancer should stop sending traffic otherwise.
  app.get('/readyz', async (_req, res) => {
    try {
      await db.withSession((s) => s.query('SELECT 1'));
      res.json({ status: 'ready', database: db.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        lang: languageFromHeader(req.headers['accept-language']),
        prisma: db.prisma,
      }),
    }),
  );

  const dist = resolve(env.WEB_DIST);
  if (existsSync(resolve(dist, 'index.html'))) {
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes fall back to the app shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(resolve(dist, 'index.html'));
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

  return { app, stop: () => apollo.stop() };
}
