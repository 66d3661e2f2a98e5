import { useMemo } from 'react';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';

/** The shared vocabulary as people read it: dunning stages, case statuses, outcomes, roles. */
export const STAGE_MESSAGES = defineMessages({
  REMINDER: { id: 'vocab.stage.REMINDER', defaultMessage: 'Payment reminder' },
  DUNNING_1: { id: 'vocab.stage.DUNNING_1', defaultMessage: '1st dunning letter' },
  DUNNING_2: { id: 'vocab.stage.DUNNING_2', defaultMessage: '2nd dunning letter' },
  PHONE: { id: 'vocab.stage.PHONE', defaultMessage: 'Phone contact' },
  AGENCY: { id: 'vocab.stage.AGENCY', defaultMessage: 'Agency hand-over' },
  COURT: { id: 'vocab.stage.COURT', defaultMessage: 'Court dunning procedure' },
  ENFORCEMENT: { id: 'vocab.stage.ENFORCEMENT', defaultMessage: 'Enforcement' },
});

export const STATUS_MESSAGES = defineMessages({
  OPEN: { id: 'vocab.status.OPEN', defaultMessage: 'Open' },
  ON_HOLD: { id: 'vocab.status.ON_HOLD', defaultMessage: 'On hold' },
  PAID: { id: 'vocab.status.PAID', defaultMessage: 'Paid' },
  UNCOLLECTIBLE: { id: 'vocab.status.UNCOLLECTIBLE', defaultMessage: 'Uncollectible' },
  LEGAL: { id: 'vocab.status.LEGAL', defaultMessage: 'With legal' },
});

export const OUTCOME_MESSAGES = defineMessages({
  NO_CONTACT: { id: 'vocab.outcome.NO_CONTACT', defaultMessage: 'No contact' },
  RIGHT_PARTY_CONTACT: { id: 'vocab.outcome.RIGHT_PARTY_CONTACT', defaultMessage: 'Right-party contact' },
  PROMISE_TO_PAY: { id: 'vocab.outcome.PROMISE_TO_PAY', defaultMessage: 'Promise to pay' },
  PAYMENT_PLAN: { id: 'vocab.outcome.PAYMENT_PLAN', defaultMessage: 'Payment plan' },
  DISPUTE: { id: 'vocab.outcome.DISPUTE', defaultMessage: 'Dispute' },
  PAID: { id: 'vocab.outcome.PAID', defaultMessage: 'Paid' },
  UNCOLLECTIBLE: { id: 'vocab.outcome.UNCOLLECTIBLE', defaultMessage: 'Uncollectible' },
  ESCALATE_LEGAL: { id: 'vocab.outcome.ESCALATE_LEGAL', defaultMessage: 'Escalate to legal' },
  CALLBACK: { id: 'vocab.outcome.CALLBACK', defaultMessage: 'Callback' },
});

export const ROLE_MESSAGES = defineMessages({
  COLLECTOR: { id: 'vocab.role.COLLECTOR', defaultMessage: 'Collector' },
  LEAD: { id: 'vocab.role.LEAD', defaultMessage: 'Team lead' },
  MANAGER: { id: 'vocab.role.MANAGER', defaultMessage: 'Manager' },
  ADMIN: { id: 'vocab.role.ADMIN', defaultMessage: 'Admin' },
});

export const PROMISE_MESSAGES = defineMessages({
  OPEN: { id: 'vocab.promise.OPEN', defaultMessage: 'Open' },
  KEPT: { id: 'vocab.promise.KEPT', defaultMessage: 'Kept' },
  BROKEN: { id: 'vocab.promise.BROKEN', defaultMessage: 'Broken' },
});

export const DEBTOR_KIND_MESSAGES = defineMessages({
  CONSUMER: { id: 'vocab.debtorKind.CONSUMER', defaultMessage: 'Consumer' },
  BUSINESS: { id: 'vocab.debtorKind.BUSINESS', defaultMessage: 'Business' },
});

/** The parts a case's priority is made of, as the creditor's weights and the case screen name them. */
export const PRIORITY_PART_MESSAGES = defineMessages({
  balance: { id: 'creditors.weights.part.balance', defaultMessage: 'Open balance' },
  overdue: { id: 'creditors.weights.part.overdue', defaultMessage: 'Days overdue' },
  stage: { id: 'creditors.weights.part.stage', defaultMessage: 'Dunning stage' },
  brokenPromises: { id: 'creditors.weights.part.brokenPromises', defaultMessage: 'Broken promises / missed instalments' },
  callback: { id: 'creditors.weights.part.callback', defaultMessage: 'Callback due' },
  limitation: { id: 'creditors.weights.part.limitation', defaultMessage: 'Limitation approaching' },
  courtDeadline: { id: 'creditors.weights.part.courtDeadline', defaultMessage: 'Court deadline approaching' },
  lastContact: { id: 'creditors.weights.part.lastContact', defaultMessage: 'Time since last contact' },
  outcomeHistory: { id: 'creditors.weights.part.outcomeHistory', defaultMessage: 'Outcome history' },
});

export interface Labels {
  stage(stage: string): string;
  status(status: string): string;
  outcome(outcome: string): string;
  role(role: string): string;
  promise(status: string): string;
  debtorKind(kind: string): string;
}

/** Labels in the workbench language; a value the vocabulary does not know is shown as it is. */
export function useLabels(): Labels {
  const intl = useIntl();
  return useMemo(() => {
    const from = (messages: Record<string, MessageDescriptor>) => (value: string) =>
      messages[value] ? intl.formatMessage(messages[value]) : value;
    return {
      stage: from(STAGE_MESSAGES),
      status: from(STATUS_MESSAGES),
      outcome: from(OUTCOME_MESSAGES),
      role: from(ROLE_MESSAGES),
      promise: from(PROMISE_MESSAGES),
      debtorKind: from(DEBTOR_KIND_MESSAGES),
    };
  }, [intl]);
}
