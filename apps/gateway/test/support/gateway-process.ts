import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Test-only: a real gateway process (`src/main.ts`, as `npm start` runs it) on a free loopback
 * port, so the suites can kill it with SIGKILL, restart it, and read its memory from /proc.
 */
export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  /** Peak resident memory of the process (VmHWM) since start or the last resetPeakRss, in MB. */
  peakRssMb: () => number;
  /** Resident memory now (VmRSS), in MB. */
  rssMb: () => number;
  /** Starts peak measurement afresh (Linux: writing 5 to /proc/<pid>/clear_refs). */
  resetPeakRss: () => void;
  kill: (signal: NodeJS.Signals) => Promise<number | null>;
}

const GATEWAY_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const ADMIN = { email: 'admin@haiphong.gov.vn', password: 'mat-khau-du-dai-1' };

export async function startGatewayProcess(
  database: { url?: string; dataDir?: string },
  extraEnv: Record<string, string> = {},
): Promise<GatewayProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    WEB_DIST: '/nonexistent-web-dist',
    LOTRINH_ADMIN_EMAIL: ADMIN.email,
    LOTRINH_ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '1000000',
    SYNC_INTERVAL_SECONDS: '0',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.LOTRINH_DATA_DIR;
  if (database.url) env.DATABASE_URL = database.url;
  if (database.dataDir) env.LOTRINH_DATA_DIR = database.dataDir;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: GATEWAY_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the gateway did not start within 240 s:\n${out}`)),
      // A first start migrates and seeds the embedded database: ~15 s on an idle two-core
      // machine, several times that when the machine is shared.
      240_000,
    );
    const check = () => {
      const match = /is running at (http:\/\/[^\s]+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    peakRssMb: () => procStatusMb(child.pid, 'VmHWM'),
    rssMb: () => procStatusMb(child.pid, 'VmRSS'),
    resetPeakRss: () => writeFileSync(`/proc/${child.pid}/clear_refs`, '5'),
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

function procStatusMb(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  timeoutMs = 30_000,
): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

export async function signIn(url: string): Promise<string> {
  const res = await gql<{ signIn: { data?: { token: string } } }>(
    url,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { ... on MutationSignInSuccess { data { token } } } }',
    { e: ADMIN.email, p: ADMIN.password },
  );
  const token = res.data?.signIn.data?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(res)}`);
  return token;
}
