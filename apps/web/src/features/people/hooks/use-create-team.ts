import { useMutation } from '@apollo/client/react';
import { CREATE_TEAM } from '../people.graphql';

/** Creates a team. The people list is fetched again afterwards. */
export function useCreateTeam() {
  return useMutation(CREATE_TEAM, { refetchQueries: ['People'] });
}
