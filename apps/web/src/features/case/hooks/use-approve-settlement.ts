import { useMutation } from '@apollo/client/react';
import { APPROVE_SETTLEMENT, PENDING_SETTLEMENTS } from '../agreements.graphql';

/** A lead approves a settlement waiting for approval; the leads' list is read again. */
export function useApproveSettlement() {
  return useMutation(APPROVE_SETTLEMENT, { refetchQueries: [PENDING_SETTLEMENTS] });
}
