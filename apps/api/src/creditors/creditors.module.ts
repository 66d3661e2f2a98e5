import { Module } from '@nestjs/common';
import { ContactPolicySettingsService } from './contact-policy-settings.service.js';
import { CreditorsResolver } from './creditors.resolver.js';
import { PriorityWeightsService } from './priority-weights.service.js';

@Module({ providers: [CreditorsResolver, PriorityWeightsService, ContactPolicySettingsService] })
export class CreditorsModule {}
