import { Args, GraphQLISODateTime, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { balanceLineTexts, limitationIn, priorityPartIn, type ContactChannel, type Country, type TextLanguage } from '@mahnwerk/domain';
import { CurrentUser, type AuthUser, type GraphQLContext } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CallerLanguage } from '../common/caller-language.decorator.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { DateScalar } from '../common/scalars.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import type { CaseEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { CaseLoaders } from './case-loaders.service.js';
import { CaseNotesService } from './case-notes.service.js';
import { toCaseModel } from './case.mapper.js';
import { LimitationModel } from './case-limitation.model.js';
import { PaymentModel, PaymentPromiseModel } from './case-payment.model.js';
import { ActivityModel, BalanceModel, CaseModel, CasePageModel, ClaimModel, ContactChannelEnum, PriorityPartModel } from './case.model.js';
import { CasesService } from './cases.service.js';
import { CaseFilter, PageInput } from './dto/case-filter.input.js';
import { RecordOutcomeInput } from './dto/record-outcome.input.js';
import { RecordOutcomeService } from './record-outcome.service.js';

const EVERYONE = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const;

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly outcomes: RecordOutcomeService,
    private readonly events: PgEventBus,
    private readonly caseLoaders: CaseLoaders,
    private readonly notes: CaseNotesService,
  ) {}

  @Query(() => CaseModel, { name: 'case' })
  @Roles(...EVERYONE)
  findCase(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CaseModel> {
    return this.cases.open(user, id);
  }

  @Query(() => CasePageModel, { name: 'cases' })
  @Roles(...EVERYONE)
  listCases(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter?: CaseFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<CasePageModel> {
    return this.cases.list(user, filter ?? {}, page ?? { offset: 0, limit: 50 });
  }

  @Mutation(() => CaseModel)
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async recordOutcome(@CurrentUser() user: AuthUser, @Args('input') input: RecordOutcomeInput): Promise<CaseModel> {
    return this.cases.findOne(user, await this.outcomes.record(user, input));
  }

  @Mutation(() => CaseModel, { description: 'A plain note on the case\'s timeline (no contact, no change to the case).' })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async addNote(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('text') text: string,
  ): Promise<CaseModel> {
    return this.cases.findOne(user, await this.notes.add(user, caseId, text));
  }

  @Subscription(() => CaseModel, {
    description: 'The case after every change to it.',
    filter: (event: CaseEvent, args: { caseId: string }) => event.caseId === args.caseId,
    resolve(this: CasesResolver, event: CaseEvent, _args: unknown, ctx: GraphQLContext) {
      return this.cases.findOne(ctx.user!, event.caseId);
    },
  })
  @Roles(...EVERYONE)
  async caseUpdated(@CurrentUser() user: AuthUser, @Args('caseId', { type: () => ID }, UuidPipe) caseId: string) {
    await this.cases.findOne(user, caseId);
    return this.events.subscribe('case');
  }

  @ResolveField(() => BalanceModel)
  async balance(
    @CurrentUser() user: AuthUser,
    @Loaders() loaders: RequestLoaders,
    @Parent() c: CaseModel,
    @Args('asOf', { type: () => DateScalar, nullable: true, description: 'Default: today in the creditor\'s time zone.' })
    asOf?: string,
    @CallerLanguage() language?: TextLanguage,
  ): Promise<BalanceModel> {
    const balance = await this.cases.balance(loaders, user, c, asOf);
    const warnings = balance.warnings.map(({ code, country, tableEndsOn, texts }) => ({ code, country, tableEndsOn, message: texts[language ?? 'en'] }));
    if (!language || language === 'en') return { ...balance, warnings };
    const country = c.creditor.country as Country;
    return {
      ...balance,
      lines: balance.lines.map((line) => ({ ...line, explanation: balanceLineTexts(line, balance.currency, country)[language] })),
      warnings,
    };
  }

  @ResolveField(() => [CaseModel], {
    description: 'The debtor\'s other open cases (within the caller\'s creditors), oldest first: one conversation may be about several of them.',
  })
  async otherOpenCases(@CurrentUser() user: AuthUser, @Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<CaseModel[]> {
    const cases = await this.caseLoaders.debtorOpenCases(loaders, user).load(c.debtor.id);
    return cases.filter((o) => o.id !== c.id).map(toCaseModel);
  }

  @ResolveField(() => [ClaimModel])
  claims(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<ClaimModel[]> {
    return this.caseLoaders.claims(loaders).load(c.id);
  }

  @ResolveField(() => [ActivityModel], { description: 'Newest first.' })
  activities(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders, @CallerLanguage() language: TextLanguage): Promise<ActivityModel[]> {
    return this.cases.activities(loaders, c.id, language);
  }

  @ResolveField(() => [PaymentModel], { description: 'Newest first.' })
  async payments(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<PaymentModel[]> {
    return [...(await this.caseLoaders.payments(loaders).load(c.id))].reverse();
  }

  @ResolveField(() => [PaymentPromiseModel], { description: 'By due date.' })
  promises(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<PaymentPromiseModel[]> {
    return this.caseLoaders.promises(loaders).load(c.id);
  }

  @ResolveField(() => [PriorityPartModel], {
    description: 'Why this case now: the parts of its priority as of now, with the creditor\'s weights; they add up to the priority.',
  })
  async priorityParts(
    @Parent() c: CaseModel,
    @Loaders() loaders: RequestLoaders,
    @CallerLanguage() language: TextLanguage,
  ): Promise<PriorityPartModel[]> {
    return (await this.caseLoaders.priorityParts(loaders).load(c.id)).map((part) => priorityPartIn(part, language));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'What the debtor asked for in the portal that waits for a person (a plan to review, a callback requested for a window), '
      + 'the reason it lifts the priority (priorityParts key portalRequest); null when nothing waits.',
  })
  async portalRequest(
    @Parent() c: CaseModel,
    @Loaders() loaders: RequestLoaders,
    @CallerLanguage() language: TextLanguage,
  ): Promise<string | null> {
    return (await this.caseLoaders.portalRequest(loaders).load(c.id))?.[language] ?? null;
  }

  @ResolveField(() => LimitationModel, {
    description: 'When the case starts to be time-barred, as of today, and why (payments, promises and plans restart it; a title gives 30 years, its later interest 3).',
  })
  async limitation(
    @Parent() c: CaseModel,
    @Loaders() loaders: RequestLoaders,
    @CallerLanguage() language: TextLanguage,
  ): Promise<LimitationModel> {
    const l = await this.caseLoaders.limitation(loaders).load(c.id);
    const { text, steps } = limitationIn(l, language);
    return { date: l.date, explanation: text, steps, daysLeft: l.daysLeft, claimReference: l.reference };
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the debtor may next be contacted on the channel (contact hours in the debtor\'s zone, attempts per 7 days, reminder spacing); null = now.',
  })
  async nextContactAllowedAt(
    @Parent() c: CaseModel,
    @Loaders() loaders: RequestLoaders,
    @Args('channel', { type: () => ContactChannelEnum, defaultValue: 'PHONE' }) channel: ContactChannel,
  ): Promise<Date | null> {
    const decision = await this.caseLoaders.contactDecision(loaders, c, channel);
    return decision.allowed ? null : decision.nextAllowedAt;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why contact on the channel is not allowed now; null = it is.' })
  async contactPolicyReason(
    @Parent() c: CaseModel,
    @Loaders() loaders: RequestLoaders,
    @Args('channel', { type: () => ContactChannelEnum, defaultValue: 'PHONE' }) channel: ContactChannel,
    @CallerLanguage() language: TextLanguage,
  ): Promise<string | null> {
    const decision = await this.caseLoaders.contactDecision(loaders, c, channel);
    return decision.allowed ? null : decision.explanation[language];
  }
}
