import type { ApolloClient } from '@apollo/client';

/**
 * After a write, every figure derived from results may have changed (scorecards, gaps, the
 * ranking, the heatmap, trajectories, exports' links): drop every cached root field except who
 * is signed in, and fetch again what is on screen. Pages visited next load fresh, so the ward
 * page and the overview show the new figures at once.
 */
export async function refreshAfterWrite(client: ApolloClient): Promise<void> {
  client.cache.modify({
    id: 'ROOT_QUERY',
    fields: (value, { fieldName, DELETE }) => (fieldName === 'me' ? value : DELETE),
  });
  client.cache.gc();
  await client.refetchQueries({ include: 'active' });
}
