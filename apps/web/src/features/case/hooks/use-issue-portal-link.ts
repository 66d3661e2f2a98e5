import { useMutation } from '@apollo/client/react';
import { ISSUE_PORTAL_LINK } from '../portal-link.graphql';

/** Issues a new personal portal link for the case's debtor (the URL is shown only in this answer). */
export function useIssuePortalLink() {
  return useMutation(ISSUE_PORTAL_LINK);
}
