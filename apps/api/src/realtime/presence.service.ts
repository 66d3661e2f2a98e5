import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PgEventBus } from './pg-event-bus.js';

const HEARTBEAT_MS = 20_000;
/** A connection unseen for this long belongs to an instance that died. */
export const PRESENCE_TTL_SECONDS = 60;

/** A user is online while at least one workbench (websocket) of theirs is connected to any instance. */
@Injectable()
export class PresenceService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PresenceService.name);
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: PgEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    const [rows]: [{ user_id: string }[]] = await this.db
      .query('DELETE FROM presence WHERE instance_id = $1 RETURNING user_id', [this.config.instanceId])
      .catch(() => [[]]);
    if (rows.length) await this.announce(rows.map((r) => r.user_id)).catch(() => undefined);
  }

  async connected(connectionId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO presence (connection_id, user_id, instance_id) VALUES ($1, $2, $3)
       ON CONFLICT (connection_id) DO UPDATE SET seen_at = now()`,
      [connectionId, userId, this.config.instanceId],
    );
    await this.announce([userId]);
  }

  async disconnected(connectionId: string): Promise<void> {
    const [rows]: [{ user_id: string }[]] = await this.db.query(
      'DELETE FROM presence WHERE connection_id = $1 RETURNING user_id',
      [connectionId],
    );
    await this.announce(rows.map((r) => r.user_id));
  }

  private async beat(): Promise<void> {
    try {
      await this.db.query('UPDATE presence SET seen_at = now() WHERE instance_id = $1', [this.config.instanceId]);
      const [gone]: [{ user_id: string }[]] = await this.db.query(
        `DELETE FROM presence WHERE seen_at < now() - make_interval(secs => $1) RETURNING user_id`,
        [PRESENCE_TTL_SECONDS],
      );
      if (gone.length) await this.announce(gone.map((r) => r.user_id));
    } catch (error) {
      this.logger.warn(`Presence heartbeat failed: ${(error as Error).message}`);
    }
  }

  private async announce(userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    const teams: { team_id: string }[] = await this.db.query(
      'SELECT DISTINCT team_id FROM users WHERE id = ANY($1) AND team_id IS NOT NULL',
      [userIds],
    );
    await this.events.publish({ topic: 'team', payload: { teamIds: teams.map((t) => t.team_id) } });
  }
}
