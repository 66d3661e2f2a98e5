import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STAGE_LABELS, formatCents, isIsoDate, type Balance, type DunningStage, type PriorityPart } from '@mahnwerk/domain';
import { Brackets, DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { badInput } from '../common/errors.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { PromiseEntity } from '../payments/promise.entity.js';
import { toUserModel } from '../users/user.mapper.js';
import { ActivityEntity } from './activity.entity.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseFiguresService } from './case-figures.service.js';
import { toCaseModel } from './case.mapper.js';
import type { ActivityModel, CaseModel, CasePageModel } from './case.model.js';
import { caseQuery } from './case-query.js';
import { ClaimEntity } from './claim.entity.js';
import type { CaseFilter, PageInput } from './dto/case-filter.input.js';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
  ) {}

  async findOne(user: AuthUser, id: string): Promise<CaseModel> {
    return toCaseModel(await this.access.load(user, id));
  }

  async list(user: AuthUser, filter: CaseFilter = {}, page: PageInput = { offset: 0, limit: 50 }): Promise<CasePageModel> {
    const q = caseQuery(this.db.manager);
    const scope = await this.access.creditorScope(user);
    if (scope) q.andWhere('c.creditorId = ANY(:scope)', { scope });
    if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
    if (filter.stage) q.andWhere('c.stage = :stage', { stage: filter.stage });
    if (filter.creditorId) q.andWhere('c.creditorId = :creditorId', { creditorId: filter.creditorId });
    if (filter.assigneeId) q.andWhere('c.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.unassigned) q.andWhere('c.assigneeId IS NULL');
    if (filter.search?.trim()) {
      const like = `%${filter.search.trim().replace(/[%_\\]/g, '\\$&')}%`;
      q.andWhere(new Brackets((b) => b.where('debtor.name ILIKE :like', { like }).orWhere('debtor.ref ILIKE :like')));
    }
    q.orderBy('c.priority', 'DESC').addOrderBy('c.id').skip(page.offset).take(page.limit);
    const [rows, totalCount] = await q.getManyAndCount();
    return { items: rows.map(toCaseModel), totalCount };
  }

  async balance(user: AuthUser, caseId: string, asOf?: string | null): Promise<Balance> {
    if (asOf && !isIsoDate(asOf)) throw badInput(`asOf ${asOf} is not a date (YYYY-MM-DD).`, 'asOf');
    const c = await this.access.load(user, caseId);
    return this.figures.balance(this.db.manager, c, asOf ?? undefined);
  }

  /** The parts of a case's priority as of now (the caller has already loaded the case it may see). */
  priorityParts(caseId: string): Promise<PriorityPart[]> {
    return this.figures.priorityParts(this.db.manager, caseId);
  }

  claims(caseId: string): Promise<ClaimEntity[]> {
    return this.db.manager.find(ClaimEntity, { where: { caseId }, order: { dueDate: 'ASC', reference: 'ASC' } });
  }

  /**
   * The timeline: contacts, letters and notes, the dunning run's stage steps (kept in dunning_steps)
   * and the promises it found broken (kept in promises).
   */
  async activities(caseId: string): Promise<ActivityModel[]> {
    const rows = await this.db.manager
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.actor', 'actor')
      .leftJoinAndSelect('actor.team', 'actorTeam')
      .where('a.caseId = :caseId', { caseId })
      .getMany();
    const steps: { id: string; to_stage: DunningStage; fee_cents: number; currency: string; stepped_on: string; created: Date }[] =
      await this.db.query(
        `SELECT s.id, s.to_stage, s.fee_cents, c.currency, s.stepped_on, r.started_at AS created
           FROM dunning_steps s JOIN dunning_runs r ON r.id = s.run_id JOIN cases c ON c.id = s.case_id
          WHERE s.case_id = $1`,
        [caseId],
      );
    const broken: { id: string; amount_cents: number; currency: string; due_date: string; installment: number | null; resolved_at: Date }[] =
      await this.db.query(
        `SELECT p.id, p.amount_cents, c.currency, p.due_date, p.installment, p.resolved_at
           FROM promises p JOIN cases c ON c.id = p.case_id
          WHERE p.case_id = $1 AND p.status = 'BROKEN'`,
        [caseId],
      );
    const timeline: ActivityModel[] = [
      ...rows.map((a) => ({
        id: a.id, channel: a.channel, outcome: a.outcome, note: a.note, occurredAt: a.occurredAt,
        actor: a.actor ? toUserModel(a.actor) : null,
      })),
      ...steps.map((s) => ({
        id: `step-${s.id}`, channel: 'SYSTEM', outcome: null, actor: null, occurredAt: s.created,
        note: `Dunning run ${s.stepped_on}: moved to ${STAGE_LABELS[s.to_stage]}` +
          (s.fee_cents > 0 ? `; fee ${formatCents(s.fee_cents, s.currency)} charged` : ''),
      })),
      ...broken.map((p) => ({
        id: `broken-${p.id}`, channel: 'SYSTEM', outcome: null, actor: null, occurredAt: p.resolved_at,
        note: `${p.installment === null ? 'Promise' : `Installment ${p.installment}`} of ${formatCents(p.amount_cents, p.currency)}` +
          ` due ${p.due_date} not paid in time; marked as broken`,
      })),
    ];
    return timeline.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  }


  payments(caseId: string): Promise<PaymentEntity[]> {
    return this.db.manager.find(PaymentEntity, { where: { caseId }, order: { receivedAt: 'DESC', createdAt: 'DESC' } });
  }

  promises(caseId: string): Promise<PromiseEntity[]> {
    return this.db.manager.find(PromiseEntity, { where: { caseId }, order: { dueDate: 'ASC', installment: 'ASC' } });
  }
}
