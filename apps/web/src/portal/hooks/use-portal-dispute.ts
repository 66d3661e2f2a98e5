import { useMutation } from '@apollo/client/react';
import { PORTAL_CASE, PORTAL_DISPUTE } from '../portal.graphql';

/** The debtor objects to the claim; the case is read again (the next step changes while it is checked). */
export function usePortalDispute() {
  return useMutation(PORTAL_DISPUTE, { refetchQueries: [PORTAL_CASE] });
}
