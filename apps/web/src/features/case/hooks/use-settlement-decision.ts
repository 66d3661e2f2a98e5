import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { CASE_AGREEMENTS, EXPIRED_SETTLEMENTS, PENDING_SETTLEMENTS } from '../agreements.graphql';
import { isSettlementExpiredError } from '../settlement-expiry';

/**
 * A lead's decision on a settlement waiting for approval (approve, decline); the leads' lists are read
 * again. One past its last day is refused (expired): the lists and the case card are read again so it
 * shows as EXPIRED.
 */
export function useSettlementDecision<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>) {
  const client = useApolloClient();
  const [mutate, result] = useMutation(document, { refetchQueries: [PENDING_SETTLEMENTS, EXPIRED_SETTLEMENTS] });
  const decide = useCallback(
    async (...args: Parameters<typeof mutate>) => {
      try {
        return await mutate(...args);
      } catch (error) {
        if (isSettlementExpiredError(error)) void client.refetchQueries({ include: [PENDING_SETTLEMENTS, EXPIRED_SETTLEMENTS, CASE_AGREEMENTS] });
        throw error;
      }
    },
    [mutate, client],
  );
  return [decide, result] as const;
}
