import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { forbidden, notFound } from '../common/errors.js';
import type { CaseEntity } from './case.entity.js';
import { caseQuery } from './case-query.js';

/** Collectors see only the cases of creditors they work for; leads, managers and admins see all. */
@Injectable()
export class CaseAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async creditorScope(user: AuthUser, manager: EntityManager = this.db.manager): Promise<string[] | null> {
    if (user.role !== 'COLLECTOR') return null;
    const rows: { creditor_id: string }[] = await manager.query(
      'SELECT creditor_id FROM user_creditors WHERE user_id = $1',
      [user.id],
    );
    return rows.map((r) => r.creditor_id);
  }

  /** Loads a case the user may see; `lock` takes a row lock for a change in the caller's transaction. */
  async load(user: AuthUser, caseId: string, manager: EntityManager = this.db.manager, lock = false): Promise<CaseEntity> {
    if (lock) {
      const locked = await manager.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', [caseId]);
      if (!locked.length) throw notFound('Case', caseId);
    }
    const found = await caseQuery(manager).where('c.id = :caseId', { caseId }).getOne();
    if (!found) throw notFound('Case', caseId);
    const scope = await this.creditorScope(user, manager);
    if (scope && !scope.includes(found.creditorId)) {
      throw forbidden(`Case ${caseId} belongs to ${found.creditor.name}, a creditor you do not work for.`);
    }
    return found;
  }
}
