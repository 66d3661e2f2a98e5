import { Module } from '@nestjs/common';
import { CourtResolver } from './court.resolver.js';
import { CourtService } from './court.service.js';
import { CasesModule } from '../cases/cases.module.js';

@Module({ imports: [CasesModule], providers: [CourtService, CourtResolver] })
export class CourtModule {}
