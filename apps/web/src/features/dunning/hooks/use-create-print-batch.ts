import { useMutation } from '@apollo/client/react';
import { CREATE_PRINT_BATCH } from '../print-batches.graphql';

/** Makes today's print batch; the list of batches and the count of letters waiting are fetched again. */
export function useCreatePrintBatch() {
  return useMutation(CREATE_PRINT_BATCH, { refetchQueries: ['PrintBatches'] });
}
