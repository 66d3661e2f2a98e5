import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { HoldsModule } from '../holds/holds.module.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionSchedulerService } from './retention-scheduler.service.js';
import { RetentionService } from './retention.service.js';

/** Data protection: the daily retention job (pseudonymisation), and data subject requests (export, restriction, erasure). */
@Module({
  imports: [AuditModule, AuthModule, CasesModule, HoldsModule],
  providers: [PrivacyRepository, RetentionService, RetentionSchedulerService, PrivacyService, PrivacyResolver],
  controllers: [PrivacyController],
  exports: [PrivacyRepository, RetentionSchedulerService],
})
export class PrivacyModule {}
