import { useMutation } from '@apollo/client/react';
import { CREATE_CREDITOR, CREDITOR_SETTINGS } from '../creditors.graphql';

/** Creates a creditor (admin); the list is read again so it shows up at once. */
export function useCreateCreditor() {
  return useMutation(CREATE_CREDITOR, { refetchQueries: [CREDITOR_SETTINGS], awaitRefetchQueries: true });
}
