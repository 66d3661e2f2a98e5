import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { LettersController } from '../letters/letters.controller.js';
import { CaseLettersResolver } from '../letters/letters.resolver.js';
import { LettersService } from '../letters/letters.service.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { DunningSchedulerService } from './dunning-scheduler.service.js';
import { DunningStrategiesService } from './dunning-strategies.service.js';
import { DunningResolver } from './dunning.resolver.js';
import { DunningService } from './dunning.service.js';
import { LetterWriterService } from './letter-writer.service.js';

@Module({
  imports: [AuditModule, AuthModule, RealtimeModule],
  providers: [
    DunningService, DunningStrategiesService, DunningSchedulerService, DunningResolver, LetterWriterService,
    LettersService, CaseLettersResolver,
  ],
  controllers: [LettersController],
  exports: [DunningService, LetterWriterService],
})
export class DunningModule {}
