import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatSupervisoryAuthority, supervisoryAuthorityOn, supervisoryAuthorityViolations, type IsoDate, type SupervisoryAuthorityEntry,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { badInput, conflict } from '../common/errors.js';
import type { Queryable } from '../database/queryable.js';
import { SupervisoryAuthoritiesRepository, type SupervisoryAuthorityRecord } from './supervisory-authorities.repository.js';

/** The agency's dated supervisory authority: listed, added by admins (audited), looked up for a letter's date. */
@Injectable()
export class SupervisoryAuthoritiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: SupervisoryAuthoritiesRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<SupervisoryAuthorityRecord[]> {
    return this.repository.all();
  }

  /** The authority a letter dated `date` names (formatted), or null when none is in force then. */
  async inForceOn(date: IsoDate, q: Queryable = this.db): Promise<string | null> {
    const entry = supervisoryAuthorityOn(await this.repository.all(q), date);
    return entry ? formatSupervisoryAuthority(entry) : null;
  }

  async add(user: AuthUser, input: SupervisoryAuthorityEntry): Promise<SupervisoryAuthorityRecord> {
    const [first] = supervisoryAuthorityViolations(input);
    if (first) throw badInput(first.message, first.field);
    return this.db.transaction(async (manager) => {
      const created = await this.repository.insert(manager, input, user.id);
      if (!created) throw conflict(`An entry in force from ${input.validFrom} exists already; add one with another date.`);
      await this.audit.record(manager, {
        actorId: user.id, action: 'agency.supervisory-authority.add', entity: 'supervisory_authority', entityId: created.id,
        after: { validFrom: created.validFrom, name: created.name, address: created.address, electronicContact: created.electronicContact },
      });
      return created;
    });
  }
}
