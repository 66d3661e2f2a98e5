import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { UsersModule } from '../users/users.module.js';
import { ClaimPoolRepository } from './claim-pool.repository.js';
import { ClaimPoolService } from './claim-pool.service.js';
import { QueueRepository } from './queue.repository.js';
import { QueueResolver } from './queue.resolver.js';
import { QueueService } from './queue.service.js';
import { TeamMovesRepository } from './team-moves.repository.js';
import { TeamMovesService } from './team-moves.service.js';

@Module({
  imports: [AuditModule, CasesModule, ObservabilityModule, RealtimeModule, UsersModule],
  providers: [ClaimPoolRepository, QueueRepository, TeamMovesRepository, QueueService, TeamMovesService, ClaimPoolService, QueueResolver],
})
export class QueueModule {}
