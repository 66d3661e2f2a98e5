import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  fill,
  BROKEN_PROMISE_PRIORITY_BUMP, assertAgreementPolicy, calendarDateIn, amountText, dateText, decideSettlement, formatCents, planConfirmationText,
  settlementExpired, settlementExpiredRefusal, settlementExpiryText, settlementPaid, settlementPayable, settlementStatusOn, type IsoDate,
} from '@mahnwerk/domain';
import { AGREEMENT_TIMELINE_TEXTS as TT, SETTLEMENT_API_TEXTS, SETTLEMENT_STATUS_WORDS } from './agreements.i18n.js';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import type { CaseRecord } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { decide } from '../common/rule-violation.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import {
  AgreementsRepository, type AgreementPolicyRecord, type DefaultedPlan, type PaymentPlanRecord, type SettlementRecord,
} from './agreements.repository.js';
import type { PaymentPlanModel, SettlementModel } from './agreements.model.js';

const LEADS = new Set(['LEAD', 'ADMIN']);

export function toPlanModel(p: PaymentPlanRecord, currency: string): PaymentPlanModel {
  return {
    id: p.id, status: p.status, feeCents: p.feeCents, missedToDefault: p.missedToDefault,
    missedInstallments: p.installments.filter((i) => i.status === 'BROKEN').length,
    installments: p.installments.map((i) => ({ ...i })),
    confirmation: planConfirmationText({ installments: p.installments, feeCents: p.feeCents, currency, missedToDefault: p.missedToDefault }),
    createdAt: p.createdAt, endedAt: p.endedAt,
  };
}

/**
 * A settlement as readers see it at `now`: a live one whose last day has passed in the creditor's zone
 * reads EXPIRED (the domain's settlementStatusOn) even before the sweep books it.
 */
export function toSettlementModel(s: SettlementRecord, now: Date): SettlementModel {
  return {
    id: s.id, caseId: s.caseId, amountCents: s.amountCents, openCents: s.openCents, waivedCents: Math.max(s.openCents - s.amountCents, 0),
    currency: s.currency, validUntil: s.validUntil, offeredOn: s.offeredOn, status: settlementStatusOn(s, calendarDateIn(now, s.timeZone)),
    offeredBy: s.offeredByName, declineReason: s.declineReason, decidedAt: s.decidedAt, paidAt: s.paidAt, expiredAt: s.expiredAt,
    debtorRef: s.caseRef, debtorName: s.debtorName, creditorName: s.creditorName,
  };
}

/** What the timeline entry, audit event and live event of an expiry need of the settlement. */
interface ExpiringSettlement {
  id: string; caseId: string; status: SettlementRecord['status']; amountCents: number; currency: string; validUntil: IsoDate;
}

/**
 * Agreements with a debtor: payment plans (completed by payments, in default after the creditor's
 * number of missed installments), settlements (offered within the creditor's limit, approved by a
 * lead below it, closing the case with a write-off once paid).
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: AgreementsRepository,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  async policy(user: AuthUser, creditorId: string): Promise<AgreementPolicyRecord> {
    const scope = await this.access.creditorScope(user);
    if (scope && !scope.includes(creditorId)) throw forbidden(fill(SETTLEMENT_API_TEXTS.notACreditorOfYours, { creditorId }));
    const p = await this.repository.policy(creditorId);
    if (!p) throw notFound('Creditor', creditorId);
    return p;
  }

  async updatePolicy(user: AuthUser, next: AgreementPolicyRecord): Promise<AgreementPolicyRecord> {
    decide(() => assertAgreementPolicy(next));
    return this.db.transaction(async (manager) => {
      const before = await this.repository.policy(next.creditorId, manager);
      if (!before) throw notFound('Creditor', next.creditorId);
      await this.repository.updatePolicy(next, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'creditor.agreement-policy', entity: 'creditor', entityId: next.creditorId, before, after: next,
      });
      await this.events.publishIn(manager, { topic: 'creditor', payload: { creditorId: next.creditorId } });
      return next;
    });
  }

  /**
   * A settlement offer on a case: a collector on their own case within the creditor's share; below
   * it the offer waits for a lead (leads and admins offer without approval). A waiting or offered
   * settlement is replaced by the new one.
   */
  async offer(user: AuthUser, caseId: string, amountCents: number, validUntil: IsoDate): Promise<string> {
    return this.db.transaction(async (manager) => {
      const c = await this.access.load(user, caseId, manager, true);
      if (user.role === 'COLLECTOR' && c.assigneeId !== user.id) {
        throw forbidden(SETTLEMENT_API_TEXTS.notYourCase);
      }
      if (c.status !== 'OPEN') throw badInput(SETTLEMENT_API_TEXTS.onlyOpenSettled, 'caseId');
      const today = this.figures.today(c);
      const balance = await this.figures.balance(manager, c, today);
      const policy = (await this.repository.policy(c.creditorId, manager))!;
      const d = decide(() => decideSettlement({ amountCents, validUntil }, {
        openCents: balance.totalCents, currency: c.currency, today, minSharePercent: policy.settlementMinSharePercent,
        offeredByLead: LEADS.has(user.role),
      }));
      const now = this.clock.now();
      const previous = await this.repository.liveSettlement(c.id, manager);
      if (previous && settlementExpired(previous, today)) {
        await this.expireIn(manager, previous, now);
      } else if (previous) {
        await this.repository.decideSettlement(previous.id, { status: 'DECLINED', by: user.id, at: now, reason: 'Replaced by a new offer' }, manager);
      }
      const id = await this.repository.insertSettlement({
        caseId: c.id, amountCents, openCents: balance.totalCents, currency: c.currency, validUntil, offeredOn: today,
        status: d.approved ? 'OFFERED' : 'PENDING_APPROVAL', offeredBy: user.id, decidedBy: d.approved ? user.id : null, at: now,
      }, manager);
      await this.repository.insertSystemActivity(c.id, d.summaryText, now, user.id, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'settlement.offer', entity: 'case', entityId: c.id,
        after: { settlementId: id, amountCents, openCents: balance.totalCents, validUntil, status: d.approved ? 'OFFERED' : 'PENDING_APPROVAL' },
      });
      await this.events.publishIn(manager, { topic: 'case', payload: { caseId: c.id } });
      return c.id;
    });
  }

  /** A lead approves (the offer goes out) or declines a settlement waiting for approval. */
  async decide(user: AuthUser, settlementId: string, approve: boolean, reason: string | null): Promise<string> {
    const outcome = await this.db.transaction(async (manager): Promise<{ caseId: string } | { expired: IsoDate }> => {
      const s = await this.repository.settlement(settlementId, manager, true);
      if (!s) throw notFound('Settlement', settlementId);
      await this.access.load(user, s.caseId, manager, true);
      if (s.status === 'EXPIRED') throw conflict(settlementExpiredRefusal(s.validUntil), { reason: 'SETTLEMENT_EXPIRED' });
      if (s.status !== 'PENDING_APPROVAL') {
        throw conflict(fill(SETTLEMENT_API_TEXTS.notWaiting, { status: SETTLEMENT_STATUS_WORDS[s.status] }));
      }
      const now = this.clock.now();
      // Past its last day it can no longer be approved: it expires now (committed), and the lead is told so.
      if (settlementExpired(s, calendarDateIn(now, s.timeZone))) {
        await this.expireIn(manager, s, now);
        return { expired: s.validUntil };
      }
      const why = reason?.trim() ?? '';
      if (!approve && why === '') throw badInput(SETTLEMENT_API_TEXTS.sayWhyDeclined, 'reason');
      await this.repository.decideSettlement(s.id, { status: approve ? 'OFFERED' : 'DECLINED', by: user.id, at: now, reason: approve ? null : why }, manager);
      const amount = amountText(s.amountCents, s.currency);
      await this.repository.insertSystemActivity(
        s.caseId, approve ? fill(TT.settlementApproved, { amount, date: dateText(s.validUntil) }) : fill(TT.settlementDeclined, { amount, reason: why }),
        now, user.id, manager,
      );
      await this.audit.record(manager, {
        actorId: user.id, action: approve ? 'settlement.approve' : 'settlement.decline', entity: 'case', entityId: s.caseId,
        before: { settlementId: s.id, status: s.status }, after: { status: approve ? 'OFFERED' : 'DECLINED', reason: approve ? null : why },
      });
      await this.events.publishIn(manager, { topic: 'case', payload: { caseId: s.caseId } });
      return { caseId: s.caseId };
    });
    if ('expired' in outcome) throw conflict(settlementExpiredRefusal(outcome.expired), { reason: 'SETTLEMENT_EXPIRED' });
    return outcome.caseId;
  }

  /** Settlements waiting for a lead, oldest first; those past their last day are left out (expired). */
  async pending(user: AuthUser): Promise<SettlementModel[]> {
    const now = this.clock.now();
    return (await this.repository.pendingSettlements(await this.access.creditorScope(user), now)).map((s) => toSettlementModel(s, now));
  }

  /** Settlements that expired within the last `days` days (1 to 90), newest first: a lead follows them up. */
  async expired(user: AuthUser, days: number): Promise<SettlementModel[]> {
    if (!Number.isSafeInteger(days) || days < 1 || days > 90) throw badInput(SETTLEMENT_API_TEXTS.lookBack, 'days');
    const now = this.clock.now();
    return (await this.repository.expiredSettlements(await this.access.creditorScope(user), now, days)).map((s) => toSettlementModel(s, now));
  }

  /** The settlement of each case as readers see it now (see toSettlementModel). */
  async settlementModelsOfCases(caseIds: readonly string[]): Promise<Map<string, SettlementModel>> {
    const now = this.clock.now();
    const found = await this.repository.settlementsOfCases(caseIds);
    return new Map([...found].map(([caseId, s]) => [caseId, toSettlementModel(s, now)]));
  }

  /**
   * The expiry sweep: live settlements (offered, or waiting for a lead) whose last day has passed in
   * the creditor's zone become EXPIRED, in batches; several instances run it side by side (SKIP LOCKED
   * gives each settlement to one). Each gets a timeline entry, an audit event (no actor) and a live
   * case event after commit. Returns how many expired.
   */
  async expireDueSettlements(batch = 200): Promise<number> {
    let expired = 0;
    for (;;) {
      const n = await this.db.transaction(async (manager) => {
        const now = this.clock.now();
        const due = await this.repository.expireDueSettlements(now, batch, manager);
        for (const s of due) {
          await this.recordExpiry(manager, s, now);
          if (s.assigneeId) {
            await this.events.publishIn(manager, { topic: 'queue', payload: { collectorId: s.assigneeId, caseId: s.caseId, kind: 'UPDATED' } });
          }
        }
        return due.length;
      });
      expired += n;
      if (n < batch) return expired;
    }
  }

  /** Expires one live settlement found past its last day (on approval or a new offer). */
  private async expireIn(manager: EntityManager, s: ExpiringSettlement, now: Date): Promise<void> {
    await this.repository.markSettlementExpired(s.id, now, manager);
    await this.recordExpiry(manager, s, now);
  }

  private async recordExpiry(manager: EntityManager, s: ExpiringSettlement, now: Date): Promise<void> {
    await this.repository.insertSystemActivity(s.caseId, settlementExpiryText(s), now, null, manager);
    await this.audit.record(manager, {
      actorId: null, action: 'settlement.expire', entity: 'case', entityId: s.caseId,
      before: { settlementId: s.id, status: s.status, validUntil: s.validUntil }, after: { status: 'EXPIRED' },
    });
    await this.events.publishIn(manager, { topic: 'case', payload: { caseId: s.caseId } });
  }

  async plansOfCases(caseIds: readonly string[]): Promise<Map<string, PaymentPlanRecord>> {
    return this.repository.latestPlansOfCases(caseIds);
  }

  /**
   * What a payment does to the case's agreements, in the payment's transaction after its promises
   * were filled: a plan whose installments are all kept is COMPLETED; an offered settlement whose
   * amount has arrived (from its offer to its last day; also one that expired after it was offered,
   * when the money received in time is booked late) is PAID and the rest of the balance is written
   * off with its reason, so the payment closes the case. Returns whether it wrote anything off.
   */
  async afterPayment(manager: EntityManager, c: CaseRecord, actorId: string, openCents: number): Promise<boolean> {
    const now = this.clock.now();
    for (const planId of await this.repository.completePlans(c.id, now, manager)) {
      await this.repository.insertSystemActivity(c.id, TT.planCompleted, now, actorId, manager);
      await this.audit.record(manager, { actorId, action: 'payment-plan.complete', entity: 'case', entityId: c.id, after: { planId } });
    }
    if (openCents <= 0) return false;
    const s = await this.repository.latestSettlementForPayment(c.id, manager);
    if (!s || !settlementPayable({ status: s.status, approved: s.decidedById !== null })) return false;
    const payments = await this.repository.paymentsOfCase(c.id, manager);
    const { paid, writeOffCents } = settlementPaid(s, payments, openCents);
    if (!paid) return false;
    const today = this.figures.today(c);
    await this.repository.markSettlementPaid(s.id, now, manager);
    const late = s.status === 'EXPIRED' ? `, received by its last day ${s.validUntil} and booked after it expired` : '';
    const reason = `Settlement of ${formatCents(s.amountCents, s.currency)} paid in full (offered ${s.offeredOn}${late}); the rest is waived`;
    if (writeOffCents > 0) {
      await this.repository.insertAdjustment({
        caseId: c.id, kind: 'SETTLEMENT_WRITE_OFF', amountCents: writeOffCents, bookedOn: today, reason, settlementId: s.id, createdBy: actorId,
      }, manager);
    }
    const paidValues = { amount: amountText(s.amountCents, s.currency), offered: dateText(s.offeredOn), writtenOff: amountText(writeOffCents, c.currency) };
    await this.repository.insertSystemActivity(
      c.id, s.status === 'EXPIRED' ? fill(TT.settlementPaidLate, { ...paidValues, lastDay: dateText(s.validUntil) }) : fill(TT.settlementPaid, paidValues),
      now, actorId, manager,
    );
    await this.audit.record(manager, {
      actorId, action: 'settlement.paid', entity: 'case', entityId: c.id, after: { settlementId: s.id, writeOffCents },
    });
    return writeOffCents > 0;
  }

  /**
   * The dunning run's Terminverlust: running plans with the creditor's number of missed installments
   * are in default; their cases come back to the collector's queue with the highest priority, and the
   * dunning resumes. In the caller's transaction; returns the plans.
   */
  async defaultPlans(manager: EntityManager): Promise<DefaultedPlan[]> {
    const now = this.clock.now();
    const defaulted = await this.repository.defaultPlans(now, BROKEN_PROMISE_PRIORITY_BUMP.priorityMax, manager);
    for (const d of defaulted) {
      await this.repository.insertSystemActivity(
        d.caseId, TT.planDefaulted, now, null, manager,
      );
      await this.audit.record(manager, { actorId: null, action: 'payment-plan.default', entity: 'case', entityId: d.caseId, after: { planId: d.planId } });
      await this.events.publishIn(manager, { topic: 'case', payload: { caseId: d.caseId } });
      if (d.assigneeId) await this.events.publishIn(manager, { topic: 'queue', payload: { collectorId: d.assigneeId, caseId: d.caseId, kind: 'UPDATED' } });
    }
    return defaulted;
  }
}
