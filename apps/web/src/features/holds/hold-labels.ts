import { defineMessages } from 'react-intl';

/** Why a case is held, as people read it (the domain's HOLD_TYPE_LABELS stay English for exports). */
export const HOLD_TYPE_MESSAGES = defineMessages({
  DISPUTE: { id: 'holds.type.DISPUTE', defaultMessage: 'Dispute' },
  INSOLVENCY: { id: 'holds.type.INSOLVENCY', defaultMessage: 'Insolvency' },
  DECEASED: { id: 'holds.type.DECEASED', defaultMessage: 'Deceased' },
  CEASE_CONTACT: { id: 'holds.type.CEASE_CONTACT', defaultMessage: 'Cease contact' },
  FRAUD_CHECK: { id: 'holds.type.FRAUD_CHECK', defaultMessage: 'Fraud check' },
  CREDITOR_RECALL: { id: 'holds.type.CREDITOR_RECALL', defaultMessage: 'Creditor recall' },
  ADDRESS_RESEARCH: { id: 'holds.type.ADDRESS_RESEARCH', defaultMessage: 'Address research' },
});

/** What the debtor says when disputing a claim. */
export const DISPUTE_REASON_MESSAGES = defineMessages({
  AMOUNT: { id: 'holds.disputeReason.AMOUNT', defaultMessage: 'The amount is wrong' },
  NOT_RECEIVED: { id: 'holds.disputeReason.NOT_RECEIVED', defaultMessage: 'Goods or service not received' },
  ALREADY_PAID: { id: 'holds.disputeReason.ALREADY_PAID', defaultMessage: 'Already paid' },
  NOT_MY_DEBT: { id: 'holds.disputeReason.NOT_MY_DEBT', defaultMessage: 'Not my debt' },
  OTHER: { id: 'holds.disputeReason.OTHER', defaultMessage: 'Other' },
});

/** Where a dispute stands. */
export const DISPUTE_STATUS_MESSAGES = defineMessages({
  OPEN: { id: 'holds.disputeStatus.OPEN', defaultMessage: 'Dispute open' },
  UPHELD: { id: 'holds.disputeStatus.UPHELD', defaultMessage: 'Dispute upheld' },
  REJECTED: { id: 'holds.disputeStatus.REJECTED', defaultMessage: 'Dispute rejected' },
});
