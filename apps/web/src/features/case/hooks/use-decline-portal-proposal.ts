import { useMutation } from '@apollo/client/react';
import { CASE_PORTAL_PROPOSAL, DECLINE_PORTAL_PLAN_PROPOSAL } from '../portal-proposal.graphql';

/** Declines the plan the debtor proposed in the portal; the card reads the case again. */
export function useDeclinePortalProposal() {
  return useMutation(DECLINE_PORTAL_PLAN_PROPOSAL, { refetchQueries: [CASE_PORTAL_PROPOSAL] });
}
