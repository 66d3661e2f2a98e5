import { useMutation } from '@apollo/client/react';
import { DELETE_BANK_CSV_MAPPING } from '../bank.graphql';

/** Deletes a saved CSV column mapping; the list of mappings is fetched again. */
export function useDeleteBankCsvMapping() {
  return useMutation(DELETE_BANK_CSV_MAPPING, { refetchQueries: ['BankCsvMappings'], awaitRefetchQueries: true });
}
