import { Args, Context, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPortal, CurrentUser, type AuthUser, type GraphQLContext } from '../auth/current-user.js';
import type { PortalCaller } from '../auth/portal-caller.js';
import { Portal, Public, Roles } from '../auth/roles.decorator.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { DisputeReasonEnum } from '../holds/hold.model.js';
import type { DisputeReason } from '@mahnwerk/domain';
import {
  PortalCaseModel, PortalContactInput, PortalLinkModel, PortalPlanInput, PortalPlanResultModel, PortalPlanSettingsInput,
  PortalPaymentStartModel, PortalPlanSettingsModel, PortalSessionModel,
} from './portal.model.js';
import { PortalService } from './portal.service.js';

/** The debtor portal: links (staff), sign-in (public), the debtor's case and plan (portal sessions only). */
@Resolver()
export class PortalResolver {
  constructor(private readonly portal: PortalService) {}

  @Mutation(() => PortalLinkModel, {
    description: 'A personal portal link for the case\'s debtor (valid while the case is open, at most 12 months); the token is url\'s last path segment, shown only here.',
  })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  issuePortalLink(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
  ): Promise<PortalLinkModel> {
    return this.portal.issueLinkFor(user, caseId);
  }

  @Mutation(() => PortalSessionModel, {
    description: 'Signs a debtor in with their link\'s token and their postcode as we hold it. A wrong token and a wrong check get the same UNAUTHENTICATED error; after 5 failed tries for a link within 15 minutes, or 20 from one address, RATE_LIMITED (HTTP 429) until the window passes.',
  })
  @Public()
  portalSignIn(
    @Args('linkToken') linkToken: string,
    @Args('check') check: string,
    @Context() context: GraphQLContext,
  ): Promise<PortalSessionModel> {
    return this.portal.signIn(linkToken, check, context.clientAddress ?? 'unknown');
  }

  @Mutation(() => Boolean, { description: 'Ends the portal session.' })
  @Portal()
  portalSignOut(@CurrentPortal() caller: PortalCaller): Promise<boolean> {
    return this.portal.signOut(caller);
  }

  @Query(() => PortalCaseModel, { description: 'The signed-in debtor\'s case: what is owed and why, how to pay, what happens next.' })
  @Portal()
  portalCase(@CurrentPortal() caller: PortalCaller): Promise<PortalCaseModel> {
    return this.portal.portalCase(caller);
  }

  @Mutation(() => PortalPlanResultModel, {
    description: 'The debtor proposes monthly installments for the open balance (plus the plan\'s cost). ACCEPTED within the creditor\'s rules (the plan is in force, dunning holds); otherwise REVIEW: a collector decides.',
  })
  @Portal()
  portalProposePlan(
    @CurrentPortal() caller: PortalCaller,
    @Args('input') input: PortalPlanInput,
  ): Promise<PortalPlanResultModel> {
    return this.portal.proposePlan(caller, input);
  }

  @Mutation(() => PortalCaseModel, {
    description: 'The debtor promises to pay amountCents by date: on the timeline (PORTAL, INBOUND), the dunning waits for it.',
  })
  @Portal()
  portalPromise(
    @CurrentPortal() caller: PortalCaller,
    @Args('date', { type: () => DateScalar }) date: string,
    @Args('amountCents', { type: () => SafeIntScalar }) amountCents: number,
  ): Promise<PortalCaseModel> {
    return this.portal.promise(caller, date, amountCents);
  }

  @Mutation(() => PortalCaseModel, {
    description: 'The debtor asks to be called between from and to: a callback for the collector at from (within the debtor\'s contact hours).',
  })
  @Portal()
  portalRequestCallback(
    @CurrentPortal() caller: PortalCaller,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
  ): Promise<PortalCaseModel> {
    return this.portal.requestCallback(caller, from, to);
  }

  @Mutation(() => PortalCaseModel, { description: 'The debtor corrects their e-mail address and phone number and says how they prefer to be contacted.' })
  @Portal()
  portalUpdateContact(@CurrentPortal() caller: PortalCaller, @Args('input') input: PortalContactInput): Promise<PortalCaseModel> {
    return this.portal.updateContact(caller, input);
  }

  @Mutation(() => PortalCaseModel, {
    description: 'The debtor disputes the claim (reason and what they say): a dispute for the collector, the case on hold, dunning paused until it is resolved.',
  })
  @Portal()
  portalDispute(
    @CurrentPortal() caller: PortalCaller,
    @Args('reason', { type: () => DisputeReasonEnum }) reason: DisputeReason,
    @Args('text') text: string,
  ): Promise<PortalCaseModel> {
    return this.portal.dispute(caller, reason, text);
  }

  @Mutation(() => PortalPaymentStartModel, {
    description: 'Starts a payment of the open balance (or amountCents) with one of portalCase.paymentMethods other than BANK_TRANSFER.',
  })
  @Portal()
  portalStartPayment(
    @CurrentPortal() caller: PortalCaller,
    @Args('method') method: string,
    @Args('amountCents', { type: () => SafeIntScalar, nullable: true }) amountCents?: number | null,
  ): Promise<PortalPaymentStartModel> {
    return this.portal.startPayment(caller, method, amountCents ?? null);
  }

  @Query(() => PortalPlanSettingsModel, { description: 'A creditor\'s rules for plans proposed in the portal (defaults until an admin changes them).' })
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  portalPlanSettings(@Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string): Promise<PortalPlanSettingsModel> {
    return this.portal.planSettings(creditorId);
  }

  @Mutation(() => PortalPlanSettingsModel, { description: 'An admin changes a creditor\'s rules for plans proposed in the portal.' })
  @Roles('ADMIN')
  updatePortalPlanSettings(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
    @Args('input') input: PortalPlanSettingsInput,
  ): Promise<PortalPlanSettingsModel> {
    return this.portal.updatePlanSettings(user, creditorId, input);
  }
}
