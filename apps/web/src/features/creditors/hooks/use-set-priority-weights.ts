import { useMutation } from '@apollo/client/react';
import { SET_PRIORITY_WEIGHTS } from '../creditors.graphql';

/** Saves a creditor's priority weights. */
export function useSetPriorityWeights() {
  return useMutation(SET_PRIORITY_WEIGHTS);
}
