import { graphql } from '../../gql';

/** Manual payments and PAID outcomes waiting for a second person, oldest first (leads and admins). */
export const PENDING_APPROVALS = graphql(`
  query PendingApprovals {
    pendingApprovals {
      id
      kind
      caseId
      debtorRef
      debtorName
      reasonText
      amountCents
      currency
      receivedAt
      reference
      note
      requestedById
      requestedByName
      requestedAt
    }
  }
`);

export const APPROVE_PAYMENT = graphql(`
  mutation ApprovePayment($id: ID!) {
    approvePayment(id: $id) {
      id
      status
      paymentId
    }
  }
`);

export const DECLINE_PAYMENT = graphql(`
  mutation DeclinePayment($id: ID!, $reason: String!) {
    declinePayment(id: $id, reason: $reason) {
      id
      status
      declineReason
    }
  }
`);

export const APPROVE_PAID_OUTCOME = graphql(`
  mutation ApprovePaidOutcome($id: ID!) {
    approvePaidOutcome(id: $id) {
      id
      status
    }
  }
`);

export const DECLINE_PAID_OUTCOME = graphql(`
  mutation DeclinePaidOutcome($id: ID!, $reason: String!) {
    declinePaidOutcome(id: $id, reason: $reason) {
      id
      status
      declineReason
    }
  }
`);
