import { useMutation } from '@apollo/client/react';
import { PORTAL_SIGN_OUT } from '../portal.graphql';

/** Ends the portal session on the server. */
export function usePortalSignOut() {
  return useMutation(PORTAL_SIGN_OUT);
}
