import { useMutation } from '@apollo/client/react';
import { RESET_PASSWORD } from '../people.graphql';

/** Gives a user a new one-time password and ends their sessions. The people list is fetched again afterwards. */
export function useResetPassword() {
  return useMutation(RESET_PASSWORD, { refetchQueries: ['People'] });
}
