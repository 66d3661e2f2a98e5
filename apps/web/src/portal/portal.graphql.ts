import { graphql } from '../gql';

export const PORTAL_SIGN_IN = graphql(`
  mutation PortalSignIn($linkToken: String!, $check: String!) {
    portalSignIn(linkToken: $linkToken, check: $check) {
      token
      expiresAt
    }
  }
`);

export const PORTAL_SIGN_OUT = graphql(`
  mutation PortalSignOut {
    portalSignOut
  }
`);

export const PORTAL_CASE = graphql(`
  query PortalCase {
    portalCase {
      creditor {
        name
      }
      reference
      debtorName
      status
      currency
      language
      claims {
        reference
        subject
        dueDate
        principalCents
      }
      balance {
        totalCents
        lines {
          kind
          amountCents
          explanation
        }
      }
      nextStep {
        description
        date
      }
      paymentDetails {
        accountHolder
        iban
        bic
        reference
      }
      epcQrPayload
      paymentMethods
      contact {
        email
        phone
        preferredChannel
      }
      paymentPlan {
        status
        feeCents
        installments {
          number
          dueDate
          amountCents
          paidCents
          status
        }
      }
      planProposal {
        id
        installments
        firstDueDate
        proposedAt
      }
      planRules {
        maxInstallments
        minInstallmentCents
        earliestFirstDueDate
        latestFirstDueDate
        available
      }
    }
  }
`);

export const PORTAL_PROPOSE_PLAN = graphql(`
  mutation PortalProposePlan($input: PortalPlanInput!) {
    portalProposePlan(input: $input) {
      status
      reasons
      plan {
        feeCents
        totalCents
        installments {
          dueDate
          amountCents
        }
      }
    }
  }
`);

export const PORTAL_PROMISE = graphql(`
  mutation PortalPromise($date: Date!, $amountCents: SafeInt!) {
    portalPromise(date: $date, amountCents: $amountCents) {
      reference
    }
  }
`);

export const PORTAL_REQUEST_CALLBACK = graphql(`
  mutation PortalRequestCallback($from: DateTime!, $to: DateTime!) {
    portalRequestCallback(from: $from, to: $to) {
      reference
    }
  }
`);

export const PORTAL_DISPUTE = graphql(`
  mutation PortalDispute($reason: DisputeReason!, $text: String!) {
    portalDispute(reason: $reason, text: $text) {
      reference
    }
  }
`);

export const PORTAL_UPDATE_CONTACT = graphql(`
  mutation PortalUpdateContact($input: PortalContactInput!) {
    portalUpdateContact(input: $input) {
      contact {
        email
        phone
        preferredChannel
      }
    }
  }
`);

export const PORTAL_START_PAYMENT = graphql(`
  mutation PortalStartPayment($method: String!, $amountCents: SafeInt) {
    portalStartPayment(method: $method, amountCents: $amountCents) {
      intentId
      redirectUrl
    }
  }
`);
