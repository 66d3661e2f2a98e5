import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { DunningStage } from '@mahnwerk/domain';
import { DunningStageEnum } from '../../common/enums.js';
import { SafeIntScalar } from '../../common/scalars.js';

@InputType('DunningFeeRuleInput', {
  description:
    'The fee a stage charges when a case enters it: `rule` is DK_REMINDER_FEE, DK_HANDOVER_FEE, DK_COLLECTION_COSTS, ' +
    'DE_AGENCY_FEE (needs `factor`, optional `firstDemand` and `raisedFactor`) or FIXED (needs `amountCents`, `label`, `statute`).',
})
export class DunningFeeRuleInput {
  @Field() rule: string;
  @Field(() => Float, { nullable: true, description: 'DE_AGENCY_FEE: the VV 2300 factor, 0.5 to 2.5.' }) factor?: number | null;
  @Field(() => Boolean, { nullable: true, description: "DE_AGENCY_FEE: the agency's first demand (0.5 fee, VV 2300 Anm. 2)." })
  firstDemand?: boolean | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'DE_AGENCY_FEE with firstDemand: the VV 2300 factor once the first demand\'s deadline passed unpaid, 0.5 to 1.3 ' +
      '(default 0.9; an undisputed claim is capped at 0.9, a disputed one at the 1.3 threshold).',
  })
  raisedFactor?: number | null;
  @Field(() => SafeIntScalar, { nullable: true, description: 'FIXED: the fee in cents.' }) amountCents?: number | null;
  @Field(() => String, { nullable: true, description: 'FIXED: what the fee is for, as the balance shows it.' }) label?: string | null;
  @Field(() => String, { nullable: true, description: 'FIXED: its legal basis.' }) statute?: string | null;
}

@InputType('DunningStrategyStageInput', { description: 'One stage of a dunning strategy; the stages go in the order of DunningStage, each once.' })
export class DunningStrategyStageInput {
  @Field(() => DunningStageEnum) stage: DunningStage;
  @Field(() => Int, { description: 'Days after entering the previous stage (the first stage: after placement).' }) waitDays: number;
  @Field({ description: 'LETTER, EMAIL, PHONE or SMS.' }) channel: string;
  @Field(() => DunningFeeRuleInput, { nullable: true, description: 'The fee charged on entering the stage; null = none.' })
  fee?: DunningFeeRuleInput | null;
  @Field(() => String, { nullable: true, description: 'The letter or e-mail template; needed unless the channel is PHONE.' })
  letterTemplate?: string | null;
  @Field(() => Int, { description: 'Payment deadline printed on the letter: sending day + this many days.' }) paymentWindowDays: number;
  @Field(() => Boolean, { nullable: true, description: 'DK: this letter is the collection warning (inkassovarsel, inkassoloven 10).' })
  collectionWarning?: boolean | null;
}

@InputType('DunningStrategyInput')
export class DunningStrategyInput {
  @Field() name: string;
  @Field(() => [DunningStrategyStageInput]) stages: DunningStrategyStageInput[];
}

/**
 * Everything the law and the letters need of a creditor, checked by the domain
 * (`creditorSettingsViolations`); a problem is BAD_USER_INPUT with `extensions.field` naming the field.
 */
@InputType('CreditorInput')
export class CreditorInput {
  @Field({ description: 'Reference portfolio files name the creditor by (`creditor_ref`); unique.' }) ref: string;
  @Field({ description: 'Name shown in the workbench.' }) name: string;
  @Field({ description: 'Legal name as in the commercial register; the letters print it.' }) legalName: string;
  @Field({ description: 'DE or DK: whose law applies.' }) country: string;
  @Field({ description: 'EUR for DE, DKK for DK.' }) currency: string;
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' }) timeZone: string;
  @Field() street: string;
  @Field() postcode: string;
  @Field() city: string;
  @Field(() => String, { nullable: true, description: 'Commercial register court (e.g. Amtsgericht Hamburg); empty when not registered.' })
  registerCourt?: string | null;
  @Field(() => String, { nullable: true, description: 'Commercial register number (e.g. HRB 12345, CVR 12345678).' })
  registerNumber?: string | null;
  @Field({ description: 'IBAN of the account debtors pay into.' }) iban: string;
  @Field({ description: 'BIC of the bank keeping that account.' }) bic: string;
  @Field({ description: 'Whether the creditor can deduct VAT (then agency costs are claimed without VAT).' }) vatDeductible: boolean;
  @Field({ description: 'Default letter language: de or en for DE, da or en for DK.' }) letterLanguage: string;
  @Field(() => DunningStrategyInput, { nullable: true, description: "The dunning stages; null = the country's default strategy." })
  dunningStrategy?: DunningStrategyInput | null;
}
