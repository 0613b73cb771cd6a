import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface SignInThrottleOptions {
  /** Wrong passwords for one account (from any address) before it is locked for a while. */
  perAccount?: number;
  /** Wrong passwords from one address (for any accounts) before it is locked for a while. */
  perAddress?: number;
  /** Window in which failures are counted, in seconds. */
  windowSeconds?: number;
  /** First lock-out; each further one within a day doubles, up to `maxLockSeconds`. */
  firstLockSeconds?: number;
  maxLockSeconds?: number;
}

const DEFAULTS = {
  perAccount: 5,
  perAddress: 20,
  windowSeconds: 15 * 60,
  firstLockSeconds: 60,
  maxLockSeconds: 60 * 60,
} as const;

/** One dimension (account or address): failures in a window, and lock-outs that double. */
class Dimension {
  private readonly failures: RateLimiterMemory;
  private readonly lockouts: RateLimiterMemory;

  constructor(
    private readonly limit: number,
    private readonly options: Required<SignInThrottleOptions>,
  ) {
    this.failures = new RateLimiterMemory({ points: limit, duration: options.windowSeconds });
    this.lockouts = new RateLimiterMemory({ points: 1_000_000, duration: 24 * 60 * 60 });
  }

  /** Milliseconds until the key may try again (0 = now). */
  async waitMs(key: string): Promise<number> {
    const res = await this.failures.get(key);
    return res && res.consumedPoints > this.limit && res.msBeforeNext > 0 ? res.msBeforeNext : 0;
  }

  async fail(key: string): Promise<void> {
    const res = await this.failures.penalty(key, 1);
    if (res.consumedPoints < this.limit) return;
    const { consumedPoints: lockouts } = await this.lockouts.penalty(key, 1);
    const seconds = Math.min(
      this.options.firstLockSeconds * 2 ** (lockouts - 1),
      this.options.maxLockSeconds,
    );
    await this.failures.block(key, seconds);
  }

  async reset(key: string): Promise<void> {
    await this.failures.delete(key);
    await this.lockouts.delete(key);
  }
}

/**
 * Brute-force protection for signIn: after `perAccount` wrong passwords for one email, or
 * `perAddress` from one address, further attempts are refused without checking the password
 * for a lock-out that doubles each time (1 min, 2, 4 … up to an hour). A right password resets
 * the account (not the address). Counters live in this process (rate-limiter-flexible's memory
 * store); gateways sharing a PostgreSQL server could switch to its PostgreSQL store.
 */
export class SignInThrottle {
  private readonly account: Dimension;
  private readonly address: Dimension;

  constructor(options: SignInThrottleOptions = {}) {
    const o = { ...DEFAULTS, ...options };
    this.account = new Dimension(o.perAccount, o);
    this.address = new Dimension(o.perAddress, o);
  }

  /** Seconds to wait before this account may try from this address (0 = go ahead). */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const ms = Math.max(await this.account.waitMs(email), await this.address.waitMs(address));
    return Math.ceil(ms / 1000);
  }

  async failed(email: string, address: string): Promise<void> {
    await this.account.fail(email);
    await this.address.fail(address);
  }

  async succeeded(email: string): Promise<void> {
    await this.account.reset(email);
  }
}
