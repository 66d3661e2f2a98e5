import { graphql } from '../../gql';
import type { CaseHoldsFieldsFragment } from '../../gql/graphql';

export type { DisputeReason, HoldType } from '../../gql/graphql';
export type CaseHoldsData = CaseHoldsFieldsFragment;
export type HoldView = CaseHoldsData['holds'][number];
export type DisputeView = CaseHoldsData['disputes'][number];

export const CASE_HOLDS_FIELDS = graphql(`
  fragment CaseHoldsFields on Case {
    id
    status
    holdReason
    version
    assignee {
      id
    }
    holds {
      id
      type
      reason
      since
      until
      releasedAt
      placedByName
      releasedByName
      releaseReason
    }
    disputes {
      id
      reason
      note
      status
      openedAt
      holdId
      clarification
      resolutionNote
      resolvedAt
      reductionCents
      documents {
        id
        fileName
        contentType
        sizeBytes
        sha256
        url
      }
    }
  }
`);

export const CASE_HOLDS = graphql(`
  query CaseHolds($id: ID!) {
    case(id: $id) {
      ...CaseHoldsFields
    }
  }
`);

export const CASE_HOLDS_UPDATED = graphql(`
  subscription CaseHoldsUpdated($caseId: ID!) {
    caseUpdated(caseId: $caseId) {
      ...CaseHoldsFields
    }
  }
`);

export const PLACE_HOLD = graphql(`
  mutation PlaceHold($caseId: ID!, $input: HoldInput!) {
    placeHold(caseId: $caseId, input: $input) {
      ...CaseHoldsFields
    }
  }
`);

export const RELEASE_HOLD = graphql(`
  mutation ReleaseHold($caseId: ID!, $holdId: ID!, $reason: String!) {
    releaseHold(caseId: $caseId, holdId: $holdId, reason: $reason) {
      ...CaseHoldsFields
    }
  }
`);

export const OPEN_DISPUTE = graphql(`
  mutation OpenDispute($caseId: ID!, $input: DisputeInput!) {
    openDispute(caseId: $caseId, input: $input) {
      ...CaseHoldsFields
    }
  }
`);

export const RESOLVE_DISPUTE = graphql(`
  mutation ResolveDispute($caseId: ID!, $disputeId: ID!, $input: ResolveDisputeInput!) {
    resolveDispute(caseId: $caseId, disputeId: $disputeId, input: $input) {
      ...CaseHoldsFields
    }
  }
`);

export const HELD_CASES = graphql(`
  query HeldCases {
    cases(filter: { status: ON_HOLD }, page: { offset: 0, limit: 100 }) {
      totalCount
      items {
        id
        holdReason
        openCents
        currency
        creditor {
          name
        }
        debtor {
          name
        }
      }
    }
  }
`);

/** The team board changed (a hold placed or released publishes a board event): the held list refetches. */
export const HELD_CASES_BOARD_CHANGED = graphql(`
  subscription HeldCasesBoardChanged {
    teamQueuesChanged {
      queueSize
    }
  }
`);
