import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { LimitationRepository } from './limitation.repository.js';
import { LimitationResolver } from './limitation.resolver.js';
import { LimitationService } from './limitation.service.js';

/** The limitation worklist over the cases' stored limitation dates. */
@Module({
  imports: [CasesModule],
  providers: [LimitationRepository, LimitationService, LimitationResolver],
})
export class LimitationModule {}
