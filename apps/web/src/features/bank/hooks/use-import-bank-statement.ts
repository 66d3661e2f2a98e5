import { useMutation } from '@apollo/client/react';
import { IMPORT_BANK_STATEMENT } from '../bank.graphql';

/** Imports a bank statement file (camt.053 or CSV); the unmatched list is fetched again. */
export function useImportBankStatement() {
  return useMutation(IMPORT_BANK_STATEMENT, { refetchQueries: ['UnmatchedBankTransactions'], awaitRefetchQueries: true });
}
