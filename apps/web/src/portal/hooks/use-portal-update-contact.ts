import { useMutation } from '@apollo/client/react';
import { PORTAL_CASE, PORTAL_UPDATE_CONTACT } from '../portal.graphql';

/** The debtor changes their e-mail, phone or preferred channel. */
export function usePortalUpdateContact() {
  return useMutation(PORTAL_UPDATE_CONTACT, { refetchQueries: [PORTAL_CASE] });
}
