import { useMutation } from '@apollo/client/react';
import { RESOLVE_DISPUTE } from '../holds.graphql';

/** Resolves a dispute (leads and admins): upheld with its reduction, or rejected. */
export function useResolveDispute() {
  return useMutation(RESOLVE_DISPUTE);
}
