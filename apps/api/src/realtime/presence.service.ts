import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PgEventBus } from './pg-event-bus.js';
import { RealtimeRepository } from './realtime.repository.js';

const HEARTBEAT_MS = 20_000;
/** A connection unseen for this long belongs to an instance that died. */
export const PRESENCE_TTL_SECONDS = 60;

/** A user is online while at least one workbench (websocket) of theirs is connected to any instance. */
@Injectable()
export class PresenceService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PresenceService.name);
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly repository: RealtimeRepository,
    private readonly events: PgEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    const users = await this.repository.disconnectInstance(this.config.instanceId).catch((): string[] => []);
    if (users.length) await this.announce(users).catch(() => undefined);
  }

  async connected(connectionId: string, userId: string): Promise<void> {
    await this.repository.connect(connectionId, userId, this.config.instanceId);
    await this.announce([userId]);
  }

  async disconnected(connectionId: string): Promise<void> {
    await this.announce(await this.repository.disconnect(connectionId));
  }

  /** Those of the users who have a workbench connected (to any instance). */
  async onlineIds(userIds: string[]): Promise<Set<string>> {
    return new Set(await this.repository.onlineUserIds(userIds, PRESENCE_TTL_SECONDS));
  }

  private async beat(): Promise<void> {
    try {
      await this.repository.heartbeat(this.config.instanceId);
      const gone = await this.repository.removeStale(PRESENCE_TTL_SECONDS);
      if (gone.length) await this.announce(gone);
    } catch (error) {
      this.logger.warn(`Presence heartbeat failed: ${(error as Error).message}`);
    }
  }

  private async announce(userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    const teamIds = await this.repository.teamsOfUsers(userIds);
    await this.events.publish({ topic: 'team', payload: { teamIds } });
  }
}
