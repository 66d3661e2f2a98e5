import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_PORTAL_PLAN_SETTINGS, DISPUTE_REASONS, applyDebtorChange, dateText, debtorChanges, describeDebtorChangesText, DEFAULT_STRATEGIES, fill, joinTexts, PORTAL_SIGN_IN_LIMITS, buildEpcPayload, decidePortalPlan, describeNextStep,
  explainBalanceLine, messageLanguage, nextDunningStep, normalisePostcode, openPrincipalCents, paymentPlanCharge, paymentReference,
  portalFirstDueDateProblem, portalLanguageOf, portalPlanReasonText, portalPlanRules, portalPlanSettingsViolations, portalSignInBlocked,
  postcodeOfAddress, splitIntoInstallments, type Balance, type IsoDate, type PortalLanguage, type PortalNextStepInput,
  type DisputeReason, type PortalPlanSettings,
} from '@mahnwerk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { randomToken, tokenHash, type PortalCaller } from '../auth/portal-caller.js';
import { PortalSessions } from '../auth/portal-sessions.service.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import type { CaseRecord } from '../cases/cases.repository.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { RecordOutcomeService } from '../cases/record-outcome.service.js';
import type { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { DisputesService } from '../holds/disputes.service.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../common/errors.js';
import { decide } from '../common/rule-violation.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Queryable } from '../database/queryable.js';
import { casesChangeEvents } from '../realtime/case-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider.js';
import { PortalLinksService } from './portal-links.service.js';
import type {
  PortalCaseModel, PortalContactInput, PortalLinkModel, PreferredChannel, PortalPlanInput, PortalPlanResultModel, PortalPlanSettingsInput,
  PortalPlanSettingsModel, PortalSessionModel,
} from './portal.model.js';
import { PortalRepository, type PortalCaseFacts, type PortalProposalRecord } from './portal.repository.js';
import { PORTAL_TIMELINE_TEXTS as PT } from '@mahnwerk/domain';
import { rateLimited } from './rate-limited.js';

/** The one answer to a failed portal sign-in: a wrong link and a wrong postcode look alike. */
export const PORTAL_SIGN_IN_FAILED = 'This link and postcode do not match. Check the postcode of the address our letter went to.';

/** Cases a debtor may still sign in to: not paid, written off or with legal. */
const OPEN_STATUSES = new Set(['OPEN', 'ON_HOLD']);

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

@Injectable()
export class PortalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: PortalRepository,
    private readonly links: PortalLinksService,
    private readonly sessions: PortalSessions,
    private readonly access: CaseAccessService,
    private readonly cases: CasesRepository,
    private readonly figures: CaseFiguresService,
    private readonly outcomes: RecordOutcomeService,
    private readonly casesService: CasesService,
    private readonly disputes: DisputesService,
    private readonly agreements: AgreementsService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDER) private readonly payments: PaymentProvider,
  ) {}

  /** A new personal link for the case's debtor: the assigned collector, a lead or an admin; audited (without the token). */
  async issueLinkFor(user: AuthUser, caseId: string): Promise<PortalLinkModel> {
    return this.db.transaction(async (tx) => {
      const c = await this.access.load(user, caseId, tx);
      if (user.role === 'COLLECTOR' && c.assigneeId !== user.id) {
        throw forbidden('Only the collector the case is assigned to, a lead or an admin can issue its portal link.');
      }
      if (!OPEN_STATUSES.has(c.status)) throw conflict(`The case is ${c.status}; a portal link is only issued for an open case.`);
      const link = await this.links.issue(caseId, user.id, tx);
      await this.audit.record(tx, {
        actorId: user.id, action: 'portal.link-issue', entity: 'case', entityId: caseId,
        after: { linkId: link.linkId, expiresAt: link.expiresAt.toISOString() },
      });
      return { url: link.url, expiresAt: link.expiresAt };
    });
  }

  /**
   * Signs a debtor in: the link must exist, be unexpired and its case open, and `check` must be the
   * postcode of the debtor's address. Every path hashes and compares (constant time), so a wrong link
   * and a wrong postcode answer alike; failures are counted per link and per client address.
   */
  async signIn(linkToken: string, check: string, client: string): Promise<PortalSessionModel> {
    const now = this.clock.now();
    const linkHash = tokenHash(linkToken.trim());
    const since = new Date(now.getTime() - PORTAL_SIGN_IN_LIMITS.windowMinutes * 60_000);
    if (portalSignInBlocked(await this.repository.failuresSince(linkHash, client, since))) {
      await this.audit.record(this.db, { actorId: null, action: 'portal.sign-in-limited', entity: 'portal', entityId: 'sign-in', after: { client } });
      throw rateLimited(PORTAL_SIGN_IN_LIMITS.windowMinutes);
    }
    const link = await this.repository.linkByHash(linkHash);
    const held = link ? postcodeOfAddress(link.debtorAddress, link.debtorCountry) : null;
    // Compare digests of equal length whatever was found, so the time taken says nothing.
    const same = timingSafeEqual(sha256(normalisePostcode(check)), sha256(held !== null ? normalisePostcode(held) : randomToken()));
    const ok = same && held !== null && link !== null && link.expiresAt.getTime() > now.getTime() && OPEN_STATUSES.has(link.caseStatus);
    const session = await this.db.transaction(async (tx) => {
      await this.repository.recordAttempt({ linkHash, client, ok, at: now }, tx);
      const opened = ok ? await this.sessions.open(link.id, link.caseId, tx) : null;
      await this.audit.record(tx, {
        actorId: null, action: ok ? 'portal.sign-in' : 'portal.sign-in-failed',
        entity: link ? 'case' : 'portal', entityId: link ? link.caseId : 'sign-in',
        after: { linkId: link?.id ?? null, ok, ...(opened ? { portalSessionId: opened.sessionId } : {}) },
      });
      return opened;
    });
    if (!session) throw unauthenticated(PORTAL_SIGN_IN_FAILED);
    return { token: session.token, expiresAt: session.expiresAt };
  }

  async signOut(caller: PortalCaller): Promise<boolean> {
    await this.db.transaction(async (tx) => {
      if (await this.sessions.end(caller.sessionId, tx)) {
        await this.audit.record(tx, {
          actorId: null, action: 'portal.sign-out', entity: 'case', entityId: caller.caseId, after: { portalSessionId: caller.sessionId },
        });
      }
    });
    return true;
  }

  /** The debtor's case as of today in the creditor's zone: the same balance staff see, each line in plain words. */
  async portalCase(caller: PortalCaller): Promise<PortalCaseModel> {
    const c = await this.loadCase(caller.caseId, this.db);
    const facts = (await this.repository.caseFacts(c.id))!;
    const claims = await this.repository.claims(c.id);
    const today = this.figures.today(c);
    const balance = await this.figures.balance(this.db, c, today, { lineDetails: true });
    const language = this.languageOf(facts);
    const plan = (await this.agreements.plansOfCases([c.id])).get(c.id) ?? null;
    const proposal = await this.repository.pendingProposal(c.id);
    const rules = portalPlanRules(await this.settingsOf(c.creditorId), c.currency, today);
    const account = facts.creditor.iban
      ? { holder: facts.creditor.legalName.trim() || facts.creditor.name, iban: facts.creditor.iban, bic: facts.creditor.bic }
      : this.config.agency.account;
    const reference = paymentReference([{ claimReferences: claims.map((cl) => cl.reference) }], facts.debtor.ref);
    const open = Math.max(balance.totalCents, 0);
    const planRunning = plan?.status === 'ACTIVE';
    return {
      creditor: { name: facts.creditor.legalName.trim() || facts.creditor.name },
      reference,
      debtorName: facts.debtor.name,
      status: OPEN_STATUSES.has(c.status) ? 'OPEN' : 'CLOSED',
      claims,
      currency: c.currency,
      language,
      balance: {
        totalCents: balance.totalCents,
        lines: balance.lines.map((line) => ({ kind: line.kind, amountCents: line.amountCents, explanation: explainBalanceLine(line, c.currency, language) })),
      },
      nextStep: describeNextStep(this.nextStepOf(c, facts, balance, plan, proposal, today), language),
      paymentDetails: { accountHolder: account.holder, iban: account.iban, bic: account.bic ?? null, reference },
      epcQrPayload: c.currency === 'EUR' && open > 0 ? epcPayload(account, open, reference) : null,
      paymentMethods: ['BANK_TRANSFER', ...this.payments.methods(c.currency)],
      paymentPlan: plan
        ? {
            status: plan.status, feeCents: plan.feeCents,
            installments: plan.installments.map((i) => ({ number: i.number, dueDate: i.dueDate, amountCents: i.amountCents, paidCents: i.paidCents, status: i.status })),
          }
        : null,
      planProposal: proposal,
      planRules: { ...rules, available: c.status === 'OPEN' && open > 0 && !planRunning && !proposal },
      contact: await this.contactOf(c.id),
    };
  }

  /**
   * The debtor proposes a plan: the open balance (as of today) plus the plan's cost, split into monthly
   * installments by the domain. Within the creditor's rules it is the payment-plan record collectors
   * make (timeline PORTAL/INBOUND, promises, fee, confirmation letter, dunning held); outside them a
   * pending proposal for the collector. Either way the collector's workbench updates live.
   */
  async proposePlan(caller: PortalCaller, input: PortalPlanInput): Promise<PortalPlanResultModel> {
    return this.db.transaction(async (tx) => {
      if (!(await this.cases.lockCase(caller.caseId, tx))) throw notFound('Case', caller.caseId);
      let c = await this.loadCase(caller.caseId, tx);
      const facts = (await this.repository.caseFacts(c.id, tx))!;
      const language = this.languageOf(facts);
      if (c.status !== 'OPEN') throw conflict('A plan cannot be proposed for this case right now; please contact us.');
      if (await this.cases.runningPlanStatus(c.id, tx)) throw conflict('A payment plan is already in force for this case.');
      if (await this.repository.pendingProposal(c.id, tx)) throw conflict('Your earlier proposal is still being reviewed.');
      const today = this.figures.today(c);
      const dateProblem = portalFirstDueDateProblem(input.firstDueDate, today);
      if (dateProblem) throw badInput(dateProblem.message, dateProblem.field);
      // The cached open balance as of today: the figure the plan covers and the outcome checks against.
      const { balance } = await this.figures.refresh(tx, c);
      c = await this.loadCase(c.id, tx);
      const charge = paymentPlanCharge({
        country: c.creditor.country, stage: c.stage, onDate: today, openPrincipalCents: openPrincipalCents(balance),
        creditorCanDeductVat: await this.cases.creditorDeductsVat(c.creditorId, tx),
      });
      const open = Math.max(c.openCents, 0);
      if (open <= 0) throw conflict('Nothing is open on this case.');
      const feeCents = charge?.amountCents ?? 0;
      const installments = decide(() => splitIntoInstallments(open + feeCents, input.installments, input.firstDueDate));
      const rules = portalPlanRules(await this.settingsOf(c.creditorId, tx), c.currency, today);
      const decision = decidePortalPlan(installments, rules);
      const now = this.clock.now();
      const session = { portalSessionId: caller.sessionId };
      let planId: string | null = null;
      if (decision.status === 'ACCEPTED') {
        const proposed = fill(PT.planAccepted, { count: installments.length, date: dateText(input.firstDueDate) });
        ({ planId } = await this.outcomes.recordFromPortal(c.id, {
          type: 'PAYMENT_PLAN', installments: [...installments], note: proposed.en,
        }, { ...session, via: 'portal' }, tx, proposed));
      } else {
        await this.repository.insertPortalActivity({
          caseId: c.id, at: now,
          note: fill(PT.planForReview, { count: installments.length, date: dateText(input.firstDueDate), reasons: decision.reasons.join(', ') }),
        }, tx);
        await this.events.publishIn(tx, ...(await casesChangeEvents(tx, [{ caseId: c.id, fromCollector: c.assigneeId, toCollector: c.assigneeId, creditorId: c.creditorId }])));
      }
      const proposalId = await this.repository.insertProposal({
        caseId: c.id, installments: input.installments, firstDueDate: input.firstDueDate, plan: installments,
        status: decision.status === 'ACCEPTED' ? 'ACCEPTED' : 'PENDING', planId, now,
      }, tx);
      // A proposal for review waits for a person: the case rises until it is answered.
      if (decision.status !== 'ACCEPTED') await this.figures.refresh(tx, c);
      await this.audit.record(tx, {
        actorId: null, action: 'portal.plan-propose', entity: 'case', entityId: c.id,
        after: { ...session, proposalId, planId, status: decision.status, reasons: decision.reasons, installments: input.installments, firstDueDate: input.firstDueDate },
      });
      return {
        status: decision.status,
        plan: { installments, feeCents, totalCents: installments.reduce((sum, i) => sum + i.amountCents, 0) },
        reasons: decision.reasons.map((r) => portalPlanReasonText(r, rules, c.currency, language)),
      };
    });
  }

  /** The debtor's own contact details: checked by the domain, on the timeline (PORTAL/INBOUND), audited, live. */
  async updateContact(caller: PortalCaller, input: PortalContactInput): Promise<PortalCaseModel> {
    await this.db.transaction(async (tx) => {
      const found = await this.repository.lockDebtorOfCase(caller.caseId, tx);
      if (!found) throw unauthenticated('Your portal session has ended; open your link again and sign in.');
      const phone = input.phone === undefined || input.phone === null ? input.phone : input.phone.trim();
      if (phone && !/^\+?[0-9 ()/-]{6,20}$/.test(phone)) throw badInput('Enter the phone number with digits only, e.g. +49 30 1234567.', 'phone');
      const after = decide(() => applyDebtorChange(found.details, { email: input.email, phone }));
      const preferredChannel = input.preferredChannel === undefined ? found.preferredChannel : input.preferredChannel;
      const changes = debtorChanges(found.details, after);
      if (changes.length === 0 && preferredChannel === found.preferredChannel) return;
      await this.repository.updateDebtorContact(found.id, { email: after.email, phone: after.phone, preferredChannel }, tx);
      const now = this.clock.now();
      const note = joinTexts([
        ...(changes.length ? [describeDebtorChangesText(changes)] : []),
        ...(preferredChannel !== found.preferredChannel ? [fill(PT.preferredChannel, { channel: preferredChannel ?? PT.noChannel })] : []),
      ], '; ');
      await this.repository.insertPortalActivity({ caseId: caller.caseId, note: fill(PT.contactChanged, { changes: note }), at: now }, tx);
      await this.audit.record(tx, {
        actorId: null, action: 'portal.contact-update', entity: 'debtor', entityId: found.id,
        // Field names only: the values stay out of the append-only trail (see DebtorsService.update).
        before: { preferredChannel: found.preferredChannel },
        after: { changedFields: changes.map((c) => c.field), preferredChannel, portalSessionId: caller.sessionId, caseId: caller.caseId },
      });
      await this.publishCase(caller.caseId, tx);
    });
    return this.portalCase(caller);
  }

  private async publishCase(caseId: string, tx: EntityManager): Promise<void> {
    const { assigneeId, creditorId } = await this.repository.caseQueue(caseId, tx);
    await this.events.publishIn(tx, ...(await casesChangeEvents(tx, [{ caseId, fromCollector: assigneeId, toCollector: assigneeId, creditorId }])));
  }

  /** The debtor disputes the claim: the holds' dispute path (hold, dispute record), on the timeline as PORTAL/INBOUND, live. */
  async dispute(caller: PortalCaller, reason: DisputeReason, text: string): Promise<PortalCaseModel> {
    if (!DISPUTE_REASONS.includes(reason)) throw badInput('Choose a reason.', 'reason');
    if (text.length > 2000) throw badInput('Please keep it to 2000 characters.', 'text');
    await this.db.transaction(async (tx) => {
      const disputeId = await this.disputes.openFromPortal(caller.caseId, { reason, note: text }, { portalSessionId: caller.sessionId, via: 'portal' }, tx);
      await this.repository.insertPortalActivity({ caseId: caller.caseId, note: fill(PT.disputed, { reason, text: text.trim() }), at: this.clock.now() }, tx);
      await this.audit.record(tx, {
        actorId: null, action: 'portal.dispute', entity: 'case', entityId: caller.caseId, after: { portalSessionId: caller.sessionId, disputeId, reason },
      });
    });
    return this.portalCase(caller);
  }

  /**
   * The debtor's document for their open dispute (PDF, PNG or JPEG, at most 10 MB): stored with its sha256,
   * on the timeline (PORTAL, INBOUND), audited as portal.dispute-document, live for the collector.
   */
  async addDisputeDocument(caller: PortalCaller, fileName: string, content: Buffer): Promise<PortalDisputeDocument> {
    return this.db.transaction(async (tx) => {
      const { disputeId, document } = await this.disputes.addDocumentFromPortal(caller.caseId, fileName, content, tx);
      await this.repository.insertPortalActivity({ caseId: caller.caseId, note: fill(PT.documentAdded, { name: document.fileName }), at: document.uploadedAt }, tx);
      await this.audit.record(tx, {
        actorId: null, action: 'portal.dispute-document', entity: 'case', entityId: caller.caseId,
        after: { portalSessionId: caller.sessionId, disputeId, documentId: document.id, sha256: document.sha256, sizeBytes: document.sizeBytes },
      });
      await this.publishCase(caller.caseId, tx);
      return {
        id: document.id, fileName: document.fileName, contentType: document.contentType, sizeBytes: document.sizeBytes,
        sha256: document.sha256, uploadedAt: document.uploadedAt,
      };
    });
  }

  /** The debtor's promise to pay: the same promise a collector records, on the timeline with PORTAL/INBOUND. */
  async promise(caller: PortalCaller, date: string, amountCents: number): Promise<PortalCaseModel> {
    await this.db.transaction(async (tx) => {
      const c = await this.loadCase(caller.caseId, tx);
      if (c.status !== 'OPEN') throw conflict('A promise cannot be made for this case right now; please contact us.');
      await this.outcomes.recordFromPortal(c.id, {
        type: 'PROMISE_TO_PAY', promiseDate: date, promiseAmountCents: amountCents, note: 'Promised by the debtor in the portal',
      }, { portalSessionId: caller.sessionId, via: 'portal' }, tx);
      await this.audit.record(tx, {
        actorId: null, action: 'portal.promise', entity: 'case', entityId: c.id,
        after: { portalSessionId: caller.sessionId, date, amountCents },
      });
    });
    return this.portalCase(caller);
  }

  /** The debtor asks for a call: a callback at `from` (the contact policy's hours apply), the window in the note. */
  async requestCallback(caller: PortalCaller, from: Date, to: Date): Promise<PortalCaseModel> {
    if (!(to.getTime() > from.getTime())) throw badInput('The end of the window must be after its start.', 'to');
    await this.db.transaction(async (tx) => {
      const c = await this.loadCase(caller.caseId, tx);
      if (c.status !== 'OPEN') throw conflict('A call cannot be requested for this case right now.');
      // Recorded before the outcome, whose priority refresh then lifts the case until staff record an outcome after it.
      await this.repository.insertCallbackRequest({ caseId: c.id, from, to, at: this.clock.now() }, tx);
      await this.outcomes.recordFromPortal(c.id, {
        type: 'CALLBACK', callbackAt: from,
        note: `The debtor asks in the portal to be called between ${from.toISOString()} and ${to.toISOString()}`,
      }, { portalSessionId: caller.sessionId, via: 'portal' }, tx);
      await this.audit.record(tx, {
        actorId: null, action: 'portal.callback-request', entity: 'case', entityId: c.id,
        after: { portalSessionId: caller.sessionId, from: from.toISOString(), to: to.toISOString() },
      });
    });
    return this.portalCase(caller);
  }

  /** Starts a payment with the provider (PAYMENT_PROVIDER); BAD_USER_INPUT for a method it does not offer. */
  async startPayment(caller: PortalCaller, method: string, amountCents: number | null): Promise<{ intentId: string; redirectUrl: string | null }> {
    const c = await this.loadCase(caller.caseId, this.db);
    if (!this.payments.methods(c.currency).includes(method)) {
      throw badInput(`Payment by ${method} is not offered; pay by bank transfer with the details shown.`, 'method');
    }
    const open = Math.max((await this.figures.balance(this.db, c, this.figures.today(c))).totalCents, 0);
    const amount = amountCents ?? open;
    if (!Number.isSafeInteger(amount) || amount <= 0 || amount > open) throw badInput('The amount must be above zero and at most the open balance.', 'amountCents');
    return this.db.transaction(async (tx) => {
      const started = await this.payments.start(
        { caseId: c.id, method, amountCents: amount, currency: c.currency, now: this.clock.now() },
        (provider, intent) => this.repository.insertPaymentIntent({ ...intent, provider }, tx),
      );
      await this.audit.record(tx, {
        actorId: null, action: 'portal.payment-start', entity: 'case', entityId: c.id,
        after: { portalSessionId: caller.sessionId, intentId: started.intentId, method, amountCents: amount, provider: this.payments.name },
      });
      return started;
    });
  }

  pendingProposal(caseId: string): Promise<PortalProposalRecord | null> {
    return this.repository.pendingProposal(caseId);
  }

  /** A collector declines the debtor's pending proposal: closed, on the timeline, audited, live. */
  async declineProposal(user: AuthUser, caseId: string): Promise<CaseModel> {
    await this.db.transaction(async (tx) => {
      const c = await this.access.load(user, caseId, tx, true);
      if (user.role === 'COLLECTOR' && c.assigneeId !== user.id) throw forbidden('Only the collector the case is assigned to, a lead or an admin can decide on it.');
      const now = this.clock.now();
      const proposalId = await this.repository.closeProposal(caseId, now, tx);
      if (!proposalId) throw conflict('There is no pending portal plan proposal on this case.');
      await this.repository.insertStaffNote({ caseId, actorId: user.id, note: PT.proposalDeclined, at: now }, tx);
      await this.figures.refresh(tx, c);
      await this.audit.record(tx, { actorId: user.id, action: 'portal.plan-decline', entity: 'case', entityId: caseId, after: { proposalId } });
      await this.events.publishIn(tx, ...(await casesChangeEvents(tx, [{ caseId, fromCollector: c.assigneeId, toCollector: c.assigneeId, creditorId: c.creditorId }])));
    });
    return this.casesService.findOne(user, caseId);
  }

  async planSettings(creditorId: string): Promise<PortalPlanSettingsModel> {
    if (!(await this.repository.creditorExists(creditorId))) throw notFound('Creditor', creditorId);
    return { creditorId, ...(await this.settingsOf(creditorId)) };
  }

  async updatePlanSettings(user: AuthUser, creditorId: string, input: PortalPlanSettingsInput): Promise<PortalPlanSettingsModel> {
    const settings: PortalPlanSettings = {
      maxInstallments: input.maxInstallments, minInstallmentEurCents: input.minInstallmentEurCents,
      minInstallmentDkkCents: input.minInstallmentDkkCents, maxFirstDueDays: input.maxFirstDueDays,
    };
    const problem = portalPlanSettingsViolations(settings)[0];
    if (problem) throw badInput(problem.message, problem.field);
    await this.db.transaction(async (tx) => {
      if (!(await this.repository.creditorExists(creditorId, tx))) throw notFound('Creditor', creditorId);
      const before = await this.settingsOf(creditorId, tx);
      await this.repository.upsertPlanSettings(creditorId, settings, user.id, this.clock.now(), tx);
      await this.audit.record(tx, {
        actorId: user.id, action: 'portal.plan-settings-update', entity: 'creditor', entityId: creditorId,
        before: { ...before }, after: { ...settings },
      });
    });
    return { creditorId, ...settings };
  }

  private async contactOf(caseId: string): Promise<{ email: string | null; phone: string | null; preferredChannel: PreferredChannel | null }> {
    const found = await this.repository.lockDebtorOfCase(caseId, this.db).catch(() => null);
    return {
      email: found?.details.email ?? null, phone: found?.details.phone ?? null,
      preferredChannel: (found?.preferredChannel ?? null) as PreferredChannel | null,
    };
  }

  private async settingsOf(creditorId: string, tx: Queryable = this.db): Promise<PortalPlanSettings> {
    return (await this.repository.planSettings(creditorId, tx)) ?? DEFAULT_PORTAL_PLAN_SETTINGS;
  }

  private async loadCase(caseId: string, tx: Queryable): Promise<CaseRecord> {
    const c = await this.cases.findCase(caseId, tx);
    if (!c) throw unauthenticated('Your portal session has ended; open your link again and sign in.');
    return c;
  }

  private languageOf(facts: PortalCaseFacts): PortalLanguage {
    return portalLanguageOf(messageLanguage({
      debtorLanguage: facts.debtor.language, creditorCountry: facts.creditor.country, creditorLanguage: facts.creditor.letterLanguage,
    }));
  }

  /** What happens next: the plan's next installment, a review, a hold, or the next dunning step by the domain's rules. */
  private nextStepOf(
    c: CaseRecord, facts: PortalCaseFacts, balance: Balance,
    plan: { status: string; installments: { dueDate: IsoDate; amountCents: number; paidCents: number; status: string }[] } | null,
    proposal: PortalProposalRecord | null, today: IsoDate,
  ): PortalNextStepInput {
    if (balance.totalCents <= 0) return { kind: 'NOTHING_OPEN' };
    if (plan?.status === 'ACTIVE') {
      const next = plan.installments.find((i) => i.status === 'OPEN' && i.paidCents < i.amountCents);
      if (next) return { kind: 'INSTALLMENT', dueDate: next.dueDate, amountCents: next.amountCents - next.paidCents, currency: c.currency };
    }
    if (proposal) return { kind: 'PROPOSAL_IN_REVIEW' };
    if (c.status === 'ON_HOLD') return { kind: 'ON_HOLD' };
    if (c.status !== 'OPEN') return { kind: 'NO_FURTHER_STEP' };
    const strategy = facts.creditor.dunningStrategy ?? DEFAULT_STRATEGIES[facts.creditor.country];
    const index = strategy.stages.findIndex((s) => s.stage === c.stage);
    const next = strategy.stages[index + 1];
    if (!next) return { kind: 'NO_FURTHER_STEP' };
    try {
      const decision = nextDunningStep({
        country: facts.creditor.country, currency: c.currency, stage: c.stage, stageEnteredOn: c.stageEnteredOn, status: 'OPEN',
        onHold: false, remindersSent: [], openCents: balance.totalCents,
      }, strategy, today);
      return { kind: 'DUNNING', stage: next.stage, date: decision.advance ? today : decision.notBefore };
    } catch {
      return { kind: 'DUNNING', stage: next.stage, date: null };
    }
  }
}

function epcPayload(account: { holder: string; iban: string; bic: string | null }, amountCents: number, reference: string): string | null {
  try {
    return buildEpcPayload({ bic: account.bic, name: account.holder.slice(0, 70), iban: account.iban, amountCents, text: reference });
  } catch {
    return null;
  }
}

/** What the portal answers for an uploaded dispute document (no download link: the debtor keeps their own copy). */
export interface PortalDisputeDocument {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}
