import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CaseStatus, Cents, DunningStage, IsoDate, IsoDateTime, QueueChangeKind } from '../../app/graphql-types';

/** One row of a collector's queue. */
export interface QueueCase {
  __typename?: 'Case';
  id: string;
  version: number;
  status: CaseStatus;
  stage: DunningStage;
  priority: number;
  nextActionAt: IsoDateTime | null;
  openCents: Cents;
  oldestDueDate: IsoDate;
  creditor: { __typename?: 'Creditor'; id: string; name: string; currency: string };
  debtor: { __typename?: 'Debtor'; id: string; name: string };
  assignee: { __typename?: 'User'; id: string; name: string } | null;
}

export interface QueueChange {
  kind: QueueChangeKind;
  caseId: string;
  case: QueueCase | null;
}

export const QUEUE_CASE_FIELDS = gql`
  fragment QueueCaseFields on Case {
    id
    version
    status
    stage
    priority
    nextActionAt
    openCents
    oldestDueDate
    creditor {
      id
      name
      currency
    }
    debtor {
      id
      name
    }
    assignee {
      id
      name
    }
  }
`;

export const MY_QUEUE: TypedDocumentNode<{ myQueue: QueueCase[] }, Record<string, never>> = gql`
  query MyQueue {
    myQueue {
      ...QueueCaseFields
    }
  }
  ${QUEUE_CASE_FIELDS}
`;

export const QUEUE_CHANGED: TypedDocumentNode<{ queueChanged: QueueChange }, Record<string, never>> = gql`
  subscription QueueChanged {
    queueChanged {
      kind
      caseId
      case {
        ...QueueCaseFields
      }
    }
  }
  ${QUEUE_CASE_FIELDS}
`;

export const CLAIM_NEXT_CASE: TypedDocumentNode<{ claimNextCase: QueueCase | null }, Record<string, never>> = gql`
  mutation ClaimNextCase {
    claimNextCase {
      ...QueueCaseFields
    }
  }
  ${QUEUE_CASE_FIELDS}
`;
