import { graphql } from '../../gql';

/** The plan the debtor proposed in the portal, waiting for the collector (null when none waits). */
export const CASE_PORTAL_PROPOSAL = graphql(`
  query CasePortalProposal($id: ID!) {
    case(id: $id) {
      id
      portalPlanProposal {
        id
        installments
        firstDueDate
        proposedAt
        plan {
          dueDate
          amountCents
        }
      }
    }
  }
`);

export const DECLINE_PORTAL_PLAN_PROPOSAL = graphql(`
  mutation DeclinePortalPlanProposal($caseId: ID!) {
    declinePortalPlanProposal(caseId: $caseId) {
      id
      portalPlanProposal {
        id
      }
    }
  }
`);
