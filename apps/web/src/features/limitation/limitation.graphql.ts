import { graphql } from '../../gql';
import type { LimitationWorklistQuery } from '../../gql/graphql';

export type WorklistCase = LimitationWorklistQuery['limitationWorklist'][number];

/** Open cases whose limitation ends within `days` days, soonest first. */
export const LIMITATION_WORKLIST = graphql(`
  query LimitationWorklist($days: Int!, $limit: Int) {
    limitationWorklist(days: $days, limit: $limit) {
      id
      stage
      status
      openCents
      currency
      assignee {
        id
        name
      }
      creditor {
        id
        name
        country
      }
      debtor {
        id
        name
      }
      limitation {
        date
        daysLeft
        claimReference
        explanation
      }
    }
  }
`);
