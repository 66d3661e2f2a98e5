import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toReportingCents } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { toCaseModel } from '../cases/case.mapper.js';
import type { CaseModel } from '../cases/case.model.js';
import { caseQuery } from '../cases/case-query.js';
import { Clock } from '../common/clock.js';
import { preparedQuery } from '../common/prepared-query.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { MetricsService } from '../observability/metrics.service.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { UserEntity } from '../users/user.entity.js';
import { toUserModel } from '../users/user.mapper.js';
import type { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { CLAIM_WITHIN_CAPACITY } from './claim-next-case.sql.js';
import { caseChangeEvents, claimEvents } from '../realtime/case-events.js';
import type { CollectorQueueModel } from './queue.model.js';

export const MAX_CAPACITY = 500;

@Injectable()
export class QueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  /** My open cases: those due now first, then by priority. */
  async myQueue(user: AuthUser): Promise<CaseModel[]> {
    const rows = await caseQuery(this.db.manager)
      .where('c.assigneeId = :id', { id: user.id })
      .orderBy('CASE WHEN c.nextActionAt IS NULL OR c.nextActionAt <= :now THEN 0 ELSE 1 END')
      .addOrderBy('c.priority', 'DESC')
      .addOrderBy('c.id')
      .setParameter('now', this.clock.now())
      .getMany();
    return rows.map(toCaseModel);
  }

  /** A claim is one statement (claim, capacity, audit event, and the case for the answer); its events follow. */
  async claimNext(user: AuthUser): Promise<CaseModel | null> {
    const claimDone = this.metrics.startClaim();
    const [claimed] = await preparedQuery<Omit<CaseModel, 'openCents'> & { openCents: string }>(
      this.db, 'claim-next-case', CLAIM_WITHIN_CAPACITY, [user.id, this.clock.now()],
    );
    claimDone(claimed ? 'claimed' : 'empty');
    if (!claimed) return null;
    void this.events.publish(...claimEvents(user.id, user.teamId, claimed.id));
    return { ...claimed, openCents: Number(claimed.openCents) };
  }

  async reassign(user: AuthUser, caseId: string, collectorId: string, expectedVersion: number): Promise<CaseModel> {
    await this.db.transaction(async (manager) => {
      const c = await this.access.load(user, caseId, manager, true);
      if (c.version !== expectedVersion) {
        throw conflict(
          `Case ${caseId} changed meanwhile (version ${c.version}, you had ${expectedVersion}); reload it and try again.`,
        );
      }
      if (c.status !== 'OPEN') throw badInput(`Only open cases can be assigned; this one is ${c.status}.`, 'caseId');
      const target = await this.steerableCollector(manager, user, collectorId);
      const works = await manager.query('SELECT 1 FROM user_creditors WHERE user_id = $1 AND creditor_id = $2', [
        target.id, c.creditorId,
      ]);
      if (!works.length) throw badInput(`${target.name} does not work for ${c.creditor.name}.`, 'collectorId');
      if (c.assigneeId === target.id) return;
      if (user.role === 'LEAD' && c.assignee && c.assignee.teamId !== user.teamId) {
        throw forbidden(`This case is in ${c.assignee.name}'s queue, outside your team.`);
      }
      await this.moveCase(manager, user, c.id, c.creditorId, c.assigneeId, target.id, 'queue.reassign');
    });
    return toCaseModel(await this.access.load(user, caseId));
  }

  async release(user: AuthUser, caseId: string): Promise<CaseModel> {
    await this.db.transaction(async (manager) => {
      const c = await this.access.load(user, caseId, manager, true);
      if (!c.assigneeId) return;
      if (user.role === 'COLLECTOR' && c.assigneeId !== user.id) {
        throw forbidden('You can only release cases from your own queue.');
      }
      if (user.role === 'LEAD' && c.assignee?.teamId !== user.teamId) {
        throw forbidden(`This case is in ${c.assignee?.name}'s queue, outside your team.`);
      }
      await this.moveCase(manager, user, c.id, c.creditorId, c.assigneeId, null, 'queue.release');
    });
    return toCaseModel(await this.access.load(user, caseId));
  }

  async setCapacity(user: AuthUser, collectorId: string, capacity: number): Promise<UserModel> {
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
      throw badInput(`Capacity must be a whole number from 0 to ${MAX_CAPACITY}; got ${capacity}.`, 'capacity');
    }
    await this.db.transaction(async (manager) => {
      const target = await this.steerableCollector(manager, user, collectorId);
      if (target.capacity === capacity) return;
      await manager.update(UserEntity, { id: target.id }, { capacity });
      await this.audit.record(manager, {
        actorId: user.id, action: 'queue.capacity', entity: 'user', entityId: target.id,
        before: { capacity: target.capacity }, after: { capacity },
      });
      await this.events.publishIn(manager, { topic: 'team', payload: { teamIds: target.teamId ? [target.teamId] : [] } });
    });
    const updated = await this.db.manager.findOneOrFail(UserEntity, { where: { id: collectorId }, relations: { team: true } });
    return toUserModel(updated, (await this.users.onlineIds([collectorId])).has(collectorId));
  }

  /** The team board: per collector the queue size, open balance, oldest case and presence. */
  async teamQueues(user: AuthUser, teamIds?: string[]): Promise<CollectorQueueModel[]> {
    const collectors = await this.users.collectors(user);
    const visible = teamIds ? collectors.filter((c) => c.team && teamIds.includes(c.team.id)) : collectors;
    const loads: { assignee_id: string; currency: string; size: number; open: number; oldest: string | null }[] =
      await this.db.query(
        `SELECT assignee_id, currency, count(*)::int AS size, sum(open_cents)::bigint AS open, min(oldest_due_date) AS oldest
           FROM cases WHERE assignee_id = ANY($1) GROUP BY assignee_id, currency`,
        [visible.map((c) => c.id)],
      );
    return visible.map((collector) => {
      const mine = loads.filter((l) => l.assignee_id === collector.id);
      const oldest = mine.map((l) => l.oldest).filter((d): d is string => d !== null).sort()[0] ?? null;
      return {
        collector,
        queueSize: mine.reduce((sum, l) => sum + l.size, 0),
        openBalanceCents: mine.reduce((sum, l) => sum + toReportingCents(l.open, l.currency), 0),
        oldestCaseDate: oldest,
      };
    });
  }

  private async moveCase(
    manager: EntityManager, user: AuthUser, caseId: string, creditorId: string,
    from: string | null, to: string | null, action: string,
  ): Promise<void> {
    await manager.query('UPDATE cases SET assignee_id = $2, version = version + 1, updated_at = $3 WHERE id = $1', [
      caseId, to, this.clock.now(),
    ]);
    await this.audit.record(manager, {
      actorId: user.id, action, entity: 'case', entityId: caseId, before: { assigneeId: from }, after: { assigneeId: to },
    });
    await this.events.publishIn(manager, ...(await caseChangeEvents(manager, caseId, from, to, creditorId)));
  }

  /** A collector the caller may steer: leads only their own team. */
  private async steerableCollector(manager: EntityManager, user: AuthUser, collectorId: string): Promise<UserEntity> {
    const target = await manager.findOne(UserEntity, { where: { id: collectorId } });
    if (!target || target.role !== 'COLLECTOR') throw notFound('Collector', collectorId);
    if (user.role === 'LEAD' && target.teamId !== user.teamId) {
      throw forbidden(`${target.name} is not in your team.`);
    }
    return target;
  }
}
