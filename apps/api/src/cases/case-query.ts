import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CaseEntity } from './case.entity.js';

/** Cases with everything a list row shows: creditor, debtor, assignee and the assignee's team. */
export function caseQuery(manager: EntityManager): SelectQueryBuilder<CaseEntity> {
  return manager
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .innerJoinAndSelect('c.creditor', 'creditor')
    .innerJoinAndSelect('c.debtor', 'debtor')
    .leftJoinAndSelect('c.assignee', 'assignee')
    .leftJoinAndSelect('assignee.team', 'assigneeTeam');
}
