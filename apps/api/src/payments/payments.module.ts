import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { BankImportResolver } from './bank-import/bank-import.resolver.js';
import { BankImportService } from './bank-import/bank-import.service.js';
import { BankReconciliationService } from './bank-import/bank-reconciliation.service.js';
import { PaymentsResolver } from './payments.resolver.js';
import { PaymentsService } from './payments.service.js';

@Module({
  imports: [AuditModule, CasesModule, RealtimeModule],
  providers: [PaymentsService, PaymentsResolver, BankImportService, BankReconciliationService, BankImportResolver],
})
export class PaymentsModule {}
