import { useMutation } from '@apollo/client/react';
import { SET_PAYMENT_APPROVAL_THRESHOLD } from '../creditors.graphql';

/** Sets the amount above which a manual payment waits for a second person (null: never). */
export function useSetPaymentApprovalThreshold() {
  return useMutation(SET_PAYMENT_APPROVAL_THRESHOLD);
}
