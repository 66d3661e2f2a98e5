import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { UsersModule } from '../users/users.module.js';
import { QueueResolver } from './queue.resolver.js';
import { QueueService } from './queue.service.js';
import { TeamMovesService } from './team-moves.service.js';

@Module({ imports: [AuditModule, CasesModule, RealtimeModule, UsersModule], providers: [QueueService, TeamMovesService, QueueResolver] })
export class QueueModule {}
