import { useMutation } from '@apollo/client/react';
import { OPEN_DISPUTE } from '../holds.graphql';

/** Records the debtor's dispute, which places a DISPUTE hold. */
export function useOpenDispute() {
  return useMutation(OPEN_DISPUTE);
}
