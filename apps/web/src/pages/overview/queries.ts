import { graphql } from '../../api/graphql.ts';

// Wards are named by `nameVi` everywhere: proper names keep their diacritics in English too.

/** Everything the city overview shows for one year, in one request. */
export const OVERVIEW_QUERY = graphql(`
  query Overview($year: Int!, $previousYear: Int!, $pillar: String) {
    wards {
      slug
      name: nameVi
      kind
      documents { kind }
    }
    pillars { code name }
    framework: indicators(filter: { cityFramework: true }) { code name }
    compareWards(year: $year) {
      indicators { code name unit direction cityFramework pillar { code } }
      cells {
        ward { slug }
        indicator { code }
        entry {
          status
          reason
          qualitative
          expected { comparator comparatorSymbol value valueHigh basis display }
          targets { year }
          result { year }
          projection { improving }
        }
      }
      composites { ward { slug } score ownTargetCoverage cityFrameworkCoverage }
      coverage { ward { slug } ofCityFramework missingFromFramework }
    }
    ranking: rankings(year: $year, pillar: $pillar) {
      withheld
      reason
      entries { ward { slug name: nameVi } score rank closeToNext }
      unranked { ward { slug } reason }
    }
    previous: rankings(year: $previousYear, pillar: $pillar) {
      entries { ward { slug } score rank }
    }
    tasks { id code description leadUnit ward { slug name: nameVi kind } status overdue due { label } }
    targets {
      id
      ward { slug }
      indicator { code }
      year
      comparator
      comparatorSymbol
      value
      valueHigh
      display
      qualitative
    }
  }
`);

/** Every ward's ward-DTI milestones and results, for the one chart of all trajectories. */
export const DTI_QUERY = graphql(`
  query OverviewDti {
    targets(filter: { indicator: "DTI_WARD_INDEX" }) { ward { slug name: nameVi } year value valueHigh }
    observations(filter: { indicator: "DTI_WARD_INDEX" }, first: 100) {
      edges { node { ward { slug name: nameVi } year value } }
    }
  }
`);
