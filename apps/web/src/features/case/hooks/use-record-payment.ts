import { useMutation } from '@apollo/client/react';
import { RECORD_PAYMENT } from '../case.graphql';

/** Records a payment on a case (idempotent by its key); the answer is the whole case. */
export function useRecordPayment() {
  return useMutation(RECORD_PAYMENT);
}
