import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  timeouts: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections?: number;
  /** Seconds. */
  duration?: number;
  headers?: Record<string, string>;
}

/** Throughput and latency of one URL under `connections` concurrent keep-alive clients. */
export function load(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL('./load-worker.mjs', import.meta.url)),
      [
        JSON.stringify({
          url: options.url,
          connections: options.connections ?? 10,
          duration: options.duration ?? 3,
          headers: options.headers ?? {},
          timeout: 10,
        }),
      ],
      { execArgv: [] },
    );
    child.once('message', (m) => {
      resolve(m as LoadResult);
      child.kill();
    });
    child.once('error', reject);
  });
}

/**
 * A against B, alternated (A B A B …) so that noise from other work on the machine falls on
 * both: the totals of each side, their requests per second, and the median of their p50/p99.
 */
export async function alternate(
  rounds: number,
  a: LoadOptions,
  b: LoadOptions,
): Promise<{ a: LoadResult; b: LoadResult }> {
  const as: LoadResult[] = [];
  const bs: LoadResult[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(await load(a));
    bs.push(await load(b));
  }
  return { a: combine(as), b: combine(bs) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

function combine(rs: LoadResult[]): LoadResult {
  const sum = (f: (r: LoadResult) => number) => rs.reduce((n, r) => n + f(r), 0);
  return {
    rps: sum((r) => r.rps) / rs.length,
    total: sum((r) => r.total),
    p50: median(rs.map((r) => r.p50)),
    p99: median(rs.map((r) => r.p99)),
    timeouts: sum((r) => r.timeouts),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
  };
}

export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
}
