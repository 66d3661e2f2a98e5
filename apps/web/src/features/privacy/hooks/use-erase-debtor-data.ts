import { useMutation } from '@apollo/client/react';
import { DEBTOR_PRIVACY, ERASE_DEBTOR_DATA } from '../privacy.graphql';

/** An erasure request (Art. 17 GDPR): erases what no retention duty keeps, returns the kept-until statement. */
export function useEraseDebtorData(debtorId: string) {
  return useMutation(ERASE_DEBTOR_DATA, { refetchQueries: [{ query: DEBTOR_PRIVACY, variables: { debtorId } }], awaitRefetchQueries: true });
}
