import { Module } from '@nestjs/common';
import { QueueResolver } from './queue.resolver.js';
import { QueueService } from './queue.service.js';
import { TeamMovesService } from './team-moves.service.js';
import { CasesModule } from '../cases/cases.module.js';

@Module({ imports: [CasesModule], providers: [QueueService, TeamMovesService, QueueResolver] })
export class QueueModule {}
