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
