import { graphql } from '../../api/graphql.ts';

export const WARD_QUERY = graphql(`
  query WardHeader($ward: String!) {
    ward(slug: $ward) {
      slug
      name: nameVi
      kind
      targetCount
      taskCount
      targets { year }
      documents { id file kind title numberAsPrinted dateAsPrinted periodStart periodEnd }
    }
  }
`);

export const SCORECARD_QUERY = graphql(`
  query WardScorecard($ward: String!, $year: Int!) {
    scorecard(ward: $ward, year: $year) {
      method
      composite {
        score
        ownTargetCoverage
        cityFrameworkCoverage
        pillars { pillar { code name } score indicatorsAssessable indicatorsScored }
      }
      entries {
        indicator { code name unit direction pillar { code name } }
        qualitative
        status
        reason
        gap
        yearsOffTrajectory
        expected {
          year
          comparator
          comparatorSymbol
          value
          valueHigh
          basis
          display
          rule
          targets { year display provenance { file section row line text } }
        }
        result {
          year
          value
          met
          display
          provenance { file section row line text }
          evidenceType
          evidenceNumber
          evidenceUrl
          recordedBy
          createdAt
        }
        earlierResult { year value met display }
        targets {
          year
          value
          comparator
          comparatorSymbol
          valueHigh
          display
          wording
          equivalence
          equivalenceNote
          provenance { file section row line text }
        }
      }
    }
  }
`);

/** Every ward's pillar scores, for the city average beside the ward's bars (not on the critical path). */
export const CITY_PILLARS_QUERY = graphql(`
  query CityPillars($year: Int!) {
    compareWards(year: $year) {
      composites { ward { slug } score pillars { pillar { code } score } }
    }
  }
`);

export const TRAJECTORY_QUERY = graphql(`
  query WardTrajectory($ward: String!, $indicator: String!) {
    trajectory(ward: $ward, indicator: $indicator) {
      indicator { name unit }
      series { year value valueHigh basis display }
      milestones { year value provenance { file section row line text } }
      results { year value }
      projection { slopePerYear improving yearReached }
    }
  }
`);

export const TASKS_QUERY = graphql(`
  query WardTasks($ward: String!) {
    tasks(filter: { ward: $ward }) {
      id
      code
      group
      description
      leadUnit
      partnerUnits
      output
      timingAsPrinted
      due { label precision monthKey month year }
      overdue
      recurring
      status
      source { section line text }
      indicators { code name }
      indicatorReason
      history { from to note evidence at by }
    }
  }
`);
