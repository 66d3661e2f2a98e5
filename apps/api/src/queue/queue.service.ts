import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fill, toReportingCents } from '@mahnwerk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import type { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { MetricsService } from '../observability/metrics.service.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import type { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { caseChangeEvents, claimEvents } from '../realtime/case-events.js';
import type { CollectorQueueModel } from './queue.model.js';
import { QUEUE_TEXTS } from './queue.i18n.js';
import { ClaimPoolRepository } from './claim-pool.repository.js';
import { QueueRepository, type SteeredCase, type SteeredUser } from './queue.repository.js';

export const MAX_CAPACITY = 500;

@Injectable()
export class QueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: QueueRepository,
    private readonly pool: ClaimPoolRepository,
    private readonly access: CaseAccessService,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  /** My open cases: those due now first, then by priority. */
  myQueue(user: AuthUser): Promise<CaseModel[]> {
    return this.queue.queueOf(user.id, this.clock.now());
  }

  /** A claim is one statement (claim, capacity, audit event, and the case for the answer); its events follow. */
  async claimNext(user: AuthUser): Promise<CaseModel | null> {
    const claimDone = this.metrics.startClaim();
    const claimed = await this.pool.claimNext(user.id, this.clock.now());
    claimDone(claimed ? 'claimed' : 'empty');
    if (!claimed) return null;
    void this.events.publish(...claimEvents(user.id, user.teamId, claimed.id));
    return claimed;
  }

  async reassign(user: AuthUser, caseId: string, collectorId: string, expectedVersion: number): Promise<CaseModel> {
    await this.db.transaction(async (manager) => {
      const c = await this.visibleCase(manager, user, caseId);
      if (c.version !== expectedVersion) {
        throw conflict(fill(QUEUE_TEXTS.changedMeanwhile, { caseId, version: c.version, expected: expectedVersion }));
      }
      if (c.status !== 'OPEN') throw badInput(fill(QUEUE_TEXTS.onlyOpenAssigned, { status: QUEUE_TEXTS[c.status] }), 'caseId');
      const target = await this.steerableCollector(manager, user, collectorId);
      if (!(await this.queue.creditorsOf(target.id, manager)).has(c.creditorId)) {
        throw badInput(fill(QUEUE_TEXTS.notForCreditor, { collector: target.name, creditor: c.creditorName }), 'collectorId');
      }
      if (c.assignee?.id === target.id) return;
      if (user.role === 'LEAD' && c.assignee && c.assignee.teamId !== user.teamId) {
        throw forbidden(fill(QUEUE_TEXTS.outsideYourTeam, { assignee: c.assignee.name }));
      }
      await this.moveCase(manager, user, c, target.id, 'queue.reassign');
    });
    return this.cases.findOne(user, caseId);
  }

  async release(user: AuthUser, caseId: string): Promise<CaseModel> {
    await this.db.transaction(async (manager) => {
      const c = await this.visibleCase(manager, user, caseId);
      if (!c.assignee) return;
      if (user.role === 'COLLECTOR' && c.assignee.id !== user.id) {
        throw forbidden(QUEUE_TEXTS.releaseOwnOnly);
      }
      if (user.role === 'LEAD' && c.assignee.teamId !== user.teamId) {
        throw forbidden(fill(QUEUE_TEXTS.outsideYourTeam, { assignee: c.assignee.name }));
      }
      await this.moveCase(manager, user, c, null, 'queue.release');
    });
    return this.cases.findOne(user, caseId);
  }

  /** The collector as their own screen shows them (capacity, presence). */
  async ownSettings(collectorId: string): Promise<UserModel> {
    const [user] = await this.users.withPresence([collectorId]);
    if (!user) throw notFound('Collector', collectorId);
    return user;
  }

  async setCapacity(user: AuthUser, collectorId: string, capacity: number): Promise<UserModel> {
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
      throw badInput(fill(QUEUE_TEXTS.capacityRange, { max: MAX_CAPACITY, capacity }), 'capacity');
    }
    await this.db.transaction(async (manager) => {
      const target = await this.steerableCollector(manager, user, collectorId);
      if (target.capacity === capacity) return;
      await this.queue.setCapacity(target.id, capacity, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'queue.capacity', entity: 'user', entityId: target.id,
        before: { capacity: target.capacity }, after: { capacity },
      });
      await this.events.publishIn(
        manager,
        { topic: 'team', payload: { teamIds: target.teamId ? [target.teamId] : [] } },
        { topic: 'collector', payload: { collectorId: target.id } },
      );
    });
    const [updated] = await this.users.withPresence([collectorId]);
    if (!updated) throw notFound('Collector', collectorId);
    return updated;
  }

  /** The team board: per collector the queue size, open balance, oldest case and presence. */
  async teamQueues(user: AuthUser, teamIds?: string[]): Promise<CollectorQueueModel[]> {
    const collectors = await this.users.collectors(user);
    const visible = teamIds ? collectors.filter((c) => c.team && teamIds.includes(c.team.id)) : collectors;
    const loads = await this.queue.queueLoads(visible.map((c) => c.id));
    return visible.map((collector) => {
      const mine = loads.filter((l) => l.collectorId === collector.id);
      const oldest = mine.map((l) => l.oldestDueDate).filter((d): d is string => d !== null).sort()[0] ?? null;
      return {
        collector,
        queueSize: mine.reduce((sum, l) => sum + l.size, 0),
        openBalanceCents: mine.reduce((sum, l) => sum + toReportingCents(l.openCents, l.currency), 0),
        oldestCaseDate: oldest,
      };
    });
  }

  /** The case, locked for the transaction, if the user may see it (collectors: their creditors only). */
  private async visibleCase(manager: EntityManager, user: AuthUser, caseId: string): Promise<SteeredCase> {
    const c = await this.queue.steeredCase(caseId, manager);
    if (!c) throw notFound('Case', caseId);
    const scope = await this.access.creditorScope(user, manager);
    // Outside the caller's creditors it answers as a missing case does.
    if (scope && !scope.includes(c.creditorId)) throw notFound('Case', caseId);
    return c;
  }

  private async moveCase(manager: EntityManager, user: AuthUser, c: SteeredCase, to: string | null, action: string): Promise<void> {
    const from = c.assignee?.id ?? null;
    await this.queue.assign(c.id, to, this.clock.now(), manager);
    await this.audit.record(manager, {
      actorId: user.id, action, entity: 'case', entityId: c.id, before: { assigneeId: from }, after: { assigneeId: to },
    });
    await this.events.publishIn(manager, ...(await caseChangeEvents(manager, c.id, from, to, c.creditorId)));
  }

  /** A collector the caller may steer: leads only their own team. */
  private async steerableCollector(manager: EntityManager, user: AuthUser, collectorId: string): Promise<SteeredUser> {
    const target = await this.queue.steeredUser(collectorId, manager);
    if (!target || target.role !== 'COLLECTOR') throw notFound('Collector', collectorId);
    if (user.role === 'LEAD' && target.teamId !== user.teamId) {
      throw forbidden(fill(QUEUE_TEXTS.notInYourTeam, { collector: target.name }));
    }
    return target;
  }
}
