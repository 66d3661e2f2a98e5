import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CreditorsModule } from '../creditors/creditors.module.js';
import { InterestRatesModule } from '../interest-rates/interest-rates.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseDetailsRepository } from './case-details.repository.js';
import { CaseFiguresRepository } from './case-figures.repository.js';
import { CaseFiguresService } from './case-figures.service.js';
import { CaseLoaders } from './case-loaders.service.js';
import { CaseTimelineRepository } from './case-timeline.repository.js';
import { CasesRepository } from './cases.repository.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { ContactPolicyRepository } from './contact-policy.repository.js';
import { ContactPolicyService } from './contact-policy.service.js';
import { CaseNotesService } from './case-notes.service.js';
import { CreditorPriorityResolver } from './creditor-priority.resolver.js';
import { PriorityWeightsService } from './priority-weights.service.js';
import { RecordOutcomeService } from './record-outcome.service.js';

/** Cases, their figures (balance, priority) and contact policy: the base the queue, payments, dunning and court build on. */
@Module({
  imports: [AuditModule, CreditorsModule, InterestRatesModule, RealtimeModule],
  providers: [
    CasesRepository, CaseDetailsRepository, CaseTimelineRepository, CaseFiguresRepository, ContactPolicyRepository,
    CaseAccessService, CaseFiguresService, CaseLoaders, CaseNotesService, CasesService, ContactPolicyService, PriorityWeightsService, RecordOutcomeService,
    CasesResolver, CreditorPriorityResolver,
  ],
  exports: [CasesRepository, CaseAccessService, CaseFiguresService, CaseLoaders, CasesService, ContactPolicyService, RecordOutcomeService],
})
export class CasesModule {}
