/** An expected error a write answered with (the union's error branch). */
export interface WriteFailure {
  __typename: string;
  message: string;
  problems?: readonly { path: readonly string[]; message: string }[];
}

/**
 * A write's union answer as data or failure. The error's own message (already in the request's
 * language) and each field's problem are what the user reads.
 */
export function outcome<D>(
  result: { __typename: string; data?: D; message?: string } | null | undefined,
): { ok: true; data: D } | { ok: false; failure: WriteFailure } | null {
  if (!result) return null;
  if ('data' in result && result.data !== undefined) return { ok: true, data: result.data };
  return { ok: false, failure: result as WriteFailure };
}

/** "message — path: problem; path: problem" for an alert. */
export function failureText(f: WriteFailure): string {
  const details = (f.problems ?? [])
    .map((p) => (p.path.length ? `${p.path.join('.')}: ${p.message}` : p.message))
    .filter((d) => d !== f.message);
  return details.length ? `${f.message} — ${details.join('; ')}` : f.message;
}
