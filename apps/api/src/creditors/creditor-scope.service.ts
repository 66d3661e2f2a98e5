import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/current-user.js';
import type { Queryable } from '../database/queryable.js';
import { CreditorsRepository } from './creditors.repository.js';

/** Collectors see only the creditors they work for; leads, managers and admins see all. */
@Injectable()
export class CreditorScopeService {
  constructor(private readonly creditors: CreditorsRepository) {}

  /** The creditor ids the user may see, or null for all. */
  async scope(user: AuthUser, tx?: Queryable): Promise<string[] | null> {
    if (user.role !== 'COLLECTOR') return null;
    return this.creditors.creditorIdsOfUser(user.id, tx);
  }
}
