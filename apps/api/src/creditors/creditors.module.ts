import { Module } from '@nestjs/common';
import { CreditorsResolver } from './creditors.resolver.js';
import { PriorityWeightsService } from './priority-weights.service.js';

@Module({ providers: [CreditorsResolver, PriorityWeightsService] })
export class CreditorsModule {}
