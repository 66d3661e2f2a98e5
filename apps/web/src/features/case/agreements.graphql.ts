import { graphql } from '../../gql';

export const CASE_AGREEMENTS_FIELDS = graphql(`
  fragment CaseAgreementsFields on Case {
    id
    status
    assignee {
      id
    }
    balance {
      totalCents
      currency
    }
    paymentPlan {
      id
      status
      feeCents
      missedToDefault
      missedInstallments
      confirmation
      installments {
        id
        number
        dueDate
        amountCents
        paidCents
        status
      }
    }
    settlement {
      id
      status
      amountCents
      openCents
      waivedCents
      currency
      validUntil
      offeredOn
      offeredBy
      declineReason
      paidAt
      expiredAt
    }
  }
`);

export const CASE_AGREEMENTS = graphql(`
  query CaseAgreements($id: ID!) {
    case(id: $id) {
      ...CaseAgreementsFields
    }
  }
`);

/** The case's agreements, live: a payment, a lead's decision or the expiry sweep changes them. */
export const CASE_AGREEMENTS_UPDATED = graphql(`
  subscription CaseAgreementsUpdated($caseId: ID!) {
    caseUpdated(caseId: $caseId) {
      ...CaseAgreementsFields
    }
  }
`);

export const OFFER_SETTLEMENT = graphql(`
  mutation OfferSettlement($caseId: ID!, $amountCents: SafeInt!, $validUntil: Date!) {
    offerSettlement(caseId: $caseId, amountCents: $amountCents, validUntil: $validUntil) {
      id
      status
      version
      settlement {
        id
        status
        amountCents
        openCents
        waivedCents
        currency
        validUntil
        offeredOn
        offeredBy
        declineReason
        paidAt
      }
    }
  }
`);

export const APPROVE_SETTLEMENT = graphql(`
  mutation ApproveSettlement($settlementId: ID!) {
    approveSettlement(settlementId: $settlementId) {
      id
      settlement {
        id
        status
        declineReason
      }
    }
  }
`);

export const DECLINE_SETTLEMENT = graphql(`
  mutation DeclineSettlement($settlementId: ID!, $reason: String!) {
    declineSettlement(settlementId: $settlementId, reason: $reason) {
      id
      settlement {
        id
        status
        declineReason
      }
    }
  }
`);

export const PENDING_SETTLEMENTS = graphql(`
  query PendingSettlements {
    pendingSettlements {
      id
      caseId
      amountCents
      openCents
      waivedCents
      currency
      validUntil
      offeredOn
      offeredBy
      debtorName
      debtorRef
      creditorName
    }
  }
`);

export const EXPIRED_SETTLEMENTS = graphql(`
  query ExpiredSettlements($days: Int!) {
    expiredSettlements(days: $days) {
      id
      caseId
      status
      amountCents
      openCents
      currency
      validUntil
      offeredOn
      offeredBy
      expiredAt
      debtorName
      debtorRef
      creditorName
    }
  }
`);
