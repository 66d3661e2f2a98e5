import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fill, plural } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import type { CaseModel } from '../cases/case.model.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import type { Queryable } from '../database/queryable.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { UsersService } from '../users/users.service.js';
import { queueLoadOf, shiftLoads, type CaseShift, type CurrencyLoad } from './collector-loads.js';
import type { MoveCasesInput } from './dto/move-cases.input.js';
import { casesChangeEvents } from '../realtime/case-events.js';
import type {
  CollectorLoadChangeModel, LoadPreviewModel, MoveCasesResultModel, OrphanCasePageModel,
} from './queue.model.js';
import { QUEUE_TEXTS } from './queue.i18n.js';
import { QueueRepository, type SteeredUser } from './queue.repository.js';
import { TeamMovesRepository, type MovingCase } from './team-moves.repository.js';

/** A case with no activity for this many days (and nobody holding it, nothing scheduled) is an orphan. */
export const ORPHAN_IDLE_DAYS = 30;
const DAY_MS = 86_400_000;

interface MovePlan {
  target: SteeredUser | null;
  cases: MovingCase[];
  /** The cases that change hands (those already with the target are left alone). */
  moving: MovingCase[];
  before: CurrencyLoad[];
  affected: string[];
}

/**
 * The team lead's steering: moves of several cases at once, all or nothing, with the load each collector
 * ends up with, and the orphans nobody will otherwise pick up.
 */
@Injectable()
export class TeamMovesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: QueueRepository,
    private readonly moves: TeamMovesRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  /** What `moveCases` would do with the same input: the same checks, the loads before and after, nothing written. */
  async loadPreview(user: AuthUser, input: MoveCasesInput): Promise<LoadPreviewModel> {
    const plan = await this.plan(this.db, user, input, false);
    const loads = await this.loadChanges(this.db, plan, shiftLoads(plan.before, shiftsOf(plan)));
    return { moving: plan.moving.length, loads, overCapacity: targetOverCapacity(plan, loads) };
  }

  /**
   * Moves every named case to the target (or the pool) in one transaction: each case's version is checked,
   * one stale case stops all of them. Refused when the target would exceed their capacity unless
   * `allowOverCapacity` is set. Each case moved is audited as `queue.move`; the events go out on commit.
   */
  async moveCases(user: AuthUser, input: MoveCasesInput): Promise<MoveCasesResultModel> {
    const { loads, moved } = await this.db.transaction(async (manager) => {
      const plan = await this.plan(manager, user, input, true);
      const shifts = shiftsOf(plan);
      const expected = await this.loadChanges(manager, plan, shiftLoads(plan.before, shifts));
      if (targetOverCapacity(plan, expected) && !input.allowOverCapacity) {
        const target = plan.target!;
        const row = expected[0];
        const room = Math.max(0, target.capacity - row.before.queueSize);
        throw badInput(
          fill(QUEUE_TEXTS.overCapacity, {
            cases: plural(plan.moving.length, { one: QUEUE_TEXTS.caseOne, other: QUEUE_TEXTS.caseOther }),
            collector: target.name, after: row.after.queueSize, capacity: target.capacity, room,
          }),
          'allowOverCapacity',
        );
      }
      if (plan.moving.length) {
        const to = plan.target?.id ?? null;
        await this.queue.assignAll(plan.moving.map((c) => c.id), to, this.clock.now(), manager);
        for (const c of plan.moving) {
          await this.audit.record(manager, {
            actorId: user.id, action: 'queue.move', entity: 'case', entityId: c.id,
            before: { assigneeId: c.assigneeId, version: c.version },
            after: { assigneeId: to, version: c.version + 1, batch: plan.moving.length },
          });
        }
        await this.events.publishIn(
          manager,
          ...(await casesChangeEvents(
            manager,
            plan.moving.map((c) => ({ caseId: c.id, fromCollector: c.assigneeId, toCollector: to, creditorId: c.creditorId })),
          )),
        );
      }
      // The loads as they are now, read back inside the transaction.
      return { loads: await this.loadChanges(manager, plan, await this.moves.currencyLoads(plan.affected, manager)), moved: plan.moving.length };
    });
    const rows = await this.queue.casesByIds(input.moves.map((m) => m.caseId));
    const byId = new Map(rows.map((c) => [c.id, c]));
    const cases = input.moves.map((m) => byId.get(m.caseId)).filter((c): c is CaseModel => c !== undefined);
    return { moved, cases, loads };
  }

  /** Open, unassigned cases with no next action and no activity for 30 days, highest priority first. */
  async orphanCases(limit: number, offset: number): Promise<OrphanCasePageModel> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput(fill(QUEUE_TEXTS.limitRange, { value: limit }), 'limit');
    if (!Number.isInteger(offset) || offset < 0) throw badInput(fill(QUEUE_TEXTS.offsetRange, { value: offset }), 'offset');
    const idleSince = new Date(this.clock.now().getTime() - ORPHAN_IDLE_DAYS * DAY_MS);
    const total = await this.moves.orphanCount(idleSince);
    const page = await this.moves.orphanPage(idleSince, limit, offset);
    const byId = new Map((await this.queue.casesByIds(page.map((p) => p.caseId))).map((c) => [c.id, c]));
    const items = page.flatMap((p) => {
      const c = byId.get(p.caseId);
      return c ? [{ case: c, lastActivityAt: p.lastActivityAt }] : [];
    });
    return { items, totalCount: total, idleSince };
  }

  /** Loads and checks everything a move needs; `lock` takes the row locks of a real move. */
  private async plan(manager: Queryable, user: AuthUser, input: MoveCasesInput, lock: boolean): Promise<MovePlan> {
    const ids = input.moves.map((m) => m.caseId);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) throw badInput(fill(QUEUE_TEXTS.namedTwice, { caseId: duplicate }), 'moves');

    const target = input.toCollectorId ? await this.target(manager, user, input.toCollectorId, lock) : null;
    // Locks in id order, so two bulk moves over the same cases cannot deadlock.
    const found = await this.moves.movingCases(ids, lock, manager);
    const byId = new Map(found.map((c) => [c.id, c]));
    const worksFor = target ? await this.queue.creditorsOf(target.id, manager) : null;

    const cases = input.moves.map((m) => {
      const c = byId.get(m.caseId);
      if (!c) throw notFound('Case', m.caseId);
      const label = fill(QUEUE_TEXTS.caseLabel, { debtor: c.debtorName, creditor: c.creditorName, caseId: c.id });
      if (c.version !== m.expectedVersion) {
        throw conflict(
          fill(QUEUE_TEXTS.movedMeanwhile, { label, version: c.version, expected: m.expectedVersion }),
        );
      }
      if (c.status !== 'OPEN') throw badInput(fill(QUEUE_TEXTS.onlyOpenMoved, { label, status: QUEUE_TEXTS[c.status] }), 'moves');
      if (user.role === 'LEAD' && c.assigneeId && c.assigneeTeamId !== user.teamId) {
        throw forbidden(fill(QUEUE_TEXTS.labelOutsideTeam, { label, assignee: c.assigneeName ?? '' }));
      }
      if (target && worksFor && !worksFor.has(c.creditorId) && c.assigneeId !== target.id) {
        throw badInput(fill(QUEUE_TEXTS.notForCreditorOf, { collector: target.name, creditor: c.creditorName, label }), 'toCollectorId');
      }
      return c;
    });
    const to = target?.id ?? null;
    const moving = cases.filter((c) => c.assigneeId !== to);
    const affected = [...new Set([...(to ? [to] : []), ...moving.flatMap((c) => (c.assigneeId ? [c.assigneeId] : []))])];
    return { target, cases, moving, before: await this.moves.currencyLoads(affected, manager), affected };
  }

  /** A collector the caller may steer cases to: leads only their own team. */
  private async target(manager: Queryable, user: AuthUser, collectorId: string, lock: boolean): Promise<SteeredUser> {
    // The lock serialises a move with the collector's own claims, so together they cannot overrun the capacity.
    const target = await this.queue.steeredUser(collectorId, manager, lock);
    if (!target || target.role !== 'COLLECTOR') throw notFound('Collector', collectorId);
    if (user.role === 'LEAD' && target.teamId !== user.teamId) throw forbidden(fill(QUEUE_TEXTS.notInYourTeam, { collector: target.name }));
    return target;
  }

  /** The target first, then the collectors who lose cases, by name. */
  private async loadChanges(manager: Queryable, plan: MovePlan, after: CurrencyLoad[]): Promise<CollectorLoadChangeModel[]> {
    if (!plan.affected.length) return [];
    const people = await this.users.withPresence(plan.affected, manager);
    const rows = people.map((p) => {
      const before = queueLoadOf(plan.before, p.id);
      const now = queueLoadOf(after, p.id);
      return {
        collector: p,
        capacity: p.capacity,
        before,
        after: now,
        delta: now.queueSize - before.queueSize,
        overCapacity: now.queueSize > p.capacity,
      };
    });
    const targetId = plan.target?.id;
    return rows.sort((a, b) =>
      a.collector.id === targetId ? -1 : b.collector.id === targetId ? 1 : a.collector.name.localeCompare(b.collector.name),
    );
  }
}

function shiftsOf(plan: MovePlan): CaseShift[] {
  const to = plan.target?.id ?? null;
  return plan.moving.map((c) => ({ from: c.assigneeId, to, currency: c.currency, openCents: c.openCents }));
}

/** Only a target gaining cases can be refused: moving cases away from someone over capacity is always fine. */
function targetOverCapacity(plan: MovePlan, loads: CollectorLoadChangeModel[]): boolean {
  if (!plan.target || plan.moving.length === 0) return false;
  return loads.some((l) => l.collector.id === plan.target!.id && l.overCapacity);
}
