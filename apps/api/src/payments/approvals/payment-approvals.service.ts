import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { approvalRefusal, fill, type PaymentActorRole } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import { CaseAccessService } from '../../cases/case-access.service.js';
import { RecordOutcomeService } from '../../cases/record-outcome.service.js';
import { Clock } from '../../common/clock.js';
import { caseChangeEvents } from '../../realtime/case-events.js';
import { PgEventBus } from '../../realtime/pg-event-bus.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { APPROVAL_KIND_NAMES, PAYMENT_API_TEXTS } from '../payments.i18n.js';
import { PaymentsService } from '../payments.service.js';
import { PaymentApprovalsRepository, type PaymentApprovalKind, type PaymentApprovalRecord } from './payment-approvals.repository.js';

const MAX_DECLINE_REASON_LENGTH = 500;

/**
 * A second person's decision on a manual payment or a PAID outcome that waits: a lead or an admin,
 * not the requester (approvalRefusal). Approving books the payment (under the key it was asked
 * with, so once) or applies the outcome; approving an approved one again changes nothing. Each
 * decision writes its audit event in the same transaction.
 */
@Injectable()
export class PaymentApprovalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: PaymentApprovalsRepository,
    private readonly payments: PaymentsService,
    private readonly outcomes: RecordOutcomeService,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  pending(): Promise<PaymentApprovalRecord[]> {
    return this.repository.pending();
  }

  async approve(user: AuthUser, id: string, kind: PaymentApprovalKind): Promise<PaymentApprovalRecord> {
    return this.db.transaction(async (manager) => {
      const a = await this.lockPending(manager, user, id, kind);
      if (a.status === 'APPROVED') return a;
      let paymentId: string | null = null;
      if (kind === 'PAYMENT') paymentId = (await this.payments.bookApprovedIn(manager, user, a)).paymentId;
      else await this.outcomes.recordApprovedPaidIn(user, a.caseId, a, manager);
      await this.repository.decide(a.id, { status: 'APPROVED', by: user.id, at: this.clock.now(), paymentId }, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'payment_approval.approve', entity: 'payment_approval', entityId: a.id,
        before: { status: 'PENDING' }, after: { status: 'APPROVED', kind, caseId: a.caseId, paymentId, requestedBy: a.requestedBy },
      });
      return (await this.repository.byId(a.id, manager))!;
    });
  }

  async decline(user: AuthUser, id: string, kind: PaymentApprovalKind, reason: string): Promise<PaymentApprovalRecord> {
    const why = reason.replace(/\s+/g, ' ').trim();
    if (!why) throw badInput(PAYMENT_API_TEXTS.sayWhyDeclined, 'reason');
    if (why.length > MAX_DECLINE_REASON_LENGTH) throw badInput(fill(PAYMENT_API_TEXTS.reasonTooLong, { max: MAX_DECLINE_REASON_LENGTH }), 'reason');
    return this.db.transaction(async (manager) => {
      const a = await this.lockPending(manager, user, id, kind);
      if (a.status === 'APPROVED') throw conflict(PAYMENT_API_TEXTS.approvedAlready);
      await this.repository.decide(a.id, { status: 'DECLINED', by: user.id, at: this.clock.now(), declineReason: why }, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'payment_approval.decline', entity: 'payment_approval', entityId: a.id,
        before: { status: 'PENDING' }, after: { status: 'DECLINED', kind, caseId: a.caseId, reason: why, requestedBy: a.requestedBy },
      });
      // The case no longer shows it waiting: its screens refresh.
      const c = await this.access.load(user, a.caseId, manager);
      await this.events.publishIn(manager, ...(await caseChangeEvents(manager, c.id, c.assigneeId, c.assigneeId, c.creditorId)));
      return (await this.repository.byId(a.id, manager))!;
    });
  }

  /** Locks the approval; it must be of the kind, decided by someone allowed to, and not declined. */
  private async lockPending(manager: EntityManager, user: AuthUser, id: string, kind: PaymentApprovalKind): Promise<PaymentApprovalRecord> {
    if (!(await this.repository.lock(id, manager))) throw notFound('Approval', id);
    const a = (await this.repository.byId(id, manager))!;
    if (a.kind !== kind) throw notFound(kind === 'PAYMENT' ? APPROVAL_KIND_NAMES.PAYMENT : APPROVAL_KIND_NAMES.PAID, id);
    const refusal = approvalRefusal({ id: user.id, role: user.role as PaymentActorRole }, a.requestedBy);
    if (refusal) throw forbidden(refusal);
    if (a.status === 'DECLINED') throw conflict(a.declineReason ? fill(PAYMENT_API_TEXTS.declinedAlreadyBecause, { reason: a.declineReason }) : PAYMENT_API_TEXTS.declinedAlready);
    return a;
  }
}
