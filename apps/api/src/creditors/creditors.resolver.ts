import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { Country, TextLanguage } from '@mahnwerk/domain';
import { CallerLanguage } from '../common/caller-language.decorator.js';
import type DataLoader from 'dataloader';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { SafeIntScalar } from '../common/scalars.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { notFound } from '../common/errors.js';
import type { CreditorEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { ContactPolicyModel } from './contact-policy.model.js';
import { ContactPolicySettingsService } from './contact-policy-settings.service.js';
import { toCreditorModel, toCreditorStrategyModel } from './creditor.mapper.js';
import { CreditorDunningStrategyModel, CreditorModel } from './creditor.model.js';
import { CreditorScopeService } from './creditor-scope.service.js';
import { CreditorSettingsService } from './creditor-settings.service.js';
import { PaymentApprovalSettingsService } from './payment-approval-settings.service.js';
import { CreditorsRepository, type CreditorDetailsRecord } from './creditors.repository.js';
import { ContactPolicyInput } from './dto/contact-policy.input.js';
import { CreditorInput } from './dto/creditor.input.js';

/** Creditors and their contact policy; their priority weights are the case priority's (`cases/creditor-priority.resolver.ts`). */
@Resolver(() => CreditorModel)
export class CreditorsResolver {
  constructor(
    private readonly repository: CreditorsRepository,
    private readonly scopes: CreditorScopeService,
    private readonly policyService: ContactPolicySettingsService,
    private readonly settings: CreditorSettingsService,
    private readonly approvalSettings: PaymentApprovalSettingsService,
    private readonly events: PgEventBus,
  ) {}

  /** The details of every creditor in a result, read together. */
  private details(l: RequestLoaders): DataLoader<string, CreditorDetailsRecord> {
    return l.loader('creditor.details', async (ids: readonly string[]) => {
      const found = await this.repository.detailsOf(ids);
      return ids.map((id) => found.get(id) ?? new Error(`Creditor ${id} does not exist.`));
    });
  }

  private async creditor(id: string): Promise<CreditorModel> {
    const creditor = await this.repository.creditor(id);
    if (!creditor) throw notFound('Creditor', id);
    return toCreditorModel(creditor);
  }

  @Query(() => [CreditorModel], { description: 'The creditors (clients) the caller may see.' })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  async creditors(@CurrentUser() user: AuthUser): Promise<CreditorModel[]> {
    const scope = await this.scopes.scope(user);
    const all = await this.repository.creditors();
    return all.filter((c) => !scope || scope.includes(c.id)).map(toCreditorModel);
  }

  @Mutation(() => CreditorModel, {
    description: 'Creates a creditor with everything the law and the letters need, and its dunning strategy (null: the country default).',
  })
  @Roles('ADMIN')
  async createCreditor(@CurrentUser() user: AuthUser, @Args('input') input: CreditorInput): Promise<CreditorModel> {
    return this.creditor(await this.settings.create(user, input));
  }

  @Mutation(() => CreditorModel, {
    description:
      "Replaces a creditor's settings and dunning strategy. A changed strategy applies to each case's next dunning step; " +
      'steps already taken keep their stage, fee and letter.',
  })
  @Roles('ADMIN')
  async updateCreditor(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: CreditorInput,
  ): Promise<CreditorModel> {
    await this.settings.update(user, id, input);
    return this.creditor(id);
  }

  @Mutation(() => CreditorModel, {
    description:
      "Sets a creditor's contact policy (contact hours, attempts per 7 days, reminder spacing), checked by the domain; " +
      'it applies to the next contact decision. `resetContactPolicy` goes back to the defaults.',
  })
  @Roles('LEAD', 'ADMIN')
  async setContactPolicy(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
    @Args('policy', { type: () => ContactPolicyInput }) policy: ContactPolicyInput,
  ): Promise<CreditorModel> {
    await this.policyService.set(user, creditorId, policy);
    return this.creditor(creditorId);
  }

  @Mutation(() => CreditorModel, { description: "Drops a creditor's own contact policy so the defaults apply again." })
  @Roles('LEAD', 'ADMIN')
  async resetContactPolicy(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
  ): Promise<CreditorModel> {
    await this.policyService.set(user, creditorId, null);
    return this.creditor(creditorId);
  }

  @Mutation(() => CreditorModel, {
    description: "Sets the creditor's payment approval threshold: a manual payment above it waits for a second person before it books; null = never.",
  })
  @Roles('ADMIN')
  async setPaymentApprovalThreshold(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
    @Args('thresholdCents', { type: () => SafeIntScalar, nullable: true }) thresholdCents: number | null,
  ): Promise<CreditorModel> {
    await this.approvalSettings.set(user, creditorId, thresholdCents ?? null);
    return this.creditor(creditorId);
  }

  @ResolveField(() => SafeIntScalar, {
    nullable: true, description: 'Above this amount a manual payment waits for a second person before it books; null = never.',
  })
  async paymentApprovalThresholdCents(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<number | null> {
    const loader = l.loader('creditor.paymentApprovalThreshold', async (ids: readonly string[]) => {
      const found = await this.repository.paymentApprovalThresholdsOf(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    return loader.load(c.id);
  }

  @Subscription(() => CreditorModel, {
    description: 'A creditor after it was created (createCreditor) or changed (updateCreditor), once the change committed.',
    resolve(this: CreditorsResolver, event: CreditorEvent) {
      return this.creditor(event.creditorId);
    },
  })
  // Leads, managers and admins see every creditor (CreditorScopeService), so no event needs filtering.
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  creditorChanged() {
    return this.events.subscribe('creditor');
  }

  @ResolveField(() => ContactPolicyModel, { description: 'The contact policy in force (the defaults unless set).' })
  contactPolicy(@Parent() c: CreditorModel): Promise<ContactPolicyModel> {
    return this.policyService.policy(c.id);
  }

  @ResolveField(() => String, { description: 'Legal name as in the commercial register.' })
  async legalName(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string> {
    return (await this.details(l).load(c.id)).legalName;
  }

  @ResolveField(() => String)
  async street(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string> {
    return (await this.details(l).load(c.id)).street;
  }

  @ResolveField(() => String)
  async postcode(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string> {
    return (await this.details(l).load(c.id)).postcode;
  }

  @ResolveField(() => String)
  async city(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string> {
    return (await this.details(l).load(c.id)).city;
  }

  @ResolveField(() => String, { description: 'Commercial register court; empty when not registered.' })
  async registerCourt(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string> {
    return (await this.details(l).load(c.id)).registerCourt;
  }

  @ResolveField(() => String, { description: 'Commercial register number; empty when not registered.' })
  async registerNumber(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string> {
    return (await this.details(l).load(c.id)).registerNumber;
  }

  @ResolveField(() => String, { nullable: true, description: 'IBAN of the account debtors pay into (no spaces); null until set.' })
  async iban(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string | null> {
    return (await this.details(l).load(c.id)).iban;
  }

  @ResolveField(() => String, { nullable: true, description: 'BIC of the bank keeping that account; null until set.' })
  async bic(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string | null> {
    return (await this.details(l).load(c.id)).bic;
  }

  @ResolveField(() => Boolean, { description: 'Whether the creditor can deduct VAT.' })
  async vatDeductible(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<boolean> {
    return (await this.details(l).load(c.id)).vatDeductible;
  }

  @ResolveField(() => String, { description: 'Default letter language: de, da or en.' })
  async letterLanguage(@Parent() c: CreditorModel, @Loaders() l: RequestLoaders): Promise<string> {
    return (await this.details(l).load(c.id)).letterLanguage;
  }

  @ResolveField(() => CreditorDunningStrategyModel, { description: "The dunning strategy the creditor's next dunning steps follow." })
  async dunningStrategy(
    @Parent() c: CreditorModel,
    @Loaders() l: RequestLoaders,
    @CallerLanguage() language: TextLanguage,
  ): Promise<CreditorDunningStrategyModel> {
    return toCreditorStrategyModel(await this.details(l).load(c.id), c.country as Country, language);
  }
}
