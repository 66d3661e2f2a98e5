import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTACT_ATTEMPT_OUTCOMES, assertNoRunningPlan, calendarDateIn, decideOutcome, formatLocalDateTime, type OutcomeType,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { AppError, forbidden } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { decide } from '../common/rule-violation.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseFiguresService } from './case-figures.service.js';
import { CaseTimelineRepository } from './case-timeline.repository.js';
import { CasesRepository } from './cases.repository.js';
import { ContactPolicyService } from './contact-policy.service.js';
import type { RecordOutcomeInput } from './dto/record-outcome.input.js';

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

  /** Applies a collector's outcome: state, activity, promises and audit in one transaction. */
  async record(user: AuthUser, input: RecordOutcomeInput): Promise<string> {
    return this.db.transaction(async (manager) => {
      const before = await this.access.load(user, input.caseId, manager, true);
      if (user.role === 'COLLECTOR' && before.assigneeId !== user.id) {
        throw forbidden(
          before.assigneeId
            ? `This case is in ${before.assignee?.name ?? 'another collector'}'s queue; only they can record outcomes on it.`
            : 'This case is not in your queue; claim it first.',
        );
      }
      const now = this.clock.now();
      const runningPlan = input.type === 'PAYMENT_PLAN' ? await this.cases.runningPlanStatus(before.id, manager) : null;
      const decision = decide(() =>
        decideOutcome(
          {
            status: before.status,
            stage: before.stage,
            openCents: before.openCents,
            today: calendarDateIn(now, before.creditor.timeZone),
            now,
          },
          input,
          before.currency,
        ),
      );
      if (input.type === 'PAYMENT_PLAN') decide(() => assertNoRunningPlan(runningPlan));
      if ((CONTACT_ATTEMPT_OUTCOMES as readonly OutcomeType[]).includes(input.type)) {
        // A phone contact attempt: only within the debtor's contact hours and attempt limits.
        const policy = await this.contactPolicy.decide(
          {
            caseId: before.id, debtorId: before.debtorId, debtorTimeZone: before.debtor.timeZone, debtorCountry: before.debtor.country,
            creditorCountry: before.creditor.country, creditorId: before.creditorId,
          },
          'PHONE',
          manager,
          now,
        );
        if (!policy.allowed) {
          throw new AppError(
            'BAD_USER_INPUT',
            `${policy.reason} Next allowed at ${formatLocalDateTime(policy.nextAllowedAt, before.debtor.timeZone)}.`,
            { field: 'type', nextAllowedAt: policy.nextAllowedAt.toISOString() },
          );
        }
      }

      const note = [decision.summary, input.note?.trim()].filter(Boolean).join(' — ');
      const activityId = await this.timeline.insertActivity({
        caseId: before.id, actorId: user.id, channel: 'PHONE', outcome: input.type, note, occurredAt: now,
        handlingSeconds: input.handlingSeconds ?? null,
      }, manager);
      // A payment plan is its own record; its installments are promises that name it.
      const planId = input.type === 'PAYMENT_PLAN'
        ? await this.cases.insertPaymentPlan({ caseId: before.id, activityId, createdBy: user.id, createdAt: now }, manager)
        : null;
      await this.cases.insertPromises(decision.promises.map((p) => ({
        caseId: before.id, activityId, amountCents: p.amountCents, dueDate: p.dueDate, installment: p.installment, createdBy: user.id, planId,
      })), manager);
      const assigneeId = decision.keepAssignee ? before.assigneeId : null;
      // A case that closes (paid, uncollectible, legal) closes on the clock's day in the read models'
      // zone; one that stays open has no closing day (the cases_closed_on trigger clears it).
      await this.cases.applyOutcome(before.id, {
        status: decision.status, stage: decision.stage, assigneeId, nextActionAt: decision.nextActionAt,
        holdReason: decision.holdReason, markPaid: decision.markPaid, now, closingDay: reportingDay(now),
      }, manager);
      await this.figures.refresh(manager, before);
      await this.audit.record(manager, {
        actorId: user.id, action: `outcome.${input.type}`, entity: 'case', entityId: before.id,
        before: { status: before.status, stage: before.stage, assigneeId: before.assigneeId, version: before.version },
        after: { status: decision.status, stage: decision.stage, assigneeId, version: before.version + 1, note },
      });
      await this.events.publishIn(
        manager,
        ...(await caseChangeEvents(manager, before.id, before.assigneeId, assigneeId, before.creditorId)),
      );
      return before.id;
    });
  }
}
