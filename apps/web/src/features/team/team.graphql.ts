import { graphql } from '../../gql';
import type { CollectorFieldsFragment, CollectorQueueFieldsFragment, LoadChangeFieldsFragment, OrphanCasesQuery } from '../../gql/graphql';

export type { CaseFilter, MoveCasesInput } from '../../gql/graphql';

export type Collector = CollectorFieldsFragment;
export type CollectorQueue = CollectorQueueFieldsFragment;
export type CollectorLoadChange = LoadChangeFieldsFragment;
export type QueueLoad = CollectorLoadChange['before'];
export type OrphanCase = OrphanCasesQuery['orphanCases']['items'][number];

export const COLLECTOR_FIELDS = graphql(`
  fragment CollectorFields on User {
    id
    email
    name
    capacity
    online
  }
`);

export const COLLECTOR_QUEUE_FIELDS = graphql(`
  fragment CollectorQueueFields on CollectorQueue {
    collector {
      ...CollectorFields
    }
    queueSize
    openBalanceCents
    oldestCaseDate
  }
`);

export const TEAM_QUEUES = graphql(`
  query TeamQueues {
    teamQueues {
      ...CollectorQueueFields
    }
  }
`);

export const TEAM_QUEUES_CHANGED = graphql(`
  subscription TeamQueuesChanged {
    teamQueuesChanged {
      ...CollectorQueueFields
    }
  }
`);

export const COLLECTORS = graphql(`
  query Collectors {
    collectors {
      ...CollectorFields
    }
  }
`);

export const SET_CAPACITY = graphql(`
  mutation SetCapacity($collectorId: ID!, $capacity: Int!) {
    setCapacity(collectorId: $collectorId, capacity: $capacity) {
      ...CollectorFields
    }
  }
`);

export const CASES = graphql(`
  query Cases($filter: CaseFilter, $page: PageInput) {
    cases(filter: $filter, page: $page) {
      totalCount
      items {
        ...QueueCaseFields
      }
    }
  }
`);

export const RELEASE_CASE = graphql(`
  mutation ReleaseCase($caseId: ID!) {
    releaseCase(caseId: $caseId) {
      ...QueueCaseFields
    }
  }
`);

export const LOAD_CHANGE_FIELDS = graphql(`
  fragment LoadChangeFields on CollectorLoadChange {
    collector {
      id
      name
      online
    }
    capacity
    delta
    overCapacity
    before {
      queueSize
      openBalanceCents
    }
    after {
      queueSize
      openBalanceCents
    }
  }
`);

export const LOAD_PREVIEW = graphql(`
  query LoadPreview($input: MoveCasesInput!) {
    loadPreview(input: $input) {
      moving
      overCapacity
      loads {
        ...LoadChangeFields
      }
    }
  }
`);

export const MOVE_CASES = graphql(`
  mutation MoveCases($input: MoveCasesInput!) {
    moveCases(input: $input) {
      moved
      cases {
        ...QueueCaseFields
      }
      loads {
        ...LoadChangeFields
      }
    }
  }
`);

export const ORPHAN_CASES = graphql(`
  query OrphanCases($limit: Int!, $offset: Int!) {
    orphanCases(limit: $limit, offset: $offset) {
      totalCount
      idleSince
      items {
        lastActivityAt
        case {
          ...QueueCaseFields
        }
      }
    }
  }
`);

export const POOL_SIZE = graphql(`
  query PoolSize {
    cases(filter: { status: OPEN, unassigned: true }, page: { offset: 0, limit: 1 }) {
      totalCount
    }
  }
`);
