import { useMutation } from '@apollo/client/react';
import { RECORD_COURT_EVENT } from '../case.graphql';

/** Records a step of the court dunning procedure; the answer is the whole case, so the cache updates the screen. */
export function useRecordCourtEvent() {
  return useMutation(RECORD_COURT_EVENT);
}
