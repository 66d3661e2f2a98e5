import { useMutation } from '@apollo/client/react';
import { APPROVE_PAID_OUTCOME, PENDING_APPROVALS } from '../payment-approvals.graphql';

/** Applies a PAID outcome recorded while a balance was open. */
export function useApprovePaidOutcome() {
  return useMutation(APPROVE_PAID_OUTCOME, { refetchQueries: [PENDING_APPROVALS], awaitRefetchQueries: true });
}
