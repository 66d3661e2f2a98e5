import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CourtResolver } from './court.resolver.js';
import { CourtService } from './court.service.js';

@Module({ imports: [AuditModule, RealtimeModule], providers: [CourtService, CourtResolver] })
export class CourtModule {}
