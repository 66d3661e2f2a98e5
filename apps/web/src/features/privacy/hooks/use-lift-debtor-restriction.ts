import { useMutation } from '@apollo/client/react';
import { DEBTOR_PRIVACY, LIFT_DEBTOR_RESTRICTION } from '../privacy.graphql';

/** Lifts the restriction of processing and releases the holds it placed. */
export function useLiftDebtorRestriction(debtorId: string) {
  return useMutation(LIFT_DEBTOR_RESTRICTION, { refetchQueries: [{ query: DEBTOR_PRIVACY, variables: { debtorId } }], awaitRefetchQueries: true });
}
