import { useMutation } from '@apollo/client/react';
import { RELEASE_CASE } from '../team.graphql';

/** Puts a case back into the unassigned pool. */
export function useReleaseCase() {
  return useMutation(RELEASE_CASE);
}
