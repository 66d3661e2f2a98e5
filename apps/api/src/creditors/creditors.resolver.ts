import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { notFound } from '../common/errors.js';
import { ContactPolicyModel } from './contact-policy.model.js';
import { ContactPolicySettingsService } from './contact-policy-settings.service.js';
import { toCreditorModel } from './creditor.mapper.js';
import { CreditorModel } from './creditor.model.js';
import { CreditorScopeService } from './creditor-scope.service.js';
import { CreditorsRepository } from './creditors.repository.js';
import { ContactPolicyInput } from './dto/contact-policy.input.js';

/** Creditors and their contact policy; their priority weights are the case priority's (`cases/creditor-priority.resolver.ts`). */
@Resolver(() => CreditorModel)
export class CreditorsResolver {
  constructor(
    private readonly repository: CreditorsRepository,
    private readonly scopes: CreditorScopeService,
    private readonly policyService: ContactPolicySettingsService,
  ) {}

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

  @ResolveField(() => ContactPolicyModel, { description: 'The contact policy in force (the defaults unless set).' })
  contactPolicy(@Parent() c: CreditorModel): Promise<ContactPolicyModel> {
    return this.policyService.policy(c.id);
  }
}
