import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fill, type LocalizedText } from '@mahnwerk/domain';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Periodic } from '../common/periodic.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { OUTBOX_TIMELINE_TEXTS as T } from './outbox.i18n.js';
import { OutboxRepository, type OutboxMail, type OutboxStatus } from './outbox.repository.js';
import { SMS_SENDER, type SmsSender } from './sms-sender.js';

const BATCH = 100;
const POLL_MS = 15_000;
/** Attempts before a message is given up as FAILED. */
export const MAX_ATTEMPTS = 5;
/** Seconds before the next attempt after the n-th failed one: 30 s, 1, 2, 4 minutes. */
export const retryDelaySeconds = (attempt: number): number => 30 * 2 ** Math.max(0, attempt - 1);

/**
 * Delivers e-mails and SMS written to the outbox in the same transaction as the change that caused them.
 * E-mail: with MAIL_TRANSPORT=store (the default) a mail is kept, not sent; with an smtp:// URL it is sent.
 * SMS: through the adapter SMS_TRANSPORT names (store: kept in sms_messages).
 * A failed attempt is tried again later (backoff) up to MAX_ATTEMPTS, then the message is FAILED with
 * the reason. A message's final state goes on its case's timeline. Rows are claimed with SKIP LOCKED,
 * so several instances never send one message twice.
 */
@Injectable()
export class OutboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxService.name);
  private readonly transport: Transporter | null;
  private busy = false;
  private again = false;
  // A failed round (the database gone for a moment) is logged and the next one tries again.
  private readonly periodic = new Periodic(this.logger, 'Delivering the outbox', async () => {
    await this.deliverPending();
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly events: PgEventBus,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
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

  /** Starts a delivery round now (after a commit that queued a message); errors are logged. */
  wake(): void {
    void this.deliverPending().catch((error: Error) => this.logger.warn(`Delivering the outbox: ${error.message}`));
  }

  /** Delivers (or stores) every pending message due now; returns how many were handled. */
  async deliverPending(): Promise<number> {
    if (this.busy) {
      this.again = true;
      return 0;
    }
    this.busy = true;
    let handled = 0;
    try {
      for (;;) {
        this.again = false;
        const count = await this.db.transaction(async (manager) => {
          const mails = await this.outbox.lockPending(BATCH, manager);
          for (const mail of mails) {
            const result = await this.deliver(mail, manager);
            await this.outbox.recordAttempt(mail.id, result.status, result.error, manager, retryDelaySeconds(mail.attempts + 1));
            if (result.status !== 'PENDING' && mail.caseId) {
              // A message that never left is no reminder (the contact policy counts e-mail and SMS
              // activities as reminders): its failure is a SYSTEM entry.
              await this.outbox.addOutcomeActivity(manager, {
                caseId: mail.caseId, channel: result.status === 'FAILED' ? 'SYSTEM' : mail.kind, actorId: mail.sentBy,
                occurredAt: this.clock.now(), note: outcomeNote(mail, result),
              });
              // Open case screens show the final state on the timeline without a reload.
              await this.events.publishIn(manager, { topic: 'case', payload: { caseId: mail.caseId } });
            }
          }
          return mails.length;
        });
        handled += count;
        if (count < BATCH && !this.again) return handled;
      }
    } finally {
      this.busy = false;
    }
  }

  private async deliver(mail: OutboxMail, manager: EntityManager): Promise<{ status: OutboxStatus; error: string | null }> {
    try {
      if (mail.kind === 'SMS') {
        await this.sms.send({ outboxId: mail.id, to: mail.toAddress, text: mail.body }, manager);
        return { status: this.sms.delivered, error: null };
      }
      if (!this.transport) return { status: 'STORED', error: null };
      await this.transport.sendMail({ to: mail.toAddress, subject: mail.subject, text: mail.body });
      return { status: 'SENT', error: null };
    } catch (error) {
      const message = (error as Error).message;
      // Ids only: the address and the text are personal data.
      this.logger.warn(`${mail.kind === 'SMS' ? 'SMS' : 'Mail'} ${mail.id} not sent (attempt ${mail.attempts + 1} of ${MAX_ATTEMPTS}): ${message}`);
      return { status: mail.attempts + 1 >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING', error: message };
    }
  }
}

/** The timeline's words for a message's final state, in every language. */
function outcomeNote(mail: OutboxMail, result: { status: OutboxStatus; error: string | null }): LocalizedText {
  const what = mail.kind === 'SMS' ? T.sms : fill(T.email, { subject: mail.subject });
  switch (result.status) {
    case 'SENT': return fill(T.sent, { what, to: mail.toAddress });
    case 'STORED': return fill(T.stored, { what, to: mail.toAddress, setting: mail.kind === 'SMS' ? 'SMS_TRANSPORT' : 'MAIL_TRANSPORT' });
    default: return fill(T.failed, { what, to: mail.toAddress, attempts: mail.attempts + 1, error: result.error ?? T.unknownReason });
  }
}
