import { useMutation } from '@apollo/client/react';
import { RECORD_OUTCOME } from '../case.graphql';

/** Records the outcome of working a case; the answer is the whole case, so the cache updates the screen. */
export function useRecordOutcome() {
  return useMutation(RECORD_OUTCOME);
}
