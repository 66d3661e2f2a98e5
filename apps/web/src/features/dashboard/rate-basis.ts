import { defineMessages } from 'react-intl';
import type { Kpis } from './dashboard.graphql';

/** What a rate is a share of; with none of it in the period the rate has no meaning and shows "—". */
export type RateBasis = 'cases' | 'amount' | 'promises' | 'contacts' | 'signIns' | 'stage';

/** Why a rate shows "—": the title on the dash, in the words of its denominator. */
export const NO_BASIS_MESSAGES = defineMessages({
  cases: { id: 'dashboard.rate.noCases', defaultMessage: 'No cases placed in this period' },
  amount: { id: 'dashboard.rate.noAmount', defaultMessage: 'No amount placed in this period' },
  promises: { id: 'dashboard.rate.noPromises', defaultMessage: 'No promise fell due in this period' },
  contacts: { id: 'dashboard.rate.noContacts', defaultMessage: 'No contact attempt in this period' },
  signIns: { id: 'dashboard.rate.noSignIns', defaultMessage: 'No debtor signed in during this period' },
  stage: { id: 'dashboard.rate.noStageCases', defaultMessage: 'No case was in this stage during the period' },
});

/**
 * A rate only where its denominator is not zero. The API reports some empty shares as 0 (payment
 * and recovery rate: 0 of 0), which would read as "nobody paid"; this gives null for them instead.
 */
export function rateWithBasis(rate: number | null | undefined, denominator: number): number | null {
  if (denominator === 0 || rate === null || rate === undefined || Number.isNaN(rate)) return null;
  return rate;
}

/** The rates of a KPI set, null where nothing was there to measure. */
export function honestRates(k: Kpis) {
  return {
    paymentRate: rateWithBasis(k.paymentRate, k.casesPlaced),
    paymentRateAmount: rateWithBasis(k.paymentRateAmount, k.placedCents),
    recoveryRate: rateWithBasis(k.recoveryRate, k.placedCents),
    promiseKeptRate: k.promiseKeptRate,
    rightPartyContactRate: rateWithBasis(k.rightPartyContactRate, k.contacts),
  };
}
