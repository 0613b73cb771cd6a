import { graphql } from '../../api/graphql.ts';

export const IMPORT_WARD_QUERY = graphql(`
  query ImportWard($ward: String!) {
    ward(slug: $ward) { slug name: nameVi kind }
  }
`);

/** Dry run (nothing written) or the real import, started in the background. */
export const IMPORT_RESULTS = graphql(`
  mutation ImportResults(
    $fileName: String!
    $format: ImportFormat!
    $content: String!
    $dryRun: Boolean!
    $background: Boolean!
  ) {
    importObservations(
      fileName: $fileName
      format: $format
      contentBase64: $content
      dryRun: $dryRun
      background: $background
    ) {
      __typename
      ... on MutationImportObservationsSuccess {
        data {
          id status dryRun totalRows processedRows newRows corrections unchanged conflicts
          errors { row column columnName message }
        }
      }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);

/** An import's progress (polled while it runs), then its result and what it changed. */
export const IMPORT_JOB_QUERY = graphql(`
  query ImportJobProgress($id: ID!) {
    importJob(id: $id) {
      id fileName status totalRows processedRows newRows corrections unchanged conflicts
      createdAt finishedAt
      errors { row column columnName message }
      changes { ward indicator year rows corrections }
    }
  }
`);
