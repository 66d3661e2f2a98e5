import { useMutation } from '@apollo/client/react';
import { PORTAL_CASE, PORTAL_REQUEST_CALLBACK } from '../portal.graphql';

/** The debtor asks to be called within a time window. */
export function usePortalRequestCallback() {
  return useMutation(PORTAL_REQUEST_CALLBACK, { refetchQueries: [PORTAL_CASE] });
}
