import { graphql } from '../../api/graphql.ts';

export const REPORT_QUERY = graphql(`
  query WardReport($ward: String!, $year: Int!) {
    ward(slug: $ward) {
      slug
      name: nameVi
      kind
      targets { year }
      documents { file kind title periodStart periodEnd dateAsPrinted }
    }
    scorecard(ward: $ward, year: $year) {
      method
      entries {
        indicator { code name unit pillar { code name } }
        qualitative
        status
        expected {
          comparator
          comparatorSymbol
          value
          valueHigh
          basis
          targets { wording provenance { file section row line text } }
        }
        targets { year wording provenance { file section row line text } }
        latest { year value met sourceFile sourceLine sourceText }
      }
    }
  }
`);
