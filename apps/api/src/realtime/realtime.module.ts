import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PgEventBus } from './pg-event-bus.js';
import { PresenceService } from './presence.service.js';
import { RealtimeRepository } from './realtime.repository.js';

/** The event bus and presence; every module that publishes, subscribes or asks who is online imports it. */
@Module({
  providers: [
    {
      provide: PgEventBus,
      inject: [APP_CONFIG, DataSource],
      useFactory: async (config: AppConfig, db: DataSource) => {
        const bus = new PgEventBus(config.databaseUrl!);
        bus.attach(db);
        await bus.start();
        return bus;
      },
    },
    RealtimeRepository,
    PresenceService,
  ],
  exports: [PgEventBus, PresenceService],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(@Inject(PgEventBus) private readonly bus: PgEventBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}
