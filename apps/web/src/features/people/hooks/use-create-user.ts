import { useMutation } from '@apollo/client/react';
import { CREATE_USER } from '../people.graphql';

/** Creates a user; the answer holds their one-time password, shown once. The people list is fetched again afterwards. */
export function useCreateUser() {
  return useMutation(CREATE_USER, { refetchQueries: ['People'] });
}
