import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit';
import type { Viewer } from './auth/viewer.ts';

const WINDOW_MS = 60_000;

export interface Counted {
  headers: [name: string, value: string][];
  /** Takes the request back out of the count (it went on to Express after all). */
  undo: () => Promise<void>;
}

export interface ApiRateLimit {
  /** express-rate-limit's middleware, for `/graphql` and `/export` in Express. */
  middleware: RequestHandler;
  /**
   * Counts one request of `key` in the same store as the middleware, for the front door. The
   * headers the middleware would have set, or null when the request is over the limit: it is
   * then not counted here, and Express (which counts it and refuses it with its 429) takes it.
   */
  count: (key: string) => Promise<Counted | null>;
}

/**
 * Per user when the token is valid (an office behind one NAT shares an address), else per
 * address: a made-up token ("Bearer junk1", "junk2"…) must not buy a fresh allowance.
 */
export const rateLimitKey = (viewer: Viewer | null, ip: string) =>
  viewer ? `user:${viewer.id}` : `ip:${ipKeyGenerator(ip)}`;

/**
 * One limiter, two doors: express-rate-limit's middleware and its MemoryStore, which the front
 * door increments directly. The IETF draft-8 headers the middleware sets are rebuilt here the
 * way express-rate-limit 8.7 builds them (front-door.test.ts compares both doors' headers).
 */
export function apiRateLimit(
  limit: number,
  viewerOf: (res: { locals: Record<string, unknown> }) => Viewer | null,
): ApiRateLimit {
  const store = new MemoryStore();
  const name = `${limit}-in-${WINDOW_MS / 60_000}min`;
  const middleware = rateLimit({
    windowMs: WINDOW_MS,
    limit,
    store,
    identifier: name,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // As `rateLimitKey` (written out: express-rate-limit checks its source for ipKeyGenerator).
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
  // The policy header names the key by a hash: computed once per key, not per request.
  const partitions = new Map<string, string>();
  const partitionOf = (key: string) => {
    let pk = partitions.get(key);
    if (pk === undefined) {
      if (partitions.size >= 10_000) partitions.clear();
      const hex = createHash('sha256').update(key).digest('hex').slice(0, 12);
      pk = Buffer.from(hex).toString('base64');
      partitions.set(key, pk);
    }
    return pk;
  };
  const count = async (key: string) => {
    const { totalHits, resetTime } = await store.increment(key);
    if (totalHits > limit) {
      await store.decrement(key);
      return null;
    }
    const reset = resetTime
      ? Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1000))
      : Math.ceil(WINDOW_MS / 1000);
    return {
      headers: [
        ['RateLimit', `"${name}"; r=${Math.max(limit - totalHits, 0)}; t=${reset}`],
        [
          'RateLimit-Policy',
          `"${name}"; q=${limit}; w=${WINDOW_MS / 1000}; pk=:${partitionOf(key)}:`,
        ],
      ],
      undo: () => store.decrement(key),
    } satisfies Counted;
  };
  return { middleware, count };
}
