import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTACT_ATTEMPT_OUTCOMES, assertNoRunningPlan, calendarDateIn, decideOutcome, decidePaidOutcome, CONTACT_POLICY_TEXTS, amountText, fill, localDateTimeText, isGuardedByContactPolicy, openPrincipalCents,
  paymentPlanCharge, severalCasesProblem,
  type ContactChannel, type ContactDecision, type LocalizedText, type ContactDirection, type PaymentPlanCharge, type OutcomeType, type PaymentActorRole,
} from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { AppError, badInput, forbidden, notFound } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { CASE_TEXTS } from './cases.i18n.js';
import { TIMELINE_TEXTS } from './case-timeline.i18n.js';
import { decide } from '../common/rule-violation.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { casesChangeEvents, type CaseChange } from '../realtime/case-events.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseFiguresService } from './case-figures.service.js';
import { CaseTimelineRepository } from './case-timeline.repository.js';
import type { CaseRecord } from './cases.repository.js';
import { CasesRepository } from './cases.repository.js';
import { ContactPolicyService, type ContactSubject } from './contact-policy.service.js';
import type { RecordOutcomeInput } from './dto/record-outcome.input.js';

const subjectOf = (c: CaseRecord): ContactSubject => ({
  caseId: c.id, debtorId: c.debtorId, debtorTimeZone: c.debtor.timeZone, debtorCountry: c.debtor.country,
  creditorCountry: c.creditor.country, creditorId: c.creditorId,
});

@Injectable()
export class RecordOutcomeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
    private readonly contactPolicy: ContactPolicyService,
    private readonly cases: CasesRepository,
    private readonly timeline: CaseTimelineRepository,
  ) {}

  /**
   * Applies a collector's outcome: state, activity, promises and audit in one transaction, on the case
   * and on the debtor's other cases the same conversation was about (`alsoCaseIds`). An outbound contact
   * attempt keeps to the contact policy; an inbound one is recordable at any hour. Follow-ups come back
   * when the next outbound call is allowed. With an `idempotencyKey` a repeated request writes nothing.
   */
  async record(user: AuthUser, input: RecordOutcomeInput): Promise<string> {
    const caseIds = [input.caseId, ...(input.alsoCaseIds ?? []).filter((id) => id !== input.caseId)];
    const several = severalCasesProblem(input.type, caseIds.length);
    if (several) throw badInput(several, 'alsoCaseIds');
    const channel = input.channel ?? 'PHONE';
    const direction = input.direction ?? 'OUTBOUND';
    return this.db.transaction(async (manager) => {
      const cases = await this.loadCases(user, caseIds, manager);
      const primary = cases[0]!;
      const contactId = input.idempotencyKey ?? randomUUID();
      if (input.idempotencyKey && (await this.timeline.casesWithContact(contactId, caseIds, manager)).length > 0) {
        return primary.id; // recorded before: the same request again
      }
      const now = input.type === 'PAID' ? await this.askForPaidApprovals(user, cases, input.note, channel, manager) : cases;
      if (now.length > 0) await this.apply({ actorId: user.id }, now, input, channel, direction, contactId, manager);
      return primary.id;
    });
  }

  /**
   * PAID closes a case only at a zero balance; otherwise a lead approves (decidePaidOutcome). For each
   * case that needs it, a pending approval (one per case) is asked for, with an activity and an audit
   * event; returns the cases the outcome applies to now.
   */
  private async askForPaidApprovals(
    user: AuthUser, cases: CaseRecord[], note: string | null | undefined, channel: ContactChannel, manager: EntityManager,
  ): Promise<CaseRecord[]> {
    const now: CaseRecord[] = [];
    for (const c of cases) {
      const openCents = (await this.figures.balance(manager, c)).totalCents;
      if (decidePaidOutcome({ id: user.id, role: user.role as PaymentActorRole }, openCents) === 'ALLOWED') {
        now.push(c);
        continue;
      }
      if (await this.cases.hasPendingPaidOutcome(c.id, manager)) continue;
      const at = this.clock.now();
      const approvalId = await this.cases.insertPaidOutcomeApproval({ caseId: c.id, note: note?.trim() || null, channel, requestedBy: user.id, requestedAt: at }, manager);
      await this.timeline.insertActivity({
        caseId: c.id, actorId: user.id, channel: 'SYSTEM', direction: null, outcome: null, occurredAt: at, handlingSeconds: null, contactId: null,
        note: fill(TIMELINE_TEXTS.paidAwaitsApproval, { amount: amountText(openCents, c.currency) }),
      }, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'outcome.PAID.approval_requested', entity: 'case', entityId: c.id, after: { approvalId, openCents },
      });
      await this.events.publishIn(manager, ...(await casesChangeEvents(manager, [{ caseId: c.id, fromCollector: c.assigneeId, toCollector: c.assigneeId, creditorId: c.creditorId }])));
    }
    return now;
  }

  /**
   * A PAID outcome a lead approved, in the caller's transaction: the case is locked and loaded and
   * the outcome applied as the approver's, as recordOutcome would.
   */
  async recordApprovedPaidIn(
    approver: AuthUser, caseId: string, approval: { id: string; note: string | null; channel: string | null }, manager: EntityManager,
  ): Promise<void> {
    const c = await this.access.load(approver, caseId, manager, true);
    const channel = (approval.channel ?? 'PHONE') as ContactChannel;
    await this.apply({ actorId: approver.id, audit: { approvalId: approval.id } }, [c], { caseId, type: 'PAID', note: approval.note ?? undefined }, channel, 'OUTBOUND', randomUUID(), manager);
  }

  /**
   * A debtor's own outcome from the portal (a payment plan, a promise), inside the caller's transaction:
   * on the timeline with channel PORTAL and direction INBOUND, no user as actor, the same records,
   * letters and live events as a collector's. The case is locked here. Returns the plan's id for a plan.
   * `noteText`: the portal's note in every language (the timeline shows it in the reader's).
   */
  async recordFromPortal(
    caseId: string, input: Pick<RecordOutcomeInput, 'type' | 'note' | 'installments' | 'promiseAmountCents' | 'promiseDate' | 'callbackAt'>,
    audit: Record<string, unknown>, manager: EntityManager, noteText?: LocalizedText,
  ): Promise<{ planId: string | null }> {
    if (!(await this.cases.lockCase(caseId, manager))) throw notFound('Case', caseId);
    const found = await this.cases.findCase(caseId, manager);
    if (!found) throw notFound('Case', caseId);
    const full: RecordOutcomeInput = { caseId, ...input };
    const planIds = await this.apply({ actorId: null, audit }, [found], full, 'PORTAL', 'INBOUND', randomUUID(), manager, noteText);
    return { planId: planIds[0] ?? null };
  }

  /** Writes an outcome on loaded, locked cases (state, activity, promises, plan, audit) and publishes after commit; the plans opened. */
  private async apply(
    actor: { actorId: string | null; audit?: Record<string, unknown> }, cases: CaseRecord[], input: RecordOutcomeInput,
    channel: ContactChannel, direction: ContactDirection, contactId: string, manager: EntityManager, noteText?: LocalizedText,
  ): Promise<string[]> {
    const caseIds = cases.map((c) => c.id);
    const primary = cases[0]!;
    const planIds: string[] = [];
    const now = this.clock.now();
    const attempt = (CONTACT_ATTEMPT_OUTCOMES as readonly OutcomeType[]).includes(input.type);
    const guarded = attempt && isGuardedByContactPolicy(direction);
    if (guarded) {
      // An outbound contact attempt: only within the debtor's contact hours and attempt limits.
      const decisions = await this.contactPolicy.decideMany(cases.map((c) => ({ subject: subjectOf(c), channel })), manager, now);
      decisions.forEach((policy, i) => refuseUnlessAllowed(policy, cases[i]!));
    }
    const nextCallAt = await this.contactPolicy.nextCallPolicy(subjectOf(primary), guarded ? now : null, manager, now);

    const changes: CaseChange[] = [];
    for (const before of cases) {
      // What a plan costs is part of what its installments may cover.
      const planCharge = input.type === 'PAYMENT_PLAN' ? await this.planCharge(before, now, manager) : null;
      const decision = decide(() =>
        decideOutcome(
          {
            status: before.status,
            stage: before.stage,
            openCents: before.openCents + (planCharge?.amountCents ?? 0),
            today: calendarDateIn(now, before.creditor.timeZone),
            now,
            nextCallAt,
            debtorTimeZone: before.debtor.timeZone,
          },
          input,
          before.currency,
        ),
      );
      if (input.type === 'PAYMENT_PLAN') {
        const runningPlan = await this.cases.runningPlanStatus(before.id, manager);
        decide(() => assertNoRunningPlan(runningPlan));
      }
      // The system's sentence per language; the collector's own note as written (the portal's, worded per language).
      const summary = cases.length > 1 ? fill(TIMELINE_TEXTS.severalCases, { summary: decision.summaryText, count: cases.length }) : decision.summaryText;
      const added = noteText ?? input.note?.trim();
      const note = added ? fill(TIMELINE_TEXTS.withNote, { summary, note: added }) : summary;
      const activityId = await this.timeline.insertActivity({
        caseId: before.id, actorId: actor.actorId, channel, direction, outcome: input.type, note, occurredAt: now,
        handlingSeconds: before.id === primary.id ? (input.handlingSeconds ?? null) : null, contactId,
      }, manager);
      // A payment plan is its own record; its installments are promises that name it.
      const planId = input.type === 'PAYMENT_PLAN' ? await this.openPlan(before, planCharge, activityId, actor.actorId, now, manager) : null;
      await this.cases.insertPromises(decision.promises.map((p) => ({
        caseId: before.id, activityId, amountCents: p.amountCents, dueDate: p.dueDate, installment: p.installment, createdBy: actor.actorId, planId,
      })), manager);
      const assigneeId = decision.keepAssignee ? before.assigneeId : null;
      // A case that closes (paid, uncollectible, legal) closes on the clock's day in the read models'
      // zone; one that stays open has no closing day (the cases_closed_on trigger clears it).
      await this.cases.applyOutcome(before.id, {
        status: decision.status, stage: decision.stage, assigneeId, nextActionAt: decision.nextActionAt,
        holdReason: decision.holdReason, markPaid: decision.markPaid, now, closingDay: reportingDay(now),
      }, manager);
      await this.figures.refresh(manager, before);
      if (planId) await this.cases.queuePlanConfirmation({ caseId: before.id, planId, writtenOn: calendarDateIn(now, before.creditor.timeZone) }, manager);
      if (decision.status === 'ON_HOLD' && decision.holdReason) {
        await this.cases.insertDisputeHold(before.id, decision.holdReason, actor.actorId, now, manager);
      }
      await this.audit.record(manager, {
        actorId: actor.actorId, action: `outcome.${input.type}`, entity: 'case', entityId: before.id,
        before: { status: before.status, stage: before.stage, assigneeId: before.assigneeId, version: before.version },
        after: {
          // The note's text stays on the timeline (activities); the trail names the entry and its length.
          status: decision.status, stage: decision.stage, assigneeId, version: before.version + 1, activityId,
          noteLength: input.note?.trim().length ?? 0, channel, direction,
          ...(cases.length > 1 ? { contactId, caseIds } : {}), ...actor.audit,
        },
      });
      changes.push({ caseId: before.id, fromCollector: before.assigneeId, toCollector: assigneeId, creditorId: before.creditorId });
    }
    await this.events.publishIn(manager, ...(await casesChangeEvents(manager, changes)));
    return planIds;
  }

  /** What a payment plan on the case costs the debtor (domain paymentPlanCharge: a German agency's VV 1000 fee), or null. */
  private async planCharge(before: CaseRecord, now: Date, manager: EntityManager): Promise<PaymentPlanCharge | null> {
    const today = calendarDateIn(now, before.creditor.timeZone);
    return paymentPlanCharge({
      country: before.creditor.country, stage: before.stage, onDate: today,
      openPrincipalCents: openPrincipalCents(await this.figures.balance(manager, before, today, { lineDetails: true })),
      creditorCanDeductVat: await this.cases.creditorDeductsVat(before.creditorId, manager),
    });
  }

  /** Opens a payment plan and charges what it costs; the confirmation letter states it. */
  private async openPlan(
    before: CaseRecord, charge: PaymentPlanCharge | null, activityId: string, actorId: string | null, now: Date, manager: EntityManager,
  ): Promise<string> {
    const today = calendarDateIn(now, before.creditor.timeZone);
    if (charge) await this.cases.insertPlanFee({ caseId: before.id, label: charge.label, amountCents: charge.amountCents, chargedOn: today }, manager);
    return this.cases.insertPaymentPlan({ caseId: before.id, activityId, createdBy: actorId, createdAt: now, feeCents: charge?.amountCents ?? 0 }, manager);
  }

  /**
   * Locks and loads the cases (in id order, so two conversations over the same cases cannot deadlock),
   * each one the user may see and record on, all of one debtor; in the order asked.
   */
  private async loadCases(user: AuthUser, caseIds: readonly string[], manager: EntityManager): Promise<CaseRecord[]> {
    const loaded = new Map<string, CaseRecord>();
    for (const id of [...caseIds].sort()) loaded.set(id, await this.access.load(user, id, manager, true));
    const cases = caseIds.map((id) => loaded.get(id)!);
    const primary = cases[0]!;
    for (const c of cases) {
      if (c.debtorId !== primary.debtorId) {
        throw badInput(fill(CASE_TEXTS.otherDebtor, { caseId: c.id }), 'alsoCaseIds');
      }
      if (user.role === 'COLLECTOR' && c.assigneeId !== user.id) {
        const which = c.id === primary.id ? CASE_TEXTS.thisCase : fill(CASE_TEXTS.caseNamed, { caseId: c.id });
        throw forbidden(
          c.assigneeId
            ? fill(CASE_TEXTS.inOthersQueue, { which, assignee: c.assignee?.name ?? CASE_TEXTS.anotherCollector })
            : fill(CASE_TEXTS.notInYourQueue, { which }),
        );
      }
    }
    return cases;
  }
}

function refuseUnlessAllowed(policy: ContactDecision | Error, c: CaseRecord): void {
  if (policy instanceof Error) throw policy;
  if (!policy.allowed) {
    throw new AppError(
      'BAD_USER_INPUT',
      fill(CONTACT_POLICY_TEXTS.nextAllowedAt, { reason: policy.explanation, at: localDateTimeText(policy.nextAllowedAt, c.debtor.timeZone) }),
      { field: 'type', nextAllowedAt: policy.nextAllowedAt.toISOString() },
    );
  }
}
