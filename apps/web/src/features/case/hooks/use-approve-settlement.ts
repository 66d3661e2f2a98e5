import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { APPROVE_SETTLEMENT, CASE_AGREEMENTS, EXPIRED_SETTLEMENTS, PENDING_SETTLEMENTS } from '../agreements.graphql';
import { isSettlementExpiredError } from '../settlement-expiry';

/**
 * A lead approves a settlement waiting for approval; the leads' lists are read again. One past its
 * last day is refused (expired): the lists and the case card are read again so it shows as EXPIRED.
 */
export function useApproveSettlement() {
  const client = useApolloClient();
  const [mutate, result] = useMutation(APPROVE_SETTLEMENT, { refetchQueries: [PENDING_SETTLEMENTS, EXPIRED_SETTLEMENTS] });
  const approve = useCallback(
    async (options: Parameters<typeof mutate>[0]) => {
      try {
        return await mutate(options);
      } catch (error) {
        if (isSettlementExpiredError(error)) void client.refetchQueries({ include: [PENDING_SETTLEMENTS, EXPIRED_SETTLEMENTS, CASE_AGREEMENTS] });
        throw error;
      }
    },
    [mutate, client],
  );
  return [approve, result] as const;
}
