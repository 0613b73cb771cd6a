// @vitest-environment node
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { failureOf, isRetryable } from './errors.ts';

const graphqlError = (code: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code } }] });
const serverError = (status: number) =>
  new ServerError('x', { response: new Response('', { status }), bodyText: '' });

describe('failures and retry', () => {
  it.each([
    [graphqlError('BAD_USER_INPUT'), 'badInput', false],
    [graphqlError('NOT_FOUND'), 'notFound', false],
    [graphqlError('FORBIDDEN'), 'forbidden', false],
    [graphqlError('INTERNAL_SERVER_ERROR'), 'server', true],
    [serverError(429), 'busy', true],
    [serverError(503), 'server', true],
    [serverError(400), 'badInput', false],
    [new TypeError('Failed to fetch'), 'network', true],
  ])('%s → %s (retry: %s)', (error, kind, retry) => {
    expect(failureOf(error)).toBe(kind);
    expect(isRetryable(failureOf(error))).toBe(retry);
  });
});
