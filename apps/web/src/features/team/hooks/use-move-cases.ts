import { useMutation } from '@apollo/client/react';
import { MOVE_CASES } from '../team.graphql';

/** The board's lists and loads that a move changes: fetched again after one. */
export const MOVE_REFETCH = ['Cases', 'OrphanCases', 'PoolSize', 'TeamQueues'];

/** Moves several cases at once; the board's lists and loads are fetched again afterwards. */
export function useMoveCases() {
  return useMutation(MOVE_CASES, { refetchQueries: MOVE_REFETCH });
}
