import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseFiguresService } from './case-figures.service.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { ContactPolicyService } from './contact-policy.service.js';
import { RecordOutcomeService } from './record-outcome.service.js';

@Global()
@Module({
  imports: [AuditModule, RealtimeModule],
  providers: [CaseAccessService, CaseFiguresService, CasesService, CasesResolver, ContactPolicyService, RecordOutcomeService],
  exports: [CaseAccessService, CaseFiguresService, CasesService, ContactPolicyService],
})
export class CasesModule {}
