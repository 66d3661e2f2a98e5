import { useMutation } from '@apollo/client/react';
import { CLAIM_NEXT_CASE } from '../queue.graphql';

/** Claims the most urgent claimable case for the signed-in collector (null when none is left). */
export function useClaimNextCase() {
  return useMutation(CLAIM_NEXT_CASE);
}
