import { DECLINE_SETTLEMENT } from '../agreements.graphql';
import { useSettlementDecision } from './use-settlement-decision';

/** A lead declines a settlement waiting for approval, with the reason (refused once it has expired). */
export const useDeclineSettlement = () => useSettlementDecision(DECLINE_SETTLEMENT);
