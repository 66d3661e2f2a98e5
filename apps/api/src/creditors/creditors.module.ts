import { Module } from '@nestjs/common';
import { ContactPolicySettingsService } from './contact-policy-settings.service.js';
import { CreditorScopeService } from './creditor-scope.service.js';
import { CreditorsRepository } from './creditors.repository.js';
import { CreditorsResolver } from './creditors.resolver.js';

@Module({
  providers: [CreditorsRepository, CreditorScopeService, CreditorsResolver, ContactPolicySettingsService],
  exports: [CreditorsRepository, CreditorScopeService],
})
export class CreditorsModule {}
