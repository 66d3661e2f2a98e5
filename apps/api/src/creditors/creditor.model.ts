import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DunningStage, PriorityWeights } from '@mahnwerk/domain';
import { DunningStageEnum } from '../common/enums.js';
import { SafeIntScalar } from '../common/scalars.js';

@ObjectType('Creditor')
export class CreditorModel {
  @Field(() => ID) id: string;
  @Field() ref: string;
  @Field() name: string;
  @Field({ description: 'ISO country code whose law applies, e.g. DE or DK.' }) country: string;
  @Field() currency: string;
  @Field() timeZone: string;
}

@ObjectType('PriorityWeights', { description: 'Maximum points per priority part of a creditor (they add up to at most 1000).' })
export class PriorityWeightsModel implements PriorityWeights {
  @Field(() => Int) balance: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) stage: number;
  @Field(() => Int) brokenPromises: number;
  @Field(() => Int) callback: number;
  @Field(() => Int) limitation: number;
  @Field(() => Int) courtDeadline: number;
  @Field(() => Int) lastContact: number;
  @Field(() => Int) outcomeHistory: number;
  @Field({ description: 'True when the creditor has no weights of its own and the defaults apply.' }) isDefault: boolean;
}

@ObjectType('DunningFeeRule', { description: 'The fee a stage charges when a case enters it, with the parameters of its rule.' })
export class DunningFeeRuleModel {
  @Field() rule: string;
  @Field({ description: 'What the rule charges, in words.' }) description: string;
  @Field(() => Float, { nullable: true }) factor: number | null;
  @Field(() => Boolean, { nullable: true }) firstDemand: boolean | null;
  @Field(() => Float, {
    nullable: true,
    description: "DE_AGENCY_FEE on a first demand: the factor the next step raises the business fee to once the first demand's deadline passed unpaid (VV 2300 Anm. 2).",
  })
  raisedFactor: number | null;
  @Field(() => SafeIntScalar, { nullable: true }) amountCents: number | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => String, { nullable: true }) statute: string | null;
}

@ObjectType('DunningStrategyStage')
export class DunningStrategyStageModel {
  @Field(() => DunningStageEnum) stage: DunningStage;
  @Field(() => Int, { description: 'Days after entering the previous stage (the first stage: after placement).' }) waitDays: number;
  @Field() channel: string;
  @Field(() => DunningFeeRuleModel, { nullable: true }) fee: DunningFeeRuleModel | null;
  @Field(() => String, { nullable: true }) letterTemplate: string | null;
  @Field(() => Int) paymentWindowDays: number;
  @Field() collectionWarning: boolean;
}

@ObjectType('CreditorDunningStrategy', { description: "A creditor's dunning strategy, stage by stage, as the next dunning step applies it." })
export class CreditorDunningStrategyModel {
  @Field() name: string;
  @Field({ description: "True when the creditor follows its country's default." }) isDefault: boolean;
  @Field(() => [DunningStrategyStageModel]) stages: DunningStrategyStageModel[];
}
