import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Periodic } from '../common/periodic.js';
import { OutboxRepository, type OutboxMail, type OutboxStatus } from './outbox.repository.js';

const BATCH = 100;
const POLL_MS = 15_000;
const MAX_ATTEMPTS = 5;

/**
 * Delivers e-mails written to the outbox in the same transaction as the change that caused them.
 * With MAIL_TRANSPORT=store (the default) a mail is kept, not sent; with an smtp:// URL it is sent.
 * Rows are claimed with SKIP LOCKED, so several instances never send one mail twice.
 */
@Injectable()
export class OutboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxService.name);
  private readonly transport: Transporter | null;
  private busy = false;
  // A failed round (the database gone for a moment) is logged and the next one tries again.
  private readonly periodic = new Periodic(this.logger, 'Delivering the outbox', async () => {
    await this.deliverPending();
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.transport = config.mailTransport === 'store' ? null : nodemailer.createTransport(config.mailTransport);
  }

  onModuleInit(): void {
    this.periodic.start(POLL_MS);
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
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
          const mails = await this.outbox.lockPending(BATCH, manager);
          for (const mail of mails) {
            const result = await this.deliver(mail);
            await this.outbox.recordAttempt(mail.id, result.status, result.error, manager);
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

  private async deliver(mail: OutboxMail): Promise<{ status: OutboxStatus; error: string | null }> {
    if (!this.transport) return { status: 'STORED', error: null };
    try {
      await this.transport.sendMail({ to: mail.toAddress, subject: mail.subject, text: mail.body });
      return { status: 'SENT', error: null };
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(`Mail ${mail.id} not sent: ${message}`);
      return { status: mail.attempts + 1 >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING', error: message };
    }
  }
}
