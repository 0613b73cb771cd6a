import { graphql } from '../../api/graphql.ts';

export const INDICATOR_QUERY = graphql(`
  query IndicatorPage($code: String!) {
    indicator(code: $code) {
      code
      name
      nameVi
      nameEn
      definition
      unit
      direction
      cityFramework
      pillar { code name }
      aliases { ward wording }
    }
    wards { slug name: nameVi }
    targets(filter: { indicator: $code }) {
      id
      ward { slug name: nameVi }
      year
      comparator
      comparatorSymbol
      value
      valueHigh
      display
      wording
      equivalence
      equivalenceNote
      provenance { file section row line text }
    }
    observations(filter: { indicator: $code }, first: 100) {
      edges { node { id ward { slug name: nameVi } year value met display provenance { file section row line text } } }
    }
  }
`);
