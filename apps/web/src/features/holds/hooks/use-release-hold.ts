import { useMutation } from '@apollo/client/react';
import { RELEASE_HOLD } from '../holds.graphql';

/** Releases a hold (leads and admins); the case comes back open when no other hold is current. */
export function useReleaseHold() {
  return useMutation(RELEASE_HOLD);
}
