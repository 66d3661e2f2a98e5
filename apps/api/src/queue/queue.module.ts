import { Module } from '@nestjs/common';
import { ObservabilityModule } from '../observability/observability.module.js';
import { QueueResolver } from './queue.resolver.js';
import { QueueService } from './queue.service.js';
import { TeamMovesService } from './team-moves.service.js';

@Module({ imports: [ObservabilityModule], providers: [QueueService, TeamMovesService, QueueResolver] })
export class QueueModule {}
