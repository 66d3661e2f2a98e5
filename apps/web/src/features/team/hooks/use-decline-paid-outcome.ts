import { useMutation } from '@apollo/client/react';
import { DECLINE_PAID_OUTCOME, PENDING_APPROVALS } from '../payment-approvals.graphql';

/** Declines a PAID outcome; the case stays as it is. */
export function useDeclinePaidOutcome() {
  return useMutation(DECLINE_PAID_OUTCOME, { refetchQueries: [PENDING_APPROVALS], awaitRefetchQueries: true });
}
