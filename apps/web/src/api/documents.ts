import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from './graphql.ts';
import type { DocumentInfo } from './sources.ts';
import { wardLabel } from './wards.ts';

export const DOCUMENTS_QUERY = graphql(`
  query Documents {
    wards {
      slug
      name: nameVi
      kind
      documents { file kind periodStart periodEnd }
    }
  }
`);

/** The source documents by file, so a source is named by its document, not its file name. */
export function useDocuments(): ReadonlyMap<string, DocumentInfo> {
  const { t } = useTranslation();
  const { data } = useQuery(DOCUMENTS_QUERY);
  return useMemo(
    () =>
      new Map(
        (data?.wards ?? []).flatMap((w) =>
          w.documents.map((d) => [d.file, { ...d, ward: wardLabel(w, t) }] as const),
        ),
      ),
    [data, t],
  );
}
