import type { PrismaClient } from '@lotrinh/schema';
import { hashToken } from './tokens.ts';
import { lookupToken, type Viewer } from './viewer.ts';

export interface ViewerCacheOptions {
  /**
   * How long one lookup is trusted, in milliseconds (default 5 s). This process drops its
   * entries at once when people or tokens change here (`credentialsVersion`) or another
   * gateway changes a user (`Store.sync`); a token another gateway revokes (tokens do not move
   * the shared data version) is honoured here for at most this long.
   */
  ttlMs?: number;
  /** Entries kept at most (oldest dropped first). */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  viewer: Viewer | null;
  /** Until when this lookup is trusted: the TTL, or the token's own expiry if sooner. */
  until: number;
  credentials: number;
}

/**
 * The caller behind a token (bearer or session cookie), looked up once and kept briefly, keyed
 * by the token's sha256 (never the token itself). Without it every request, stored answers and
 * 304s included, queried the database for its token. Unknown and revoked tokens are kept too
 * (as null), so made-up tokens cost one query each per TTL, as before per request.
 */
export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  lookups = 0;

  constructor(
    private readonly prisma: PrismaClient,
    /** `Store.credentialsVersion`: an entry older than it is not trusted. */
    private readonly credentialsVersion: () => number,
    options: ViewerCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 5_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? (() => Date.now());
  }

  /** The cached entry when still trusted, else undefined (the caller then awaits `viewer`). */
  cached(token: string | null): Viewer | null | undefined {
    if (!token) return null;
    const entry = this.entries.get(hashToken(token));
    if (!entry || entry.credentials !== this.credentialsVersion() || this.now() >= entry.until)
      return undefined;
    return entry.viewer;
  }

  async viewer(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const key = hashToken(token);
    const entry = this.entries.get(key);
    const credentials = this.credentialsVersion();
    const now = this.now();
    if (entry && entry.credentials === credentials && now < entry.until) return entry.viewer;
    this.lookups++;
    const { viewer, expiresAt } = await lookupToken(this.prisma, token, new Date(now));
    // A revocation or a change of role that landed while the query ran may not be in its row:
    // such a lookup answers this request but is not kept.
    if (this.credentialsVersion() === credentials) {
      this.entries.delete(key);
      if (this.entries.size >= this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      const until = Math.min(now + this.ttlMs, expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
      this.entries.set(key, { viewer, until, credentials });
    }
    return viewer;
  }
}
