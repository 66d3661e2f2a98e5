import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CaseApprovalsResolver } from './approvals/case-approvals.resolver.js';
import { PaymentApprovalsRepository } from './approvals/payment-approvals.repository.js';
import { PaymentApprovalsResolver } from './approvals/payment-approvals.resolver.js';
import { PaymentApprovalsService } from './approvals/payment-approvals.service.js';
import { BankCsvMappingRepository } from './bank-import/bank-csv-mapping.repository.js';
import { BankCsvMappingService } from './bank-import/bank-csv-mapping.service.js';
import { BankImportRepository } from './bank-import/bank-import.repository.js';
import { BankImportResolver } from './bank-import/bank-import.resolver.js';
import { BankImportService } from './bank-import/bank-import.service.js';
import { BankReconciliationService } from './bank-import/bank-reconciliation.service.js';
import { BankStatementsController } from './bank-import/bank-statements.controller.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsResolver } from './payments.resolver.js';
import { PaymentsService } from './payments.service.js';

/** Payments, the promises they keep, their approvals, and bank statement import; uses cases (access, figures), audit and the event bus. */
@Module({
  imports: [AgreementsModule, AuditModule, AuthModule, CasesModule, ObservabilityModule, RealtimeModule],
  providers: [
    PaymentsRepository, PaymentsService, PaymentsResolver,
    PaymentApprovalsRepository, PaymentApprovalsService, PaymentApprovalsResolver, CaseApprovalsResolver,
    BankImportRepository, BankImportService, BankReconciliationService, BankImportResolver,
    BankCsvMappingRepository, BankCsvMappingService,
  ],
  controllers: [BankStatementsController],
})
export class PaymentsModule {}
