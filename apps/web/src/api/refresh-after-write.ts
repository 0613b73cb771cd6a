import type { ApolloClient } from '@apollo/client';

/** Who is signed in does not change with a write; refetching it would blank the page's guard. */
const KEPT_FIELDS = new Set(['me']);
const KEPT_QUERIES = new Set(['Viewer']);

/**
 * After a write, every figure derived from results may have changed (scorecards, gaps, the
 * ranking, the heatmap, trajectories): drop every cached root field except who is signed in,
 * and fetch again what is on screen. Pages visited next load fresh, so the ward page and the
 * overview show the new figures at once.
 */
export async function refreshAfterWrite(client: ApolloClient): Promise<void> {
  client.cache.modify({
    id: 'ROOT_QUERY',
    fields: (value, { fieldName, DELETE }) => (KEPT_FIELDS.has(fieldName) ? value : DELETE),
  });
  client.cache.gc();
  const active = [...client.getObservableQueries('active')].filter(
    (q) => !KEPT_QUERIES.has(q.queryName ?? ''),
  );
  await Promise.all(active.map((q) => q.refetch().catch(() => undefined)));
}
