import { registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES, CONTACT_DIRECTIONS, DUNNING_STAGES, OUTCOME_TYPES } from '@mahnwerk/domain';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CaseStatusEnum = enumOf(CASE_STATUSES);
export const DunningStageEnum = enumOf(DUNNING_STAGES);
export const OutcomeTypeEnum = enumOf(OUTCOME_TYPES);
export const DebtorKindEnum = enumOf(['CONSUMER', 'BUSINESS'] as const);
export const ChannelEnum = enumOf(['PHONE', 'LETTER', 'EMAIL', 'SMS', 'PORTAL', 'IN_PERSON', 'SYSTEM', 'NOTE'] as const);
export const ContactDirectionEnum = enumOf(CONTACT_DIRECTIONS);
export const PromiseStatusEnum = enumOf(['OPEN', 'KEPT', 'BROKEN'] as const);
export const QueueChangeKindEnum = enumOf(['ADDED', 'UPDATED', 'REMOVED'] as const);
export const BalanceLineKindEnum = enumOf(['PRINCIPAL', 'INTEREST', 'FEE', 'PAYMENT', 'ADJUSTMENT'] as const);

registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
registerEnumType(DunningStageEnum, { name: 'DunningStage' });
registerEnumType(OutcomeTypeEnum, { name: 'OutcomeType' });
registerEnumType(DebtorKindEnum, { name: 'DebtorKind' });
registerEnumType(ChannelEnum, { name: 'Channel', description: 'A timeline entry\'s channel: a contact\'s (PHONE ... IN_PERSON), SYSTEM for the system\'s entries, NOTE for a plain note.' });
registerEnumType(ContactDirectionEnum, { name: 'ContactDirection', description: 'INBOUND: the debtor called, wrote or came by; OUTBOUND: the agency did.' });
registerEnumType(PromiseStatusEnum, { name: 'PromiseStatus' });
registerEnumType(QueueChangeKindEnum, { name: 'QueueChangeKind' });
registerEnumType(BalanceLineKindEnum, { name: 'BalanceLineKind' });
