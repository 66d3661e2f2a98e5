import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { courtDeadlines, dateText, fill, isIsoDate, stageIndex, type CentralDunningCourt, type LocalizedText } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { decide } from '../common/rule-violation.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { CourtEvent, type RecordCourtEventInput } from './dto/record-court-event.input.js';
import { COURT_TEXTS as T } from './court.i18n.js';
import type { CourtProceedingModel } from './court.model.js';
import { COURT_EVENT_TEXTS, COURT_TIMELINE_TEXTS } from './court-timeline.i18n.js';
import {
  CourtRepository, toCourtProceeding, type CourtProceeding, type CourtProceedingChange, type CourtProceedingRow,
} from './court.repository.js';

/** Records the steps of the court dunning procedure; the domain sets the deadlines they start. */
@Injectable()
export class CourtService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CourtRepository,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  async proceeding(caseId: string): Promise<CourtProceedingModel | null> {
    const row = await this.repository.proceedingOfCase(caseId);
    return row ? toCourtProceeding(row) : null;
  }

  async record(user: AuthUser, input: RecordCourtEventInput): Promise<string> {
    if (!isIsoDate(input.on)) throw badInput(fill(T.notADate, { value: input.on }), 'on');
    return this.db.transaction(async (manager) => {
      const c = await this.access.load(user, input.caseId, manager, true);
      if (input.on > this.figures.today(c)) throw badInput(fill(T.inFuture, { on: dateText(input.on) }), 'on');
      if (c.creditor.country !== 'DE') throw badInput(T.germanOnly, 'caseId');
      const closed = c.status === 'PAID' || c.status === 'UNCOLLECTIBLE';
      if (closed && input.event === CourtEvent.ORDER_APPLIED) {
        throw conflict(fill(T.closed, { status: c.status === 'PAID' ? T.PAID : T.UNCOLLECTIBLE }));
      }
      const before = await this.repository.proceedingOfCase(c.id, manager, true);
      const after = await this.apply(manager, c.id, before, input);

      // The procedure puts the case in the court stage (entered on the day of the application);
      // the dunning run moves it on to enforcement once the enforcement order is served
      // (nextDunningStep). A paid or written-off case keeps its status: the record is kept all the same.
      const enteringCourt = input.event === CourtEvent.ORDER_APPLIED && stageIndex(c.stage) < stageIndex('COURT');
      const nextDeadline = pendingDeadlines(toCourtProceeding(after)).filter((d) => d >= input.on).sort()[0];
      // A case that goes to legal now closes on the clock's day in the read models' zone; one already
      // closed keeps its closing day.
      const now = this.clock.now();
      await this.repository.moveCaseToCourt(manager, {
        caseId: c.id, enteringCourt, nextDeadline: nextDeadline ?? null, now, on: input.on, closed, closingDay: reportingDay(now),
      });
      // The court deadline is a part of the priority.
      await this.figures.refresh(manager, c);
      await this.repository.addCourtActivity(manager, {
        caseId: c.id, actorId: user.id, occurredAt: this.clock.now(),
        note: nextDeadline
          ? fill(COURT_TIMELINE_TEXTS.eventWithDeadline, { event: COURT_EVENT_TEXTS[input.event], date: dateText(input.on), deadline: dateText(nextDeadline) })
          : fill(COURT_TIMELINE_TEXTS.event, { event: COURT_EVENT_TEXTS[input.event], date: dateText(input.on) }),
      });
      await this.audit.record(manager, {
        actorId: user.id, action: `court.${input.event}`, entity: 'case', entityId: c.id, before: before ?? null, after,
      });
      await this.events.publishIn(manager, ...(await caseChangeEvents(manager, c.id, c.assigneeId, null, c.creditorId)));
      return c.id;
    });
  }

  private async apply(
    manager: EntityManager, caseId: string, row: CourtProceedingRow | null, input: RecordCourtEventInput,
  ): Promise<CourtProceedingRow> {
    const p = row ? toCourtProceeding(row) : null;
    const need = (field: keyof CourtProceeding, what: LocalizedText) => {
      if (!p || !p[field]) throw conflict(fill(T.notRecordedYet, { what }));
    };
    const once = (field: keyof CourtProceeding) => {
      const on = p?.[field];
      if (on) throw conflict(fill(T.alreadyRecorded, { date: isIsoDate(on) ? dateText(on) : String(on) }));
    };
    const named = input.court ?? null;
    if (named !== null && p?.court && p.court !== named) {
      throw badInput(fill(T.otherCourt, { court: p.courtName ?? p.court }), 'court');
    }
    const court = p?.court ?? named;
    // A court named only now: the deadlines already stored are recomputed with its Land's holidays.
    const naming: CourtProceedingChange =
      p && !p.court && named !== null
        ? {
            court: named,
            ...(p.orderServedOn ? deadlinesOf(p.orderServedOn, p.enforcementServedOn, named) : {}),
          }
        : {};
    const set = (change: CourtProceedingChange) => this.repository.updateProceeding(manager, caseId, { ...naming, ...change });
    switch (input.event) {
      case CourtEvent.ORDER_APPLIED:
        if (p) throw conflict(fill(T.alreadyApplied, { date: dateText(p.appliedOn) }));
        return this.repository.insertProceeding(manager, caseId, input.on, named);
      case CourtEvent.ORDER_SERVED: {
        need('appliedOn', T.orderApplication);
        once('orderServedOn');
        if (input.on < p!.appliedOn) throw badInput(T.servedBeforeApplied, 'on');
        return set({ orderServedOn: input.on, ...deadlinesOf(input.on, null, court) });
      }
      case CourtEvent.OBJECTION_FILED:
        need('orderServedOn', T.orderService);
        once('objectionFiledOn');
        return set({ objectionFiledOn: input.on });
      case CourtEvent.ENFORCEMENT_APPLIED: {
        need('orderServedOn', T.orderService);
        once('enforcementAppliedOn');
        if (p!.objectionFiledOn) {
          throw conflict(fill(T.objected, { date: dateText(p!.objectionFiledOn) }));
        }
        const lapses = decide(() => courtDeadlines({ orderServedOn: p!.orderServedOn!, court })).enforcementApplicationDeadline;
        if (input.on > lapses) {
          throw badInput(fill(T.tooLate, { date: dateText(lapses) }), 'on');
        }
        const from = decide(() => courtDeadlines({ orderServedOn: p!.orderServedOn!, court })).enforcementApplicationFrom.date;
        if (input.on < from) {
          throw badInput(fill(T.tooEarly, { date: dateText(from) }), 'on');
        }
        return set({ enforcementAppliedOn: input.on });
      }
      case CourtEvent.ENFORCEMENT_SERVED: {
        need('enforcementAppliedOn', T.enforcementApplication);
        once('enforcementServedOn');
        if (input.on < p!.enforcementAppliedOn!) throw badInput(T.enforcementServedBeforeApplied, 'on');
        return set({ enforcementServedOn: input.on, ...deadlinesOf(p!.orderServedOn!, input.on, court) });
      }
      case CourtEvent.ENFORCEMENT_OBJECTION_FILED:
        need('enforcementServedOn', T.enforcementService);
        once('enforcementObjectionFiledOn');
        return set({ enforcementObjectionFiledOn: input.on });
    }
  }
}

/** The deadlines service of the orders starts, at the court's seat (ZPO 222(2)). */
function deadlinesOf(
  orderServedOn: string, enforcementServedOn: string | null, court: CentralDunningCourt | null,
): CourtProceedingChange {
  const d = decide(() => courtDeadlines({ orderServedOn, enforcementOrderServedOn: enforcementServedOn, court }));
  return {
    objectionDeadline: d.objectionDeadline,
    enforcementApplicationDeadline: d.enforcementApplicationDeadline,
    ...(enforcementServedOn ? { enforcementObjectionDeadline: d.enforcementObjectionDeadline } : {}),
  };
}

/** Deadlines still to watch: an objection filed ends the order's deadlines, an act done ends its own. */
function pendingDeadlines(r: CourtProceeding): string[] {
  const out: (string | null)[] = [];
  if (!r.objectionFiledOn) {
    out.push(r.objectionDeadline);
    if (!r.enforcementAppliedOn) out.push(r.enforcementApplicationDeadline);
  }
  if (!r.enforcementObjectionFiledOn) out.push(r.enforcementObjectionDeadline);
  return out.filter((d): d is string => d !== null);
}
