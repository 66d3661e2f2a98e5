import { useMutation } from '@apollo/client/react';
import { PORTAL_CASE, PORTAL_PROPOSE_PLAN } from '../portal.graphql';

/** Sends a plan proposal; the case is read again (an accepted plan is in force, a proposal waits). */
export function usePortalProposePlan() {
  return useMutation(PORTAL_PROPOSE_PLAN, { refetchQueries: [PORTAL_CASE], awaitRefetchQueries: true });
}
