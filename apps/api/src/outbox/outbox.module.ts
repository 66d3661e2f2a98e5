import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { SMS_SENDER, smsSenderFor } from './sms-sender.js';

@Module({
  imports: [RealtimeModule],
  providers: [
    OutboxRepository, OutboxService,
    { provide: SMS_SENDER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => smsSenderFor(config.smsTransport) },
  ],
  exports: [OutboxService],
})
export class OutboxModule {}
