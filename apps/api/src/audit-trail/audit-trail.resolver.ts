import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import { PageInput } from '../cases/dto/case-filter.input.js';
import { AuditEventPageModel } from './audit-event.model.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditEventFilter } from './dto/audit-event-filter.input.js';

@Resolver()
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEventPageModel, { description: 'The audit trail by case, user, operation and period, newest first (admins).' })
  @Roles('ADMIN')
  auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<AuditEventPageModel> {
    return this.trail.search(filter ?? {}, page ?? { offset: 0, limit: 50 });
  }
}
