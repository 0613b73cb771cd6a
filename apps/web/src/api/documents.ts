import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from './graphql.ts';
import type { DocumentInfo } from './sources.ts';

export const DOCUMENTS_QUERY = graphql(`
  query Documents {
    wards {
      slug
      name
      kind
      documents { file kind periodStart periodEnd }
    }
  }
`);

/** The source documents by file, so a source is named by its document, not its file name. */
export function useDocuments(): ReadonlyMap<string, DocumentInfo> {
  const { data } = useQuery(DOCUMENTS_QUERY);
  return useMemo(
    () =>
      new Map(
        (data?.wards ?? []).flatMap((w) =>
          w.documents.map((d) => [d.file, { ...d, ward: `${w.kind} ${w.name}` }] as const),
        ),
      ),
    [data],
  );
}
