import { useMutation } from '@apollo/client/react';
import { SET_CAPACITY } from '../team.graphql';

/** Sets how many cases a collector holds at most. */
export function useSetCapacity() {
  return useMutation(SET_CAPACITY);
}
