import { useMutation } from '@apollo/client/react';
import { CONFIRM_BANK_TRANSACTION } from '../bank.graphql';

/** Books a credit in review as a separate payment (it is not the manual payment it resembles); the list is fetched again. */
export function useConfirmBankTransaction() {
  return useMutation(CONFIRM_BANK_TRANSACTION, { refetchQueries: ['UnmatchedBankTransactions'], awaitRefetchQueries: true });
}
