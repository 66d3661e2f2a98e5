import { Module } from '@nestjs/common';
import { QueueResolver } from './queue.resolver.js';
import { QueueService } from './queue.service.js';
import { TeamMovesService } from './team-moves.service.js';

@Module({ providers: [QueueService, TeamMovesService, QueueResolver] })
export class QueueModule {}
