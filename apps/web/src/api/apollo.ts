import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { i18n } from '../i18n.ts';

/**
 * The only way the dashboard reaches data: GraphQL on the same origin. The request language
 * follows the UI language so bilingual fields (`name`, `title`) come back in it.
 */
export function createApolloClient(uri = '/graphql') {
  const http = new HttpLink({
    uri,
    // The session cookie (httpOnly, set by startSession) goes with every request to this site.
    credentials: 'same-origin',
    fetch: (input, init) =>
      fetch(input, {
        ...init,
        headers: {
          ...(init?.headers ?? {}),
          'accept-language': i18n.language,
          // Apollo's CSRF rule: a GET must carry a header a cross-site form cannot send.
          'apollo-require-preflight': 'true',
        },
      }),
  });
  // Queries are POSTed: the gateway serves them from its stored answers by the document's hash
  // all the same. GET with a persisted-query hash (ETag, 304) stays open to API clients; the
  // dashboard used it for a while, but with cookie sessions its sign-in flow failed ("server
  // error" after a sign-out) in the browser stories, and there was no time to find out why.
  return new ApolloClient({
    link: http,
    cache: new InMemoryCache(),
  });
}
