import { useMutation } from '@apollo/client/react';
import { DECLINE_PAYMENT, PENDING_APPROVALS } from '../payment-approvals.graphql';

/** Declines a payment waiting for approval; nothing is booked. */
export function useDeclinePayment() {
  return useMutation(DECLINE_PAYMENT, { refetchQueries: [PENDING_APPROVALS], awaitRefetchQueries: true });
}
