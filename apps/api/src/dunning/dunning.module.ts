import { Module } from '@nestjs/common';
import { CaseLetterRepository } from './case-letter.repository.js';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { InterestRatesModule } from '../interest-rates/interest-rates.module.js';
import { LettersModule } from '../letters/letters.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { PortalModule } from '../portal/portal.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { DunningRunRepository } from './dunning-run.repository.js';
import { DunningStepRepository } from './dunning-step.repository.js';
import { DunningSchedulerService } from './dunning-scheduler.service.js';
import { DunningStrategiesService } from './dunning-strategies.service.js';
import { DunningRepository } from './dunning.repository.js';
import { DunningResolver, DunningRunHoldsResolver } from './dunning.resolver.js';
import { DunningService } from './dunning.service.js';
import { DunningMailRepository, LetterWriterRepository } from './letter-writer.repository.js';
import { LetterWriterService } from './letter-writer.service.js';

/** The scheduled dunning run and the letters it writes (read and served by the letters module). */
@Module({
  imports: [AgreementsModule, AuditModule, InterestRatesModule, LettersModule, MessagesModule, ObservabilityModule, PortalModule, RealtimeModule],
  providers: [
    DunningRepository, DunningRunRepository, DunningStepRepository, LetterWriterRepository, DunningMailRepository, CaseLetterRepository,
    DunningService, DunningStrategiesService, DunningSchedulerService, DunningResolver, DunningRunHoldsResolver, LetterWriterService,
  ],
  exports: [DunningService, LetterWriterService],
})
export class DunningModule {}
