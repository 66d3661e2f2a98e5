import { useMutation } from '@apollo/client/react';
import { UPDATE_CREDITOR } from '../creditors.graphql';

/** Saves a creditor's details and dunning strategy (admin). */
export function useUpdateCreditor() {
  return useMutation(UPDATE_CREDITOR);
}
