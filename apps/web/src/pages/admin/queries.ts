import { graphql } from '../../api/graphql.ts';

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

export const CREATE_WARD = graphql(`
  mutation CreateWard($input: WardInput!) {
    createWard(input: $input) { slug }
  }
`);

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
        withdrawnAt
        withdrawalReason
        indicator { code name }
        provenance { section row line lineEnd text document { id } }
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

export const ADD_DOCUMENT = graphql(`
  mutation AddDocument($input: DocumentInput!) {
    addDocument(input: $input) { id }
  }
`);

export const ADD_TARGETS = graphql(`
  mutation AddTargets($inputs: [TargetInput!]!) {
    addTargets(inputs: $inputs) { id }
  }
`);

export const WITHDRAW_TARGET = graphql(`
  mutation WithdrawTarget($id: ID!, $reason: String!) {
    withdrawTarget(id: $id, reason: $reason) { id }
  }
`);

export const IMPORT_TARGETS = graphql(`
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
      dryRun
      total
      created
      errors { row column message }
    }
  }
`);

export const PROPOSE_TARGETS = graphql(`
  mutation ProposeTargets($document: ID!) {
    proposeTargets(document: $document) {
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
      section
      row
      sourceLine
      sourceLineEnd
      sourceText
      confidence
    }
  }
`);
