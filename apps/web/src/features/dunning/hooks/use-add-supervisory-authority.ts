import { useMutation } from '@apollo/client/react';
import { ADD_SUPERVISORY_AUTHORITY } from '../dunning.graphql';

/** Adds a dated supervisory authority (admins); the list is fetched again. */
export function useAddSupervisoryAuthority() {
  return useMutation(ADD_SUPERVISORY_AUTHORITY, { refetchQueries: ['SupervisoryAuthorities'] });
}
