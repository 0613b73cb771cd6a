import { graphql } from '../../api/graphql.ts';

// Wards are named by `nameVi` everywhere: proper names keep their diacritics in English too.

/**
 * What the city overview shows for one year, in one request, and nothing it does not show: the
 * heatmap comes compact (statuses as codes, each target text once); the details behind a cell,
 * the plans side by side and a ward's tasks are fetched when the reader asks for them. At 114
 * units the old request (every scorecard entry, target and task) answered 3 MB.
 */
export const OVERVIEW_QUERY = graphql(`
  query Overview($year: Int!, $previousYear: Int!, $pillar: String, $dueBy: String!) {
    pillars { code name }
    heatmap(year: $year, pillar: $pillar) {
      statuses
      targetTexts
      framework { code name }
      wards {
        ward { slug name: nameVi kind documents { kind } }
        expectedTargets
        targetsDue
        reporting
        ownTargetCoverage
        ofCityFramework
        frameworkMissing
      }
      rows {
        indicator { code name cityFramework pillar { code } }
        status
        target
        trend
      }
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
    dueTasks: tasks(filter: { dueTo: $dueBy }) {
      id code description leadUnit ward { slug name: nameVi kind } status overdue due { label }
    }
  }
`);

/** One heatmap cell in full, when the reader opens it: the targets as printed, with sources. */
export const CELL_QUERY = graphql(`
  query OverviewCell($ward: String!, $indicator: String!, $year: Int!) {
    compareWards(wards: [$ward], indicators: [$indicator], year: $year) {
      wards { slug name: nameVi kind }
      indicators { code name unit }
      cells {
        entry {
          status
          reason
          qualitative
          expected { display }
          result { year value met display provenance { section row line text document { id title numberAsPrinted dateAsPrinted } } }
          earlierResult { year value met display }
          targets { id year display wording provenance { section row line text } document { id title numberAsPrinted dateAsPrinted } }
        }
      }
    }
  }
`);

/** Every ward's targets, for the plans side by side (loaded on request when there are many wards). */
export const PLANS_QUERY = graphql(`
  query OverviewPlans {
    indicators { code name unit direction }
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
