import { useMutation } from '@apollo/client/react';
import { DEBTOR_PRIVACY, RESTRICT_DEBTOR_PROCESSING } from '../privacy.graphql';

/** Restricts processing of the debtor's data (Art. 18 GDPR): holds on the open cases, no dunning, no contact. */
export function useRestrictDebtorProcessing(debtorId: string) {
  return useMutation(RESTRICT_DEBTOR_PROCESSING, { refetchQueries: [{ query: DEBTOR_PRIVACY, variables: { debtorId } }], awaitRefetchQueries: true });
}
