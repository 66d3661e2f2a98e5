import { Module } from '@nestjs/common';
import { PaymentsResolver } from './payments.resolver.js';
import { PaymentsService } from './payments.service.js';

@Module({ providers: [PaymentsService, PaymentsResolver] })
export class PaymentsModule {}
