import { useMutation } from '@apollo/client/react';
import { ADD_INTEREST_RATE, INTEREST_RATES } from '../interest-rates.graphql';

/** Adds a published reference rate (admin); the tables and their status are read again. */
export function useAddInterestRate() {
  return useMutation(ADD_INTEREST_RATE, { refetchQueries: [INTEREST_RATES], awaitRefetchQueries: true });
}
