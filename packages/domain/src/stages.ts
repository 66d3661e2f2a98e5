/** Vocabulary shared by the API and the web app: dunning stages, case statuses, outcomes. */

/** Ordered dunning stages of a strategy (DESIGN.md section 2). */
export const DUNNING_STAGES = ['REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT', 'ENFORCEMENT'] as const;
export type DunningStage = (typeof DUNNING_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<DunningStage, string>> = {
  REMINDER: 'Payment reminder',
  DUNNING_1: '1st dunning letter',
  DUNNING_2: '2nd dunning letter',
  PHONE: 'Phone contact',
  AGENCY: 'Agency hand-over',
  COURT: 'Court dunning procedure',
  ENFORCEMENT: 'Enforcement',
};

export const CASE_STATUSES = ['OPEN', 'ON_HOLD', 'PAID', 'UNCOLLECTIBLE', 'LEGAL'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  OPEN: 'Open',
  ON_HOLD: 'On hold',
  PAID: 'Paid',
  UNCOLLECTIBLE: 'Uncollectible',
  LEGAL: 'With legal',
};

export const OUTCOME_TYPES = [
  'NO_CONTACT',
  'RIGHT_PARTY_CONTACT',
  'PROMISE_TO_PAY',
  'PAYMENT_PLAN',
  'DISPUTE',
  'PAID',
  'UNCOLLECTIBLE',
  'ESCALATE_LEGAL',
  'CALLBACK',
] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

export const OUTCOME_LABELS: Readonly<Record<OutcomeType, string>> = {
  NO_CONTACT: 'No contact',
  RIGHT_PARTY_CONTACT: 'Right-party contact',
  PROMISE_TO_PAY: 'Promise to pay',
  PAYMENT_PLAN: 'Payment plan',
  DISPUTE: 'Dispute',
  PAID: 'Paid',
  UNCOLLECTIBLE: 'Uncollectible',
  ESCALATE_LEGAL: 'Escalate to legal',
  CALLBACK: 'Callback',
};

export type DebtorKind = 'consumer' | 'business';
export const DEBTOR_KINDS = ['consumer', 'business'] as const satisfies readonly DebtorKind[];

export type Country = 'DE' | 'DK';
export const COUNTRIES = ['DE', 'DK'] as const satisfies readonly Country[];

export function isDunningStage(value: unknown): value is DunningStage {
  return typeof value === 'string' && (DUNNING_STAGES as readonly string[]).includes(value);
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

export function isOutcomeType(value: unknown): value is OutcomeType {
  return typeof value === 'string' && (OUTCOME_TYPES as readonly string[]).includes(value);
}

export function isDebtorKind(value: unknown): value is DebtorKind {
  return value === 'consumer' || value === 'business';
}

export function isCountry(value: unknown): value is Country {
  return value === 'DE' || value === 'DK';
}

/** Position of a stage in the dunning sequence (REMINDER = 0). */
export function stageIndex(stage: DunningStage): number {
  return DUNNING_STAGES.indexOf(stage);
}
