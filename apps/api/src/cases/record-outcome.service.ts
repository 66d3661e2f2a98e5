import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDateIn, decideOutcome, formatLocalDateTime } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { AppError, forbidden } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { decide } from '../common/rule-violation.js';
import { PromiseEntity } from '../payments/promise.entity.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { ActivityEntity } from './activity.entity.js';
import { CaseAccessService } from './case-access.service.js';
import { CONTACT_OUTCOMES, CaseFiguresService } from './case-figures.service.js';
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
      if ((CONTACT_OUTCOMES as readonly string[]).includes(input.type)) {
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
      const activity = await manager.save(ActivityEntity, {
        caseId: before.id, actorId: user.id, channel: 'PHONE', outcome: input.type, note, occurredAt: now,
      });
      if (input.handlingSeconds !== undefined && input.handlingSeconds !== null) {
        await manager.query('UPDATE activities SET handling_seconds = $2 WHERE id = $1', [activity.id, input.handlingSeconds]);
      }
      if (decision.promises.length) {
        await manager.insert(
          PromiseEntity,
          decision.promises.map((p) => ({
            caseId: before.id, activityId: activity.id, amountCents: p.amountCents, dueDate: p.dueDate,
            installment: p.installment, status: 'OPEN' as const, createdBy: user.id,
          })),
        );
      }
      const assigneeId = decision.keepAssignee ? before.assigneeId : null;
      // A case that closes (paid, uncollectible, legal) closes on the clock's day in the read models'
      // zone; one that stays open has no closing day (the cases_closed_on trigger clears it).
      await manager.query(
        `UPDATE cases SET status = $2, stage = $3, assignee_id = $4, next_action_at = $5, hold_reason = $6,
                paid_at = CASE WHEN $7 THEN $8::timestamptz ELSE paid_at END,
                closed_on = CASE WHEN status IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') THEN closed_on ELSE $9::date END,
                version = version + 1, updated_at = $8
          WHERE id = $1`,
        [before.id, decision.status, decision.stage, assigneeId, decision.nextActionAt, decision.holdReason,
          decision.markPaid, now, reportingDay(now)],
      );
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
