import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DunningStage, LetterLanguage, MessageChannel, TextLanguage } from '@mahnwerk/domain';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { CallerLanguage } from '../common/caller-language.decorator.js';
import { DunningStageEnum } from '../common/enums.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { MessageDraftInput, MessageTemplateInput, SendCaseMessageInput } from './dto/message.input.js';
import { CaseMessageModel, MessageChannelEnum, MessagePreviewModel, MessageTemplateModel } from './message.model.js';
import type { CaseMessageRecord } from './messages.repository.js';
import { MessagesService } from './messages.service.js';

const EVERYONE = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const;

const toMessage = (m: CaseMessageRecord): CaseMessageModel => ({
  id: m.id, channel: m.channel, to: m.toAddress, subject: m.subject, body: m.body, status: m.status, attempts: m.attempts,
  lastError: m.lastError, language: m.language, templateVersion: m.templateVersion, templateStage: m.templateStage,
  sentByName: m.sentByName, createdAt: m.createdAt, processedAt: m.processedAt,
});

@Resolver(() => CaseModel)
export class MessagesResolver {
  constructor(private readonly service: MessagesService) {}

  @Query(() => [MessageTemplateModel], { description: 'The current version of every e-mail and SMS template (per stage and language).' })
  @Roles(...EVERYONE)
  messageTemplates(): Promise<MessageTemplateModel[]> {
    return this.service.templates();
  }

  @Query(() => [MessageTemplateModel], { description: 'Every version of one template, newest first (admins).' })
  @Roles('ADMIN')
  messageTemplateVersions(
    @Args('channel', { type: () => MessageChannelEnum }) channel: MessageChannel,
    @Args('stage', { type: () => DunningStageEnum }) stage: DunningStage,
    @Args('language') language: string,
  ): Promise<MessageTemplateModel[]> {
    return this.service.versions({ channel, stage, language: language as LetterLanguage });
  }

  @Mutation(() => MessageTemplateModel, { description: 'Saves a template edit as its next version (admins); merge fields are checked. Audited.' })
  @Roles('ADMIN')
  updateMessageTemplate(@CurrentUser() user: AuthUser, @Args('input') input: MessageTemplateInput): Promise<MessageTemplateModel> {
    return this.service.updateTemplate(user, input);
  }

  @Query(() => MessagePreviewModel, {
    description: 'A template rendered for a real case: the stage\'s (default the case\'s stage) in the debtor\'s language (or `language`), or `draft` unsaved.',
  })
  @Roles(...EVERYONE)
  messagePreview(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('channel', { type: () => MessageChannelEnum }) channel: MessageChannel,
    @Args('stage', { type: () => DunningStageEnum, nullable: true }) stage?: DunningStage | null,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
    @Args('draft', { type: () => MessageDraftInput, nullable: true }) draft?: MessageDraftInput | null,
    @CallerLanguage() callerLanguage?: TextLanguage,
  ): Promise<MessagePreviewModel> {
    return this.service.preview(user, { caseId, channel, stage, language, draft }, callerLanguage);
  }

  @Mutation(() => CaseMessageModel, {
    description: 'Sends the stage\'s e-mail or SMS template to the case\'s debtor through the outbox (collector: a case in their queue; lead; admin). '
      + 'Outbound contact: refused outside the contact policy with extensions.nextAllowedAt.',
  })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async sendCaseMessage(@CurrentUser() user: AuthUser, @Args('input') input: SendCaseMessageInput): Promise<CaseMessageModel> {
    return toMessage(await this.service.send(user, input));
  }

  @ResolveField(() => [CaseMessageModel], { description: 'E-mails and SMS to the debtor about this case, newest first, with their delivery state.' })
  async messages(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<CaseMessageModel[]> {
    const list = await loaders
      .loader('case.messages', async (ids: readonly string[]) => {
        const byCase = await this.service.messagesOfCases(ids);
        return ids.map((id) => byCase.get(id) ?? []);
      })
      .load(c.id);
    return list.map(toMessage);
  }
}

