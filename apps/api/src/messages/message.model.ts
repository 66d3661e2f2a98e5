import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MESSAGE_CHANNELS } from '@mahnwerk/domain';
import { DunningStageEnum } from '../common/enums.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const MessageChannelEnum = enumOf(MESSAGE_CHANNELS);
registerEnumType(MessageChannelEnum, { name: 'MessageChannel', description: 'How a message to a debtor goes out.' });
export const MessageStatusEnum = enumOf(['PENDING', 'SENT', 'STORED', 'FAILED'] as const);
registerEnumType(MessageStatusEnum, {
  name: 'MessageStatus',
  description: 'PENDING: waiting or to be tried again; SENT: handed to the mail server or SMS provider; '
    + 'STORED: kept by the store transport, not sent; FAILED: given up after the last attempt (lastError says why).',
});

@ObjectType('MessageTemplate', { description: 'One version of an e-mail or SMS template; an edit adds a version.' })
export class MessageTemplateModel {
  @Field(() => ID) id: string;
  @Field(() => MessageChannelEnum) channel: keyof typeof MessageChannelEnum;
  @Field(() => DunningStageEnum) stage: keyof typeof DunningStageEnum;
  @Field(() => String, { description: 'de, en or da.' }) language: string;
  @Field(() => Int) version: number;
  @Field(() => String, { description: 'Empty for SMS.' }) subject: string;
  @Field(() => String) body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => String, { nullable: true, description: 'Who saved this version; null for the seeded defaults.' }) createdByName: string | null;
}

@ObjectType('MessagePreview', { description: 'A template rendered for a real case; not sent.' })
export class MessagePreviewModel {
  @Field(() => MessageChannelEnum) channel: keyof typeof MessageChannelEnum;
  @Field(() => DunningStageEnum) stage: keyof typeof DunningStageEnum;
  @Field(() => String) language: string;
  @Field(() => Int, { nullable: true, description: 'The template version rendered; null for an unsaved draft.' }) templateVersion: number | null;
  @Field(() => String, { nullable: true, description: 'The debtor\'s e-mail address or phone number; null when the debtor has none.' })
  to: string | null;
  @Field(() => String) subject: string;
  @Field(() => String) body: string;
  @Field(() => Boolean, { description: 'Whether the contact policy lets this go to the debtor now (outbound contact on this channel).' })
  allowed: boolean;
  @Field(() => String, { nullable: true, description: 'Why the contact policy refuses it now; null when allowed.' }) refusal: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the contact policy next allows it; null when allowed.' })
  nextAllowedAt: Date | null;
}

@ObjectType('CaseMessage', { description: 'An e-mail or SMS to the case\'s debtor, with its delivery state.' })
export class CaseMessageModel {
  @Field(() => ID) id: string;
  @Field(() => MessageChannelEnum) channel: keyof typeof MessageChannelEnum;
  @Field(() => String) to: string;
  @Field(() => String) subject: string;
  @Field(() => String) body: string;
  @Field(() => MessageStatusEnum) status: keyof typeof MessageStatusEnum;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' }) lastError: string | null;
  @Field(() => String, { nullable: true }) language: string | null;
  @Field(() => Int, { nullable: true, description: 'The template version it was rendered from.' }) templateVersion: number | null;
  @Field(() => DunningStageEnum, { nullable: true }) templateStage: keyof typeof DunningStageEnum | null;
  @Field(() => String, { nullable: true, description: 'Who sent it; null for the dunning run.' }) sentByName: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it reached its final state.' }) processedAt: Date | null;
}
