import { useMutation } from '@apollo/client/react';
import { RESET_CONTACT_POLICY } from '../creditors.graphql';

/** Returns a creditor to the default contact policy. */
export function useResetContactPolicy() {
  return useMutation(RESET_CONTACT_POLICY);
}
