import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DunningStageEnum } from '../common/enums.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import { CreditorModel } from '../creditors/creditor.model.js';
import type { DunningStage } from '@mahnwerk/domain';

@ObjectType('DunningRun')
export class DunningRunModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) asOf: string;
  @Field() status: string;
  @Field(() => Int, { description: 'Cases moved one stage on.' }) advanced: number;
  @Field(() => Int) feesCharged: number;
  @Field(() => Int, { description: 'Letters queued, one per debtor and creditor.' }) letters: number;
  @Field(() => Int) emails: number;
  @Field(() => Int) promisesBroken: number;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
}

@ObjectType('DunningRunHold', { description: 'A case the run did not send its letter, and why (RDG 13a).' })
export class DunningRunHoldModel {
  @Field(() => ID) caseId: string;
  @Field() reason: string;
}

@ObjectType('DunningStep')
export class DunningStepModel {
  @Field(() => DunningStageEnum) stage: DunningStage;
  @Field(() => Int, { description: 'Days after entering the previous stage.' }) waitDays: number;
  @Field() channel: string;
  @Field(() => SafeIntScalar) feeCents: number;
  @Field(() => String, { nullable: true }) feeLabel: string | null;
  @Field(() => Int, { nullable: true, description: 'Payment window printed on the letter.' }) paymentWindowDays: number | null;
}

@ObjectType('DunningStrategy')
export class DunningStrategyModel {
  @Field(() => CreditorModel) creditor: CreditorModel;
  @Field({ description: 'True when the creditor uses its country default.' }) isDefault: boolean;
  @Field(() => [DunningStepModel]) steps: DunningStepModel[];
}

@ObjectType('DunningPreviewTransition', { description: 'The cases a run would move from one stage to the next, by channel and currency.' })
export class DunningPreviewTransitionModel {
  @Field(() => DunningStageEnum) fromStage: DunningStage;
  @Field(() => DunningStageEnum) toStage: DunningStage;
  @Field() channel: string;
  @Field() currency: string;
  @Field(() => Int) cases: number;
  @Field(() => SafeIntScalar, { description: 'Fees the steps would charge, in cents of `currency`.' }) feeCents: number;
}

@ObjectType('DunningPreviewCase', { description: "A case's next step in a previewed run." })
export class DunningPreviewCaseModel {
  @Field(() => ID) caseId: string;
  @Field(() => DunningStageEnum) fromStage: DunningStage;
  @Field(() => DunningStageEnum) toStage: DunningStage;
  @Field() channel: string;
  @Field() currency: string;
  @Field(() => SafeIntScalar) feeCents: number;
}

@ObjectType('DunningFeeTotal')
export class DunningFeeTotalModel {
  @Field() currency: string;
  @Field(() => SafeIntScalar) amountCents: number;
}

@ObjectType('DunningPreview', { description: 'What runDunning(asOf) would do now; nothing is changed by asking.' })
export class DunningPreviewModel {
  @Field(() => DateScalar) asOf: string;
  @Field({ description: 'The date was run already: running it again changes nothing.' }) alreadyRun: boolean;
  @Field(() => Int, { description: 'Cases that would move one stage on.' }) advanced: number;
  @Field(() => Int) feesCharged: number;
  @Field(() => [DunningFeeTotalModel], { description: 'Fees that would be charged, per currency.' }) feeTotals: DunningFeeTotalModel[];
  @Field(() => Int, { description: 'Letters that would be queued, one per debtor and creditor.' }) letters: number;
  @Field(() => Int) emails: number;
  @Field(() => Int) promisesBroken: number;
  @Field(() => Int, { description: 'Cases due for a letter that RDG 13a would hold.' }) lettersHeld: number;
  @Field(() => [DunningPreviewTransitionModel]) transitions: DunningPreviewTransitionModel[];
  @Field(() => [DunningPreviewCaseModel], { description: 'The first cases (by id) with their next step.' }) sample: DunningPreviewCaseModel[];
}
