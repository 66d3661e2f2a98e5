import { Module } from '@nestjs/common';
import { CourtResolver } from './court.resolver.js';
import { CourtService } from './court.service.js';

@Module({ providers: [CourtService, CourtResolver] })
export class CourtModule {}
