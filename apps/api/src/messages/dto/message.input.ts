import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { BODY_MAX_LENGTH, DUNNING_STAGES, MESSAGE_CHANNELS, MESSAGE_LANGUAGES, SUBJECT_MAX_LENGTH, type DunningStage, type MessageChannel } from '@mahnwerk/domain';
import { DunningStageEnum } from '../../common/enums.js';
import { MessageChannelEnum } from '../message.model.js';

@InputType({ description: 'A template edit: saved as the next version of (channel, stage, language).' })
export class MessageTemplateInput {
  @Field(() => MessageChannelEnum) @IsIn(MESSAGE_CHANNELS) channel: MessageChannel;
  @Field(() => DunningStageEnum) @IsIn(DUNNING_STAGES) stage: DunningStage;
  @Field(() => String, { description: 'de, en or da.' }) @IsIn(MESSAGE_LANGUAGES) language: 'de' | 'en' | 'da';
  @Field(() => String, { description: 'The e-mail subject (ignored for SMS); merge fields allowed.' })
  @IsString() @MaxLength(SUBJECT_MAX_LENGTH)
  subject: string;
  @Field(() => String, { description: 'The text with merge fields: {debtorName}, {totalDue}, {deadline}, {paymentDetails}, {reference}, {portalLink}, ...' })
  @IsString() @MaxLength(BODY_MAX_LENGTH)
  body: string;
}

@InputType({ description: 'Unsaved template text to preview.' })
export class MessageDraftInput {
  @Field(() => String) @IsString() @MaxLength(SUBJECT_MAX_LENGTH) subject: string;
  @Field(() => String) @IsString() @MaxLength(BODY_MAX_LENGTH) body: string;
}

@InputType({ description: 'Send the stage\'s template (default: the case\'s stage) to the case\'s debtor.' })
export class SendCaseMessageInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => MessageChannelEnum) @IsIn(MESSAGE_CHANNELS) channel: MessageChannel;
  @Field(() => DunningStageEnum, { nullable: true }) @IsOptional() @IsIn(DUNNING_STAGES) stage?: DunningStage | null;
}
