import { useMutation } from '@apollo/client/react';
import { PORTAL_CASE, PORTAL_PROMISE } from '../portal.graphql';

/** The debtor promises to pay an amount by a date; the case is read again (what happens next changes). */
export function usePortalPromise() {
  return useMutation(PORTAL_PROMISE, { refetchQueries: [PORTAL_CASE] });
}
