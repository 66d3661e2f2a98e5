import { Module } from '@nestjs/common';
import { CaseLettersResolver } from '../letters/letters.resolver.js';
import { LettersController } from '../letters/letters.controller.js';
import { LettersService } from '../letters/letters.service.js';
import { DunningSchedulerService } from './dunning-scheduler.service.js';
import { DunningStrategiesService } from './dunning-strategies.service.js';
import { DunningResolver } from './dunning.resolver.js';
import { DunningService } from './dunning.service.js';
import { LetterWriterService } from './letter-writer.service.js';
import { CasesModule } from '../cases/cases.module.js';

@Module({
  imports: [CasesModule],
  providers: [
    DunningService, DunningStrategiesService, DunningSchedulerService, DunningResolver, LetterWriterService,
    LettersService, CaseLettersResolver,
  ],
  controllers: [LettersController],
  exports: [DunningService, LetterWriterService],
})
export class DunningModule {}
