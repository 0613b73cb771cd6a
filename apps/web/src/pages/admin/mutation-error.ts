import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { failureOf } from '../../api/errors.ts';

/**
 * A failed write as the user should read it: the API's own message for input it refused (it is
 * already in the request's language and names the field or row), else what kind of failure.
 */
export function mutationMessage(error: unknown, t: TFunction): string {
  const kind = failureOf(error);
  if (
    (kind === 'badInput' || kind === 'forbidden' || kind === 'notFound') &&
    CombinedGraphQLErrors.is(error)
  )
    return error.errors.map((e) => e.message).join(' ');
  return t(`state.error.${kind}`);
}
