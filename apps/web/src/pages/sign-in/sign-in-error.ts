import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { failureOf } from '../../api/errors.ts';

/** Why a sign-in failed, in terms the page can word (auth.error.* in the locale files). */
export type SignInFailure =
  | { kind: 'wrong' }
  | { kind: 'throttled'; seconds: number }
  | { kind: 'missingEmail' }
  | { kind: 'missingPassword' }
  | { kind: 'network' }
  | { kind: 'busy' }
  | { kind: 'server' };

/** A thrown error of the startSession request (the wrong-password case comes back as data). */
export function signInFailureOf(error: unknown): SignInFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const limited = error.errors.find((e) => e.extensions?.code === 'RATE_LIMITED');
    if (limited) {
      const seconds = Number(limited.extensions?.retryAfterSeconds);
      return { kind: 'throttled', seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 };
    }
    // An over-long email or password is refused at the boundary: to the person, it is wrong.
    if (error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return { kind: 'wrong' };
    return { kind: 'server' };
  }
  const kind = failureOf(error);
  return kind === 'network' || kind === 'busy' ? { kind } : { kind: 'server' };
}

/** What to check before sending: both fields are needed. */
export function missingField(email: string, password: string): SignInFailure | null {
  if (email.trim() === '') return { kind: 'missingEmail' };
  if (password === '') return { kind: 'missingPassword' };
  return null;
}
