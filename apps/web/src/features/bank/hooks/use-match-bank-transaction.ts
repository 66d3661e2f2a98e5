import { useMutation } from '@apollo/client/react';
import { MATCH_BANK_TRANSACTION } from '../bank.graphql';

/** Books an unmatched bank transaction as a payment on a case; the unmatched list is fetched again. */
export function useMatchBankTransaction() {
  return useMutation(MATCH_BANK_TRANSACTION, { refetchQueries: ['UnmatchedBankTransactions'], awaitRefetchQueries: true });
}
