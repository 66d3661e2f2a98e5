import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { CASE_AGREEMENTS, DECLINE_SETTLEMENT, EXPIRED_SETTLEMENTS, PENDING_SETTLEMENTS } from '../agreements.graphql';
import { isSettlementExpiredError } from '../settlement-expiry';

/**
 * A lead declines a settlement waiting for approval, with the reason; the leads' lists are read again.
 * One past its last day has expired: the lists and the case card are read again so it shows as EXPIRED.
 */
export function useDeclineSettlement() {
  const client = useApolloClient();
  const [mutate, result] = useMutation(DECLINE_SETTLEMENT, { refetchQueries: [PENDING_SETTLEMENTS, EXPIRED_SETTLEMENTS] });
  const decline = useCallback(
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
  return [decline, result] as const;
}
