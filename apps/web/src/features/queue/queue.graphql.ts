import { graphql } from '../../gql';
import type { QueueCaseFieldsFragment, QueueChangedSubscription } from '../../gql/graphql';

/** One row of a collector's queue. */
export type QueueCase = QueueCaseFieldsFragment;
export type QueueChange = QueueChangedSubscription['queueChanged'];

export const QUEUE_CASE_FIELDS = graphql(`
  fragment QueueCaseFields on Case {
    id
    version
    status
    stage
    priority
    nextActionAt
    openCents
    oldestDueDate
    portalRequest
    creditor {
      id
      name
      currency
    }
    debtor {
      id
      name
      ref
    }
    assignee {
      id
      name
    }
  }
`);

export const MY_QUEUE = graphql(`
  query MyQueue {
    myQueue {
      ...QueueCaseFields
    }
    me {
      id
      capacity
    }
  }
`);

/** A lead changed the caller's capacity: the cache's `me` takes the new figure (same User id). */
export const MY_CAPACITY_CHANGED = graphql(`
  subscription MyCapacityChanged {
    myCapacityChanged {
      id
      capacity
    }
  }
`);

export const QUEUE_CHANGED = graphql(`
  subscription QueueChanged {
    queueChanged {
      kind
      caseId
      case {
        ...QueueCaseFields
      }
    }
  }
`);

export const CLAIM_NEXT_CASE = graphql(`
  mutation ClaimNextCase {
    claimNextCase {
      ...QueueCaseFields
    }
  }
`);
