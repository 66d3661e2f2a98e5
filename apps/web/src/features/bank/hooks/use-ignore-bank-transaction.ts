import { useMutation } from '@apollo/client/react';
import { IGNORE_BANK_TRANSACTION } from '../bank.graphql';

/** Sets an unmatched bank transaction aside with a reason; the unmatched list is fetched again. */
export function useIgnoreBankTransaction() {
  return useMutation(IGNORE_BANK_TRANSACTION, { refetchQueries: ['UnmatchedBankTransactions'], awaitRefetchQueries: true });
}
