import { useMutation } from '@apollo/client/react';
import { PORTAL_START_PAYMENT } from '../portal.graphql';

/** Starts a payment with the provider (card, PayPal, MobilePay); its answer may say where to go next. */
export function usePortalStartPayment() {
  return useMutation(PORTAL_START_PAYMENT);
}
