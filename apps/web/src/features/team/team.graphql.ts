import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CaseStatus, Cents, DunningStage, IsoDate } from '../../app/graphql-types';
import { QUEUE_CASE_FIELDS, type QueueCase } from '../queue/queue.graphql';

export interface Collector {
  id: string;
  email: string;
  name: string;
  capacity: number;
  online: boolean;
}

export interface CollectorQueue {
  collector: Collector;
  queueSize: number;
  openBalanceCents: Cents;
  oldestCaseDate: IsoDate | null;
}

const COLLECTOR_FIELDS = gql`
  fragment CollectorFields on User {
    id
    email
    name
    capacity
    online
  }
`;

const COLLECTOR_QUEUE_FIELDS = gql`
  fragment CollectorQueueFields on CollectorQueue {
    collector {
      ...CollectorFields
    }
    queueSize
    openBalanceCents
    oldestCaseDate
  }
  ${COLLECTOR_FIELDS}
`;

export const TEAM_QUEUES: TypedDocumentNode<{ teamQueues: CollectorQueue[] }, Record<string, never>> = gql`
  query TeamQueues {
    teamQueues {
      ...CollectorQueueFields
    }
  }
  ${COLLECTOR_QUEUE_FIELDS}
`;

export const TEAM_QUEUES_CHANGED: TypedDocumentNode<{ teamQueuesChanged: CollectorQueue[] }, Record<string, never>> = gql`
  subscription TeamQueuesChanged {
    teamQueuesChanged {
      ...CollectorQueueFields
    }
  }
  ${COLLECTOR_QUEUE_FIELDS}
`;

export const COLLECTORS: TypedDocumentNode<{ collectors: Collector[] }, Record<string, never>> = gql`
  query Collectors {
    collectors {
      ...CollectorFields
    }
  }
  ${COLLECTOR_FIELDS}
`;

export const SET_CAPACITY: TypedDocumentNode<{ setCapacity: Collector }, { collectorId: string; capacity: number }> = gql`
  mutation SetCapacity($collectorId: ID!, $capacity: Int!) {
    setCapacity(collectorId: $collectorId, capacity: $capacity) {
      ...CollectorFields
    }
  }
  ${COLLECTOR_FIELDS}
`;

export interface CaseFilter {
  status?: CaseStatus;
  stage?: DunningStage;
  creditorId?: string;
  assigneeId?: string;
  /** only cases without an assignee */
  unassigned?: boolean;
  search?: string;
}

export const CASES: TypedDocumentNode<
  { cases: { totalCount: number; items: QueueCase[] } },
  { filter: CaseFilter; page: { offset: number; limit: number } }
> = gql`
  query Cases($filter: CaseFilter, $page: PageInput) {
    cases(filter: $filter, page: $page) {
      totalCount
      items {
        ...QueueCaseFields
      }
    }
  }
  ${QUEUE_CASE_FIELDS}
`;

export const REASSIGN_CASE: TypedDocumentNode<
  { reassignCase: QueueCase },
  { caseId: string; collectorId: string; expectedVersion: number }
> = gql`
  mutation ReassignCase($caseId: ID!, $collectorId: ID!, $expectedVersion: Int!) {
    reassignCase(caseId: $caseId, collectorId: $collectorId, expectedVersion: $expectedVersion) {
      ...QueueCaseFields
    }
  }
  ${QUEUE_CASE_FIELDS}
`;

export const RELEASE_CASE: TypedDocumentNode<{ releaseCase: QueueCase }, { caseId: string }> = gql`
  mutation ReleaseCase($caseId: ID!) {
    releaseCase(caseId: $caseId) {
      ...QueueCaseFields
    }
  }
  ${QUEUE_CASE_FIELDS}
`;

export interface QueueLoad {
  queueSize: number;
  openBalanceCents: Cents;
}

/** One collector's load before and after a move (from loadPreview or moveCases). */
export interface CollectorLoadChange {
  collector: Pick<Collector, 'id' | 'name' | 'online'>;
  capacity: number;
  delta: number;
  overCapacity: boolean;
  before: QueueLoad;
  after: QueueLoad;
}

export interface CaseMove {
  caseId: string;
  expectedVersion: number;
}

export interface MoveCasesInput {
  moves: CaseMove[];
  /** null = back to the pool */
  toCollectorId: string | null;
  allowOverCapacity?: boolean;
}

const LOAD_CHANGE_FIELDS = gql`
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
`;

export const LOAD_PREVIEW: TypedDocumentNode<
  { loadPreview: { moving: number; overCapacity: boolean; loads: CollectorLoadChange[] } },
  { input: MoveCasesInput }
> = gql`
  query LoadPreview($input: MoveCasesInput!) {
    loadPreview(input: $input) {
      moving
      overCapacity
      loads {
        ...LoadChangeFields
      }
    }
  }
  ${LOAD_CHANGE_FIELDS}
`;

export const MOVE_CASES: TypedDocumentNode<
  { moveCases: { moved: number; cases: QueueCase[]; loads: CollectorLoadChange[] } },
  { input: MoveCasesInput }
> = gql`
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
  ${QUEUE_CASE_FIELDS}
  ${LOAD_CHANGE_FIELDS}
`;

export interface OrphanCase {
  case: QueueCase;
  lastActivityAt: string | null;
}

export const ORPHAN_CASES: TypedDocumentNode<
  { orphanCases: { totalCount: number; idleSince: string; items: OrphanCase[] } },
  { limit: number; offset: number }
> = gql`
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
  ${QUEUE_CASE_FIELDS}
`;

export const POOL_SIZE: TypedDocumentNode<{ cases: { totalCount: number } }, Record<string, never>> = gql`
  query PoolSize {
    cases(filter: { status: OPEN, unassigned: true }, page: { offset: 0, limit: 1 }) {
      totalCount
    }
  }
`;
