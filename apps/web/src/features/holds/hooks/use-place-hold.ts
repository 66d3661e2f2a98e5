import { useMutation } from '@apollo/client/react';
import { PLACE_HOLD } from '../holds.graphql';

/** Places a hold; the answer is the case with its holds, so the card and header update from the cache. */
export function usePlaceHold() {
  return useMutation(PLACE_HOLD);
}
