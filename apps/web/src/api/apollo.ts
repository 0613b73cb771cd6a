import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { i18n } from '../i18n.ts';

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Queries go as GET with the document's sha256 (a persisted query): the gateway answers from
 * its stored answers with an ETag, and the browser revalidates with `If-None-Match` (304, no
 * body). The first time a document is unknown the link sends its text once. Web Crypto exists
 * only in secure contexts (https, localhost): on plain http elsewhere the dashboard POSTs its
 * queries.
 */
function persistedQueries(): ApolloLink | null {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  return new PersistedQueryLink({
    sha256: async (text: string) =>
      hex(await subtle.digest('SHA-256', new TextEncoder().encode(text))),
    useGETForHashedQueries: true,
  });
}

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
  const persisted = persistedQueries();
  // Only queries have stored answers: mutations are POSTed with their text, in one request
  // (by hash they would cost a PERSISTED_QUERY_NOT_FOUND round trip the first time).
  const link = persisted
    ? ApolloLink.split((op) => op.operationType === 'query', persisted.concat(http), http)
    : http;
  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
  });
}
