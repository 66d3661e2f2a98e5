import { useMutation } from '@apollo/client/react';
import { SET_CONTACT_POLICY } from '../creditors.graphql';

/** Saves a creditor's contact policy (contact hours, attempts per 7 days, reminder spacing). */
export function useSetContactPolicy() {
  return useMutation(SET_CONTACT_POLICY);
}
