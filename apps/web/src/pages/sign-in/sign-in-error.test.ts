import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { missingField, signInFailureOf } from './sign-in-error.ts';

const graphqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('why a sign-in failed', () => {
  it.each([
    [
      graphqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 120 }),
      { kind: 'throttled', seconds: 120 },
    ],
    [graphqlError({ code: 'RATE_LIMITED' }), { kind: 'throttled', seconds: 60 }],
    [graphqlError({ code: 'BAD_USER_INPUT' }), { kind: 'wrong' }],
    [graphqlError({ code: 'INTERNAL_SERVER_ERROR' }), { kind: 'server' }],
    [new TypeError('Failed to fetch'), { kind: 'network' }],
    [
      new ServerError('busy', { response: new Response('', { status: 429 }), bodyText: '' }),
      { kind: 'busy' },
    ],
  ])('%s → %j', (error, expected) => {
    expect(signInFailureOf(error)).toEqual(expected);
  });

  it.each([
    ['', 'x', { kind: 'missingEmail' }],
    ['   ', 'x', { kind: 'missingEmail' }],
    ['a@b.vn', '', { kind: 'missingPassword' }],
    ['a@b.vn', 'mat-khau', null],
  ])('email %j, password %j → %j', (email, password, expected) => {
    expect(missingField(email, password)).toEqual(expected);
  });
});
