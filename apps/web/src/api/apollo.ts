import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { i18n } from '../i18n.ts';

/**
 * The only way the dashboard reaches data: GraphQL on the same origin. The request language
 * follows the UI language so bilingual fields (`name`, `title`) come back in it.
 */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      // The session cookie (httpOnly, set by startSession) goes with every request to this site.
      credentials: 'same-origin',
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers ?? {}), 'accept-language': i18n.language },
        }),
    }),
    cache: new InMemoryCache(),
  });
}
