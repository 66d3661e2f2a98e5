import { useMutation } from '@apollo/client/react';
import { RUN_DUNNING } from '../dunning.graphql';

/** Runs dunning for a date by hand; the list of runs is fetched again. */
export function useRunDunning() {
  return useMutation(RUN_DUNNING, { refetchQueries: ['DunningRuns'] });
}
