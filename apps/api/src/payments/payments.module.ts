import { Module } from '@nestjs/common';
import { BankImportResolver } from './bank-import/bank-import.resolver.js';
import { BankImportService } from './bank-import/bank-import.service.js';
import { BankReconciliationService } from './bank-import/bank-reconciliation.service.js';
import { PaymentsResolver } from './payments.resolver.js';
import { PaymentsService } from './payments.service.js';
import { CasesModule } from '../cases/cases.module.js';

@Module({
  imports: [CasesModule],
  providers: [PaymentsService, PaymentsResolver, BankImportService, BankReconciliationService, BankImportResolver],
})
export class PaymentsModule {}
