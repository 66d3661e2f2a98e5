import { useMutation } from '@apollo/client/react';
import { ADD_NOTE } from '../case.graphql';

/** Adds a plain note to a case; the answer is the whole case, so the timeline shows it at once. */
export function useAddNote() {
  return useMutation(ADD_NOTE);
}
