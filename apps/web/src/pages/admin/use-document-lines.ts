import { useQuery } from '@apollo/client/react';
import { DOCUMENT_LINES_QUERY } from './queries.ts';

/** A stored document's lines (1-based as cited), fetched once and cached. */
export function useDocumentLines(id: string | null) {
  const q = useQuery(DOCUMENT_LINES_QUERY, { variables: { id: id ?? '' }, skip: !id });
  return {
    document: q.data?.document ?? null,
    lines: q.data?.document?.lines ?? [],
    loading: q.loading,
    error: q.error,
    refetch: q.refetch,
  };
}
