import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** What went wrong, in the terms a reader can act on. */
export type FailureKind = 'network' | 'busy' | 'server' | 'notFound' | 'badInput' | 'forbidden';

/** Codes of errors the request itself caused: sending it again gives the same answer. */
const PERMANENT: Record<string, FailureKind> = {
  BAD_USER_INPUT: 'badInput',
  GRAPHQL_VALIDATION_FAILED: 'badInput',
  NOT_FOUND: 'notFound',
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'forbidden',
};

export function failureOf(error: unknown): FailureKind {
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const kind = PERMANENT[String(e.extensions?.code ?? '')];
      if (kind) return kind;
    }
    return 'server';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    if (error.statusCode === 429) return 'busy';
    if (error.statusCode === 400 || error.statusCode === 413) return 'badInput';
    if (error.statusCode === 404) return 'notFound';
    return 'server';
  }
  // fetch() rejected: no answer at all (offline, gateway restarting).
  return 'network';
}

/** Only failures that may go away by themselves are offered a "try again". */
export function isRetryable(kind: FailureKind): boolean {
  return kind === 'network' || kind === 'busy' || kind === 'server';
}
