import { useMutation } from '@apollo/client/react';
import { OFFER_SETTLEMENT } from '../agreements.graphql';

/** Offers a settlement; the answer is the case with its settlement, so the cache updates the card. */
export function useOfferSettlement() {
  return useMutation(OFFER_SETTLEMENT);
}
