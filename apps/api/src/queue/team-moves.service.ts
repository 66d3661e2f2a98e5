import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { toCaseModel } from '../cases/case.mapper.js';
import type { CaseModel } from '../cases/case.model.js';
import { caseQuery } from '../cases/case-query.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { UserEntity } from '../users/user.entity.js';
import { toUserModel } from '../users/user.mapper.js';
import { UsersService } from '../users/users.service.js';
import { queueLoadOf, shiftLoads, type CaseShift, type CurrencyLoad } from './collector-loads.js';
import type { MoveCasesInput } from './dto/move-cases.input.js';
import { casesChangeEvents } from '../realtime/case-events.js';
import type {
  CollectorLoadChangeModel, LoadPreviewModel, MoveCasesResultModel, OrphanCasePageModel,
} from './queue.model.js';

/** A case with no activity for this many days (and nobody holding it, nothing scheduled) is an orphan. */
export const ORPHAN_IDLE_DAYS = 30;
const DAY_MS = 86_400_000;

interface MovingCase {
  id: string;
  version: number;
  status: string;
  assigneeId: string | null;
  assigneeName: string | null;
  assigneeTeamId: string | null;
  creditorId: string;
  creditorName: string;
  debtorName: string;
  currency: string;
  openCents: number;
}

interface Target {
  id: string;
  name: string;
  role: string;
  teamId: string | null;
  capacity: number;
}

interface MovePlan {
  target: Target | null;
  cases: MovingCase[];
  /** The cases that change hands (those already with the target are left alone). */
  moving: MovingCase[];
  before: CurrencyLoad[];
  affected: string[];
}

const CASES_TO_MOVE = `
  SELECT c.id, c.version, c.status, c.assignee_id AS "assigneeId", u.name AS "assigneeName", u.team_id AS "assigneeTeamId",
         c.creditor_id AS "creditorId", cr.name AS "creditorName", d.name AS "debtorName", c.currency, c.open_cents AS "openCents"
    FROM cases c
    JOIN creditors cr ON cr.id = c.creditor_id
    JOIN debtors d ON d.id = c.debtor_id
    LEFT JOIN users u ON u.id = c.assignee_id
   WHERE c.id = ANY($1)
   ORDER BY c.id`;

const ORPHANS_WHERE = `
  FROM cases c
 WHERE c.status = 'OPEN' AND c.assignee_id IS NULL AND c.next_action_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.case_id = c.id AND a.occurred_at > $1)`;

/**
 * The team lead's steering: moves of several cases at once, all or nothing, with the load each collector
 * ends up with, and the orphans nobody will otherwise pick up.
 */
@Injectable()
export class TeamMovesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  /** What `moveCases` would do with the same input: the same checks, the loads before and after, nothing written. */
  async loadPreview(user: AuthUser, input: MoveCasesInput): Promise<LoadPreviewModel> {
    const plan = await this.plan(this.db.manager, user, input, false);
    const loads = await this.loadChanges(this.db.manager, plan, shiftLoads(plan.before, shiftsOf(plan)));
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
          `Moving ${plural(plan.moving.length, 'case')} to ${target.name} would give them ${row.after.queueSize} cases for a capacity of ` +
            `${target.capacity}; move at most ${room}, raise the capacity, or confirm the move over capacity.`,
          'allowOverCapacity',
        );
      }
      if (plan.moving.length) {
        const to = plan.target?.id ?? null;
        await manager.query('UPDATE cases SET assignee_id = $2, version = version + 1, updated_at = $3 WHERE id = ANY($1)', [
          plan.moving.map((c) => c.id), to, this.clock.now(),
        ]);
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
      return { loads: await this.loadChanges(manager, plan, await this.currencyLoads(manager, plan.affected)), moved: plan.moving.length };
    });
    const rows = await caseQuery(this.db.manager).where('c.id IN (:...ids)', { ids: input.moves.map((m) => m.caseId) }).getMany();
    const byId = new Map(rows.map((c) => [c.id, toCaseModel(c)]));
    const cases = input.moves.map((m) => byId.get(m.caseId)).filter((c): c is CaseModel => c !== undefined);
    return { moved, cases, loads };
  }

  /** Open, unassigned cases with no next action and no activity for 30 days, highest priority first. */
  async orphanCases(limit: number, offset: number): Promise<OrphanCasePageModel> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput(`limit must be 1 to 200; got ${limit}.`, 'limit');
    if (!Number.isInteger(offset) || offset < 0) throw badInput(`offset must be 0 or more; got ${offset}.`, 'offset');
    const idleSince = new Date(this.clock.now().getTime() - ORPHAN_IDLE_DAYS * DAY_MS);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${ORPHANS_WHERE}`, [idleSince]);
    const page: { id: string; last_activity_at: Date | null }[] = await this.db.query(
      `SELECT c.id, (SELECT max(a.occurred_at) FROM activities a WHERE a.case_id = c.id) AS last_activity_at
         ${ORPHANS_WHERE}
        ORDER BY c.priority DESC, c.id
        LIMIT $2 OFFSET $3`,
      [idleSince, limit, offset],
    );
    const rows = page.length
      ? await caseQuery(this.db.manager).where('c.id IN (:...ids)', { ids: page.map((p) => p.id) }).getMany()
      : [];
    const byId = new Map(rows.map((c) => [c.id, c]));
    const items = page.flatMap((p) => {
      const c = byId.get(p.id);
      return c ? [{ case: toCaseModel(c), lastActivityAt: p.last_activity_at }] : [];
    });
    return { items, totalCount: total, idleSince };
  }

  /** Loads and checks everything a move needs; `lock` takes the row locks of a real move. */
  private async plan(manager: EntityManager, user: AuthUser, input: MoveCasesInput, lock: boolean): Promise<MovePlan> {
    const ids = input.moves.map((m) => m.caseId);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) throw badInput(`Case ${duplicate} is named twice; name each case once.`, 'moves');

    const target = input.toCollectorId ? await this.target(manager, user, input.toCollectorId, lock) : null;
    // Locks in id order, so two bulk moves over the same cases cannot deadlock.
    const found: MovingCase[] = await manager.query(lock ? `${CASES_TO_MOVE} FOR UPDATE OF c` : CASES_TO_MOVE, [ids]);
    const byId = new Map(found.map((c) => [c.id, c]));
    const worksFor = target
      ? new Set(
          (
            await manager.query('SELECT creditor_id FROM user_creditors WHERE user_id = $1', [target.id]) as { creditor_id: string }[]
          ).map((r) => r.creditor_id),
        )
      : null;

    const cases = input.moves.map((m) => {
      const c = byId.get(m.caseId);
      if (!c) throw notFound('Case', m.caseId);
      const label = `${c.debtorName}'s case (${c.creditorName}, ${c.id})`;
      if (c.version !== m.expectedVersion) {
        throw conflict(
          `${label} changed meanwhile (version ${c.version}, you had ${m.expectedVersion}); nothing was moved. Reload and try again.`,
        );
      }
      if (c.status !== 'OPEN') throw badInput(`${label} is ${c.status}; only open cases can be moved.`, 'moves');
      if (user.role === 'LEAD' && c.assigneeId && c.assigneeTeamId !== user.teamId) {
        throw forbidden(`${label} is in ${c.assigneeName}'s queue, outside your team.`);
      }
      if (target && worksFor && !worksFor.has(c.creditorId) && c.assigneeId !== target.id) {
        throw badInput(`${target.name} does not work for ${c.creditorName}, the creditor of ${label}.`, 'toCollectorId');
      }
      return c;
    });
    const to = target?.id ?? null;
    const moving = cases.filter((c) => c.assigneeId !== to);
    const affected = [...new Set([...(to ? [to] : []), ...moving.flatMap((c) => (c.assigneeId ? [c.assigneeId] : []))])];
    return { target, cases, moving, before: await this.currencyLoads(manager, affected), affected };
  }

  /** A collector the caller may steer cases to: leads only their own team. */
  private async target(manager: EntityManager, user: AuthUser, collectorId: string, lock: boolean): Promise<Target> {
    // The lock serialises a move with the collector's own claims, so together they cannot overrun the capacity.
    const [target]: Target[] = await manager.query(
      `SELECT id, name, role, team_id AS "teamId", capacity FROM users WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [collectorId],
    );
    if (!target || target.role !== 'COLLECTOR') throw notFound('Collector', collectorId);
    if (user.role === 'LEAD' && target.teamId !== user.teamId) throw forbidden(`${target.name} is not in your team.`);
    return target;
  }

  private async currencyLoads(manager: EntityManager, collectorIds: string[]): Promise<CurrencyLoad[]> {
    if (!collectorIds.length) return [];
    return manager.query(
      `SELECT assignee_id AS "collectorId", currency, count(*)::int AS size, sum(open_cents)::bigint AS "openCents"
         FROM cases WHERE assignee_id = ANY($1) GROUP BY assignee_id, currency`,
      [collectorIds],
    );
  }

  /** The target first, then the collectors who lose cases, by name. */
  private async loadChanges(manager: EntityManager, plan: MovePlan, after: CurrencyLoad[]): Promise<CollectorLoadChangeModel[]> {
    if (!plan.affected.length) return [];
    const people = await manager.find(UserEntity, { where: { id: In(plan.affected) }, relations: { team: true } });
    const online = await this.users.onlineIds(plan.affected);
    const rows = people.map((p) => {
      const before = queueLoadOf(plan.before, p.id);
      const now = queueLoadOf(after, p.id);
      return {
        collector: toUserModel(p, online.has(p.id)),
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
