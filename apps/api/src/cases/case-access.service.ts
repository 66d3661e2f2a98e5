import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/current-user.js';
import { notFound } from '../common/errors.js';
import type { Queryable } from '../database/queryable.js';
import { CreditorScopeService } from '../creditors/creditor-scope.service.js';
import { CasesRepository, type CaseRecord } from './cases.repository.js';

/** Collectors see only the cases of creditors they work for; leads, managers and admins see all. */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly scopes: CreditorScopeService,
  ) {}

  /** The creditor ids the user may see, or null for all. */
  creditorScope(user: AuthUser, manager?: Queryable): Promise<string[] | null> {
    return this.scopes.scope(user, manager);
  }

  /** Loads a case the user may see; `lock` takes a row lock for a change in the caller's transaction. */
  async load(user: AuthUser, caseId: string, manager?: Queryable, lock = false): Promise<CaseRecord> {
    if (lock && !(await this.cases.lockCase(caseId, manager))) throw notFound('Case', caseId);
    const found = await this.cases.findCase(caseId, manager);
    if (!found) throw notFound('Case', caseId);
    this.assertInScope(found, await this.creditorScope(user, manager));
    return found;
  }

  /**
   * Throws NOT_FOUND, exactly as for a missing case, when the case's creditor lies outside the scope
   * (null = all): a caller cannot tell a case they may not see from one that does not exist.
   */
  assertInScope(c: { id: string; creditor: { id: string; name: string } }, scope: readonly string[] | null): void {
    if (scope && !scope.includes(c.creditor.id)) throw notFound('Case', c.id);
  }
}
