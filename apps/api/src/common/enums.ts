import { registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES, DUNNING_STAGES, OUTCOME_TYPES } from '@mahnwerk/domain';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CaseStatusEnum = enumOf(CASE_STATUSES);
export const DunningStageEnum = enumOf(DUNNING_STAGES);
export const OutcomeTypeEnum = enumOf(OUTCOME_TYPES);
export const DebtorKindEnum = enumOf(['CONSUMER', 'BUSINESS'] as const);
export const ChannelEnum = enumOf(['PHONE', 'LETTER', 'EMAIL', 'SMS', 'SYSTEM'] as const);
export const PromiseStatusEnum = enumOf(['OPEN', 'KEPT', 'BROKEN'] as const);
export const QueueChangeKindEnum = enumOf(['ADDED', 'UPDATED', 'REMOVED'] as const);
export const BalanceLineKindEnum = enumOf(['PRINCIPAL', 'INTEREST', 'FEE', 'PAYMENT', 'ADJUSTMENT'] as const);

registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
registerEnumType(DunningStageEnum, { name: 'DunningStage' });
registerEnumType(OutcomeTypeEnum, { name: 'OutcomeType' });
registerEnumType(DebtorKindEnum, { name: 'DebtorKind' });
registerEnumType(ChannelEnum, { name: 'Channel' });
registerEnumType(PromiseStatusEnum, { name: 'PromiseStatus' });
registerEnumType(QueueChangeKindEnum, { name: 'QueueChangeKind' });
registerEnumType(BalanceLineKindEnum, { name: 'BalanceLineKind' });
