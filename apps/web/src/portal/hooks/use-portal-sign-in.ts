import { useMutation } from '@apollo/client/react';
import { PORTAL_SIGN_IN } from '../portal.graphql';

/** Signs the debtor in with the link's token and their postcode. */
export function usePortalSignIn() {
  return useMutation(PORTAL_SIGN_IN);
}
