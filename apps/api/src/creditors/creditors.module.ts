import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ContactPolicySettingsService } from './contact-policy-settings.service.js';
import { CreditorScopeService } from './creditor-scope.service.js';
import { CreditorSettingsService } from './creditor-settings.service.js';
import { CreditorsRepository } from './creditors.repository.js';
import { CreditorsResolver } from './creditors.resolver.js';
import { PaymentApprovalSettingsService } from './payment-approval-settings.service.js';

@Module({
  imports: [AuditModule, RealtimeModule],
  providers: [CreditorsRepository, CreditorScopeService, CreditorsResolver, ContactPolicySettingsService, CreditorSettingsService, PaymentApprovalSettingsService],
  exports: [CreditorsRepository, CreditorScopeService],
})
export class CreditorsModule {}
