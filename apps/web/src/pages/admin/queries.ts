import { graphql } from '../../api/graphql.ts';

/**
 * The administration pages' operations. Every write answers with a union: its data, or an
 * expected error (ValidationError names each field's problem in the request's language).
 */
const WRITE_ERROR = graphql(`
  fragment WriteError on Error {
    __typename
    message
    ... on ValidationError { problems { path message } }
  }
`);

export const ADMIN_WARDS_QUERY = graphql(`
  query AdminWards {
    wards {
      slug
      name: nameVi
      kind
      builtIn
      lineage
      targetCount
      documents { id }
    }
  }
`);

export const CREATE_WARD = graphql(
  `
  mutation CreateWard($input: WardInput!) {
    createWard(input: $input) {
      __typename
      ... on MutationCreateWardSuccess { data { slug } }
      ...WriteError
    }
  }
`,
  [WRITE_ERROR],
);

export const ADMIN_WARD_QUERY = graphql(`
  query AdminWard($ward: String!) {
    ward(slug: $ward) {
      slug
      name: nameVi
      kind
      builtIn
      lineage
      documents {
        id
        kind
        title
        numberAsPrinted
        dateAsPrinted
        periodStart
        periodEnd
        lineCount
      }
      targets(includeWithdrawn: true) {
        id
        year
        display
        wording
        withdrawn
        withdrawReason
        indicator { code name }
        document { id }
        provenance { section row line lineEnd text }
      }
    }
  }
`);

export const CATALOG_QUERY = graphql(`
  query AdminCatalog {
    indicators { code name unit pillar { code } }
    pillars { code name }
  }
`);

export const DOCUMENT_LINES_QUERY = graphql(`
  query DocumentLines($id: ID!) {
    document(id: $id) {
      id
      title
      lineCount
      lines
      ward { slug name: nameVi kind }
    }
  }
`);

export const ADD_DOCUMENT = graphql(
  `
  mutation AddDocument($input: DocumentInput!) {
    addDocument(input: $input) {
      __typename
      ... on MutationAddDocumentSuccess { data { id } }
      ...WriteError
    }
  }
`,
  [WRITE_ERROR],
);

export const ADD_TARGETS = graphql(
  `
  mutation AddTargets($inputs: [TargetInput!]!) {
    addTargets(inputs: $inputs) {
      __typename
      ... on MutationAddTargetsSuccess { data { id } }
      ...WriteError
    }
  }
`,
  [WRITE_ERROR],
);

export const WITHDRAW_TARGET = graphql(
  `
  mutation WithdrawTarget($id: ID!, $reason: String!) {
    withdrawTarget(id: $id, reason: $reason) {
      __typename
      ... on MutationWithdrawTargetSuccess { data { id withdrawn } }
      ...WriteError
    }
  }
`,
  [WRITE_ERROR],
);

export const PROPOSE_TARGETS = graphql(
  `
  mutation ProposeTargets($document: ID!) {
    proposeTargets(document: $document) {
      __typename
      ... on MutationProposeTargetsSuccess {
        data {
          indicatorCode
          matchScore
          proposedName
          year
          kind
          comparator
          value
          valueHigh
          unit
          leadUnit
          wording
          section
          row
          sourceLine
          sourceLineEnd
          sourceText
          confidence
        }
      }
      ...WriteError
    }
  }
`,
  [WRITE_ERROR],
);

export const IMPORT_TARGETS = graphql(
  `
  mutation ImportTargets(
    $ward: String!
    $document: ID!
    $fileName: String!
    $format: ImportFormat!
    $contentBase64: String!
    $dryRun: Boolean!
  ) {
    importTargets(
      ward: $ward
      document: $document
      fileName: $fileName
      format: $format
      contentBase64: $contentBase64
      dryRun: $dryRun
    ) {
      __typename
      ... on MutationImportTargetsSuccess {
        data {
          dryRun
          total
          created
          errors { row column message }
        }
      }
      ...WriteError
    }
  }
`,
  [WRITE_ERROR],
);
