import { useMutation } from '@apollo/client/react';
import { REASSIGN_CASE } from '../team.graphql';

/** Moves one case to another collector; fails with CONFLICT when the case changed since it was read. */
export function useReassignCase() {
  return useMutation(REASSIGN_CASE);
}
