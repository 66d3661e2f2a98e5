import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { courtDeadlines, isIsoDate, stageIndex } from '@mahnwerk/domain';
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
import type { CourtProceedingModel } from './court.model.js';

type Row = Record<string, string | null>;

const LABELS: Record<CourtEvent, string> = {
  ORDER_APPLIED: 'Court dunning order (Mahnbescheid) applied for',
  ORDER_SERVED: 'Court dunning order served on the debtor',
  OBJECTION_FILED: 'Debtor objected to the court dunning order (Widerspruch)',
  ENFORCEMENT_APPLIED: 'Enforcement order (Vollstreckungsbescheid) applied for',
  ENFORCEMENT_SERVED: 'Enforcement order served on the debtor',
  ENFORCEMENT_OBJECTION_FILED: 'Debtor objected to the enforcement order (Einspruch)',
};

/** Records the steps of the court dunning procedure; the domain sets the deadlines they start. */
@Injectable()
export class CourtService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  async proceeding(caseId: string): Promise<CourtProceedingModel | null> {
    const [row] = await this.db.query('SELECT * FROM court_proceedings WHERE case_id = $1', [caseId]);
    return row ? toModel(row) : null;
  }

  async record(user: AuthUser, input: RecordCourtEventInput): Promise<string> {
    if (!isIsoDate(input.on)) throw badInput(`on ${input.on} is not a date (YYYY-MM-DD).`, 'on');
    return this.db.transaction(async (manager) => {
      const c = await this.access.load(user, input.caseId, manager, true);
      if (input.on > this.figures.today(c)) throw badInput(`${input.on} is in the future; record what has happened.`, 'on');
      if (c.creditor.country !== 'DE') throw badInput('The court dunning procedure here is the German one (ZPO 688 ff.).', 'caseId');
      const closed = c.status === 'PAID' || c.status === 'UNCOLLECTIBLE';
      if (closed && input.event === CourtEvent.ORDER_APPLIED) {
        throw conflict(`The case is ${c.status.toLowerCase()}; there is nothing to take to court.`);
      }
      const [before]: Row[] = await manager.query('SELECT * FROM court_proceedings WHERE case_id = $1 FOR UPDATE', [c.id]);
      const after = await this.apply(manager, c.id, before ?? null, input);

      // The procedure puts the case in the court stage (entered on the day of the application);
      // the dunning run moves it on to enforcement once the enforcement order is served
      // (nextDunningStep). A paid or written-off case keeps its status: the record is kept all the same.
      const enteringCourt = input.event === CourtEvent.ORDER_APPLIED && stageIndex(c.stage) < stageIndex('COURT');
      const nextDeadline = pendingDeadlines(after).filter((d) => d >= input.on).sort()[0];
      // A case that goes to legal now closes on the clock's day in the read models' zone; one already
      // closed keeps its closing day.
      const now = this.clock.now();
      await manager.query(
        `UPDATE cases SET status = CASE WHEN $6 THEN status ELSE 'LEGAL' END, assignee_id = NULL,
                stage = CASE WHEN $2 THEN 'COURT' ELSE stage END,
                stage_entered_on = CASE WHEN $2 THEN $5::date ELSE stage_entered_on END,
                next_action_at = CASE WHEN $6 THEN next_action_at ELSE $3::date END,
                closed_on = CASE WHEN status IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') THEN closed_on ELSE $7::date END,
                version = version + 1, updated_at = $4 WHERE id = $1`,
        [c.id, enteringCourt, nextDeadline ?? null, now, input.on, closed, reportingDay(now)],
      );
      // The court deadline is a part of the priority.
      await this.figures.refresh(manager, c);
      await manager.query(
        `INSERT INTO activities (case_id, actor_id, channel, note, occurred_at) VALUES ($1, $2, 'LETTER', $3, $4)`,
        [c.id, user.id, `${LABELS[input.event]} on ${input.on}${nextDeadline ? `; next deadline ${nextDeadline}` : ''}`, this.clock.now()],
      );
      await this.audit.record(manager, {
        actorId: user.id, action: `court.${input.event}`, entity: 'case', entityId: c.id, before: before ?? null, after,
      });
      await this.events.publishIn(manager, ...(await caseChangeEvents(manager, c.id, c.assigneeId, null, c.creditorId)));
      return c.id;
    });
  }

  private async apply(manager: EntityManager, caseId: string, p: Row | null, input: RecordCourtEventInput): Promise<Row> {
    const need = (field: string, what: string) => {
      if (!p || !p[field]) throw conflict(`${what} has not been recorded for this case yet.`);
    };
    const once = (field: string) => {
      if (p?.[field]) throw conflict(`Already recorded on ${p[field]}.`);
    };
    const set = async (values: Record<string, string | null>): Promise<Row> => {
      const columns = Object.keys(values);
      const [[row]] = await manager.query(
        `UPDATE court_proceedings SET ${columns.map((k, i) => `${k} = $${i + 2}`).join(', ')}, updated_at = now()
          WHERE case_id = $1 RETURNING *`,
        [caseId, ...Object.values(values)],
      );
      return row;
    };
    switch (input.event) {
      case CourtEvent.ORDER_APPLIED: {
        if (p) throw conflict(`A court dunning order was already applied for on ${p.applied_on}.`);
        const [row] = await manager.query('INSERT INTO court_proceedings (case_id, applied_on) VALUES ($1, $2) RETURNING *', [caseId, input.on]);
        return row;
      }
      case CourtEvent.ORDER_SERVED: {
        need('applied_on', 'The application for the court dunning order');
        once('order_served_on');
        if (input.on < p!.applied_on!) throw badInput('The order cannot be served before it was applied for.', 'on');
        const d = decide(() => courtDeadlines({ orderServedOn: input.on }));
        return set({ order_served_on: input.on, objection_deadline: d.objectionDeadline, enforcement_application_deadline: d.enforcementApplicationDeadline });
      }
      case CourtEvent.OBJECTION_FILED:
        need('order_served_on', 'Service of the court dunning order');
        once('objection_filed_on');
        return set({ objection_filed_on: input.on });
      case CourtEvent.ENFORCEMENT_APPLIED: {
        need('order_served_on', 'Service of the court dunning order');
        once('enforcement_applied_on');
        if (p!.objection_filed_on) {
          throw conflict(`The debtor objected on ${p!.objection_filed_on} (ZPO 694): no enforcement order; the claim goes to contentious proceedings.`);
        }
        if (input.on > p!.enforcement_application_deadline!) {
          throw badInput(`Too late: the order lapsed on ${p!.enforcement_application_deadline} (ZPO 701); apply for a new one.`, 'on');
        }
        const from = decide(() => courtDeadlines({ orderServedOn: p!.order_served_on! })).enforcementApplicationFrom.date;
        if (input.on < from) {
          throw badInput(`Too early: the enforcement order can be applied for from ${from}, after the objection period (ZPO 699(1)).`, 'on');
        }
        return set({ enforcement_applied_on: input.on });
      }
      case CourtEvent.ENFORCEMENT_SERVED: {
        need('enforcement_applied_on', 'The application for the enforcement order');
        once('enforcement_served_on');
        if (input.on < p!.enforcement_applied_on!) throw badInput('The enforcement order cannot be served before it was applied for.', 'on');
        const d = decide(() => courtDeadlines({ orderServedOn: p!.order_served_on!, enforcementOrderServedOn: input.on }));
        return set({ enforcement_served_on: input.on, enforcement_objection_deadline: d.enforcementObjectionDeadline ?? null });
      }
      case CourtEvent.ENFORCEMENT_OBJECTION_FILED:
        need('enforcement_served_on', 'Service of the enforcement order');
        once('enforcement_objection_filed_on');
        return set({ enforcement_objection_filed_on: input.on });
    }
  }
}

/** Deadlines still to watch: an objection filed ends the order's deadlines, an act done ends its own. */
function pendingDeadlines(r: Row): string[] {
  const out: (string | null)[] = [];
  if (!r.objection_filed_on) {
    out.push(r.objection_deadline);
    if (!r.enforcement_applied_on) out.push(r.enforcement_application_deadline);
  }
  if (!r.enforcement_objection_filed_on) out.push(r.enforcement_objection_deadline);
  return out.filter((d): d is string => d !== null);
}

function toModel(r: Row): CourtProceedingModel {
  return {
    appliedOn: r.applied_on!, orderServedOn: r.order_served_on, objectionDeadline: r.objection_deadline,
    objectionFiledOn: r.objection_filed_on, enforcementApplicationDeadline: r.enforcement_application_deadline,
    enforcementAppliedOn: r.enforcement_applied_on, enforcementServedOn: r.enforcement_served_on,
    enforcementObjectionDeadline: r.enforcement_objection_deadline, enforcementObjectionFiledOn: r.enforcement_objection_filed_on,
  };
}
