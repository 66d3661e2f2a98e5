import { defineMessages, type MessageDescriptor } from 'react-intl';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The reason the API gives when a settlement's last day has passed before it was decided. */
export const SETTLEMENT_EXPIRED_REASON = 'SETTLEMENT_EXPIRED';

/** Whether an approval or decline failed because the settlement had expired (the lists then need reading again). */
export function isSettlementExpiredError(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.reason === SETTLEMENT_EXPIRED_REASON);
}

/** How far back the Settlements screen lists expired offers. */
export const EXPIRED_SETTLEMENTS_DAYS = 14;

/** What the case card says about an expired settlement; `date` is its last day, formatted. */
export const { SETTLEMENT_EXPIRED_NOTE }: Record<'SETTLEMENT_EXPIRED_NOTE', MessageDescriptor> = defineMessages({
  SETTLEMENT_EXPIRED_NOTE: {
    id: 'case.agreements.settlement.expiredNote',
    defaultMessage: 'Not paid in full by {date}: the offer has lapsed and nothing was written off. A new offer can be made.',
  },
});
