import { useMutation } from '@apollo/client/react';
import { UPDATE_USER } from '../people.graphql';

/** Saves an admin's changes to a user. The people list is fetched again afterwards. */
export function useUpdateUser() {
  return useMutation(UPDATE_USER, { refetchQueries: ['People'] });
}
