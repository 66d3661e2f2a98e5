import { useMutation } from '@apollo/client/react';
import { DECLINE_SETTLEMENT, PENDING_SETTLEMENTS } from '../agreements.graphql';

/** A lead declines a settlement waiting for approval, with the reason; the leads' list is read again. */
export function useDeclineSettlement() {
  return useMutation(DECLINE_SETTLEMENT, { refetchQueries: [PENDING_SETTLEMENTS] });
}
