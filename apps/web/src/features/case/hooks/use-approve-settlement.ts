import { APPROVE_SETTLEMENT } from '../agreements.graphql';
import { useSettlementDecision } from './use-settlement-decision';

/** A lead approves a settlement waiting for approval (refused once it has expired). */
export const useApproveSettlement = () => useSettlementDecision(APPROVE_SETTLEMENT);
