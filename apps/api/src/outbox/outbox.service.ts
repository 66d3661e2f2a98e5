import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

const BATCH = 100;
const POLL_MS = 15_000;
const MAX_ATTEMPTS = 5;

interface OutboxMail {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Delivers e-mails written to the outbox in the same transaction as the change that caused them.
 * With MAIL_TRANSPORT=store (the default) a mail is kept, not sent; with an smtp:// URL it is sent.
 * Rows are claimed with SKIP LOCKED, so several instances never send one mail twice.
 */
@Injectable()
export class OutboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxService.name);
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.transport = config.mailTransport === 'store' ? null : nodemailer.createTransport(config.mailTransport);
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.deliverPending(), POLL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.transport?.close();
  }

  /** Delivers (or stores) every pending mail; returns how many were handled. */
  async deliverPending(): Promise<number> {
    if (this.busy) return 0;
    this.busy = true;
    let handled = 0;
    try {
      for (;;) {
        const count = await this.db.transaction(async (manager) => {
          const mails: OutboxMail[] = await manager.query(
            `SELECT id, to_address, subject, body, attempts FROM outbox
              WHERE status = 'PENDING' ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
            [BATCH],
          );
          for (const mail of mails) {
            const result = await this.deliver(mail);
            await manager.query(
              `UPDATE outbox SET status = $2, attempts = attempts + 1, last_error = $3,
                      processed_at = CASE WHEN $2 = 'PENDING' THEN NULL ELSE now() END
                WHERE id = $1`,
              [mail.id, result.status, result.error],
            );
          }
          return mails.length;
        });
        handled += count;
        if (count < BATCH) return handled;
      }
    } finally {
      this.busy = false;
    }
  }

  private async deliver(mail: OutboxMail): Promise<{ status: string; error: string | null }> {
    if (!this.transport) return { status: 'STORED', error: null };
    try {
      await this.transport.sendMail({ to: mail.to_address, subject: mail.subject, text: mail.body });
      return { status: 'SENT', error: null };
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(`Mail ${mail.id} not sent: ${message}`);
      return { status: mail.attempts + 1 >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING', error: message };
    }
  }
}
