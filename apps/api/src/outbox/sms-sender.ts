import type { Queryable } from '../database/queryable.js';

/** An SMS to hand to a provider. */
export interface OutgoingSms {
  outboxId: string;
  to: string;
  text: string;
}

/**
 * A provider of SMS. `send` resolves once the provider accepted the message and throws with the
 * provider's reason when it refused it (the outbox then tries again, and after its last attempt
 * marks the message FAILED with that reason). It runs inside the outbox's transaction (`tx`).
 */
export interface SmsSender {
  /** 'SENT' for a provider, 'STORED' for an adapter that keeps the message instead. */
  readonly delivered: 'SENT' | 'STORED';
  send(sms: OutgoingSms, tx: Queryable): Promise<void>;
}

/** The default adapter (SMS_TRANSPORT=store): keeps each SMS in `sms_messages`. */
export class StoreSmsSender implements SmsSender {
  readonly delivered = 'STORED' as const;

  async send(sms: OutgoingSms, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO sms_messages (outbox_id, to_number, body) VALUES ($1, $2, $3) ON CONFLICT (outbox_id) DO NOTHING`,
      [sms.outboxId, sms.to, sms.text],
    );
  }
}

/** A provider's HTTP gateway (SMS_TRANSPORT=https://...): posts {"to", "text"} as JSON; any 2xx is accepted. */
export class HttpSmsSender implements SmsSender {
  readonly delivered = 'SENT' as const;

  constructor(private readonly url: string) {}

  async send(sms: OutgoingSms): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': sms.outboxId },
      body: JSON.stringify({ to: sms.to, text: sms.text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status} ${response.statusText}`.trim());
  }
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** The adapter SMS_TRANSPORT names. */
export function smsSenderFor(transport: string): SmsSender {
  return transport === 'store' ? new StoreSmsSender() : new HttpSmsSender(transport);
}
