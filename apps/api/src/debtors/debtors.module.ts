import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CreditorsModule } from '../creditors/creditors.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { DebtorsRepository } from './debtors.repository.js';
import { DebtorsResolver } from './debtors.resolver.js';
import { DebtorsService } from './debtors.service.js';

/** Debtors' details: correcting them (audited, on the cases' timelines) and marking an address unknown. */
@Module({
  imports: [AuditModule, CreditorsModule, RealtimeModule],
  providers: [DebtorsRepository, DebtorsService, DebtorsResolver],
})
export class DebtorsModule {}
