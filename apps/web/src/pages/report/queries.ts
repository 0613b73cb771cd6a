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
          display
          targets { wording display provenance { file section row line text } }
        }
        targets { year wording display provenance { file section row line text } }
        result { year value met display provenance { file section row line text } }
      }
    }
  }
`);
