import { graphql } from '../../api/graphql.ts';

/** The ward, its targets for the year (as printed) and the catalog to add other indicators from. */
export const ENTRY_QUERY = graphql(`
  query EntryForm($ward: String!, $year: Int!) {
    ward(slug: $ward) {
      slug
      name: nameVi
      kind
      targets(year: $year) {
        id
        year
        display
        wording
        indicator { code name unit }
      }
    }
    indicators { code name unit pillar { code } }
  }
`);

/** The current results of the ward for the year (every period), to show and to correct. */
export const ENTRY_RESULTS_QUERY = graphql(`
  query EntryResults($ward: String!, $year: Int!, $after: String) {
    observations(filter: { ward: $ward, year: $year }, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
        id year quarter month version value met numerator denominator display note
        evidenceType evidenceNumber evidenceUrl source recordedBy createdAt
        indicator { code unit }
        }
      }
    }
  }
`);

/** Every version of one indicator's results in the year: who recorded what, when. */
export const RESULT_HISTORY_QUERY = graphql(`
  query ResultHistory($ward: String!, $indicator: String!, $year: Int!) {
    observations(
      filter: { ward: $ward, indicator: $indicator, year: $year, includeHistory: true }
      first: 100
    ) {
      edges {
        node {
        id year quarter month version value met numerator denominator display note
        evidenceType evidenceNumber evidenceUrl source recordedBy createdAt
        indicator { code unit }
        supersedesId
        }
      }
    }
  }
`);

/** The gateway's own rules on a result, without writing it (inline validation). */
export const VALIDATE_RESULT = graphql(`
  query ValidateResult($input: RecordObservationInput!) {
    validateObservation(input: $input) {
      __typename
      ... on QueryValidateObservationSuccess {
        data { valid problems { path message } current { id version } }
      }
      ... on Error { message }
    }
  }
`);

export const RECORD_RESULT = graphql(`
  mutation RecordResult($input: RecordObservationInput!) {
    recordObservation(input: $input) {
      __typename
      ... on MutationRecordObservationSuccess { data { id version } }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);

export const CORRECT_RESULT = graphql(`
  mutation CorrectResult($id: ID!, $input: CorrectObservationInput!) {
    correctObservation(id: $id, input: $input) {
      __typename
      ... on MutationCorrectObservationSuccess { data { id version } }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);
