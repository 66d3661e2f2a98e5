import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CourtRepository } from './court.repository.js';
import { CourtResolver } from './court.resolver.js';
import { CourtService } from './court.service.js';

@Module({
  imports: [AuditModule, CasesModule, RealtimeModule],
  providers: [CourtRepository, CourtService, CourtResolver],
})
export class CourtModule {}
