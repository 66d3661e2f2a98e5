import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementsResolver } from './agreements.resolver.js';
import { AgreementsService } from './agreements.service.js';
import { SettlementExpiryService } from './settlement-expiry.service.js';

/** Payment plans, settlements (and their expiry sweep) and write-offs; payments and the dunning run use it. */
@Module({
  imports: [AuditModule, CasesModule, RealtimeModule],
  providers: [AgreementsRepository, AgreementsService, AgreementsResolver, SettlementExpiryService],
  exports: [AgreementsService],
})
export class AgreementsModule {}
