import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

interface CountRow { count: string; }

/** The statements operating the API needs: a liveness ping and the outbox backlog. */
@Injectable()
export class ObservabilityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Answers when the database does; throws when it does not. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /** E-mails in the outbox that still wait to be delivered. */
  async pendingOutboxMails(): Promise<number> {
    const [row]: CountRow[] = await this.db.query(`SELECT count(*) AS count FROM outbox WHERE status = 'PENDING'`);
    return Number(row!.count);
  }
}
