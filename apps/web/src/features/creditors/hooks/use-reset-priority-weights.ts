import { useMutation } from '@apollo/client/react';
import { RESET_PRIORITY_WEIGHTS } from '../creditors.graphql';

/** Returns a creditor to the default priority weights. */
export function useResetPriorityWeights() {
  return useMutation(RESET_PRIORITY_WEIGHTS);
}
