import { useMutation } from '@apollo/client/react';
import { UPDATE_DEBTOR } from '../case.graphql';

/** Changes a debtor's details; the answer is the debtor, which the cache shares with every case of theirs. */
export function useUpdateDebtor() {
  return useMutation(UPDATE_DEBTOR);
}
