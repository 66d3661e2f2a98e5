import { useMutation } from '@apollo/client/react';
import { SAVE_BANK_CSV_MAPPING } from '../bank.graphql';

/** Saves a CSV column mapping (new, or an existing one by id); the list of mappings is fetched again. */
export function useSaveBankCsvMapping() {
  return useMutation(SAVE_BANK_CSV_MAPPING, { refetchQueries: ['BankCsvMappings'], awaitRefetchQueries: true });
}
