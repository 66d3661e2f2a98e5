import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ContactPolicySettingsService } from './contact-policy-settings.service.js';
import { CreditorsResolver } from './creditors.resolver.js';
import { PriorityWeightsService } from './priority-weights.service.js';

@Module({ imports: [AuditModule], providers: [CreditorsResolver, PriorityWeightsService, ContactPolicySettingsService] })
export class CreditorsModule {}
