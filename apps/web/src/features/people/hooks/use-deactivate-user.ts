import { useMutation } from '@apollo/client/react';
import { DEACTIVATE_USER } from '../people.graphql';

/** Deactivates a user: sessions end, their cases go back to the pool. The people list is fetched again afterwards. */
export function useDeactivateUser() {
  return useMutation(DEACTIVATE_USER, { refetchQueries: ['People'] });
}
