import { useMutation } from '@apollo/client/react';
import { APPROVE_PAYMENT, PENDING_APPROVALS } from '../payment-approvals.graphql';

/** Books a payment waiting for approval (once), then reloads the list. */
export function useApprovePayment() {
  return useMutation(APPROVE_PAYMENT, { refetchQueries: [PENDING_APPROVALS], awaitRefetchQueries: true });
}
