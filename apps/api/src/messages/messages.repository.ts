import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Country, DunningStage, DunningStrategy, LetterLanguage, MessageChannel } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** One version of a template. */
export interface TemplateRecord {
  id: string;
  channel: MessageChannel;
  stage: DunningStage;
  language: LetterLanguage;
  version: number;
  subject: string;
  body: string;
  createdAt: Date;
  createdByName: string | null;
}
interface TemplateRow {
  id: string; channel: MessageChannel; stage: DunningStage; language: LetterLanguage; version: number; subject: string; body: string;
  created_at: Date; created_by_name: string | null;
}
const toTemplate = (r: TemplateRow): TemplateRecord => ({
  id: r.id, channel: r.channel, stage: r.stage, language: r.language, version: Number(r.version), subject: r.subject, body: r.body,
  createdAt: r.created_at, createdByName: r.created_by_name,
});
const TEMPLATE_SELECT = `
  SELECT t.id, t.channel, t.stage, t.language, t.version, t.subject, t.body, t.created_at, u.name AS created_by_name
    FROM message_templates t LEFT JOIN users u ON u.id = t.created_by`;

/** What a message about a case is made from: the case, its debtor, its creditor's payment details and strategy. */
export interface MessageCase {
  caseId: string;
  stage: DunningStage;
  status: string;
  openCents: number;
  currency: string;
  debtor: { id: string; ref: string; name: string; email: string | null; phone: string | null; language: string };
  creditor: {
    id: string; name: string; legalName: string; country: Country; letterLanguage: string; iban: string | null; bic: string | null;
    strategy: DunningStrategy | null;
  };
  /** The case's first claim reference (by invoice date), for the payment reference. */
  claimReference: string | null;
}
interface MessageCaseRow {
  case_id: string; stage: DunningStage; status: string; open_cents: string; currency: string;
  debtor_id: string; debtor_ref: string; debtor_name: string; debtor_email: string | null; debtor_phone: string | null; debtor_language: string;
  creditor_id: string; creditor_name: string; creditor_legal_name: string; country: Country; letter_language: string;
  iban: string | null; bic: string | null; dunning_strategy: DunningStrategy | null; claim_reference: string | null;
}

/** A message of a case in the outbox, with its state. */
export interface CaseMessageRecord {
  id: string;
  caseId: string;
  channel: MessageChannel;
  toAddress: string;
  subject: string;
  body: string;
  status: 'PENDING' | 'SENT' | 'STORED' | 'FAILED';
  attempts: number;
  lastError: string | null;
  language: string | null;
  templateVersion: number | null;
  templateStage: DunningStage | null;
  sentByName: string | null;
  createdAt: Date;
  processedAt: Date | null;
}
interface CaseMessageRow {
  id: string; case_id: string; kind: MessageChannel; to_address: string; subject: string; body: string; status: CaseMessageRecord['status'];
  attempts: number; last_error: string | null; language: string | null; template_version: number | null; template_stage: DunningStage | null;
  sent_by_name: string | null; created_at: Date; processed_at: Date | null;
}

/** A message to queue. */
export interface NewMessage {
  channel: MessageChannel;
  caseId: string;
  to: string;
  subject: string;
  body: string;
  templateId: string;
  language: LetterLanguage;
  sentBy: string | null;
  dedupeKey: string;
}

/** Templates (versions), the case snapshot a message is rendered from, and messages in the outbox. */
@Injectable()
export class MessagesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The current (highest) version of every template. */
  async currentTemplates(tx: Queryable = this.db): Promise<TemplateRecord[]> {
    const rows: TemplateRow[] = await tx.query(
      `${TEMPLATE_SELECT}
        WHERE t.version = (SELECT max(v.version) FROM message_templates v
                            WHERE v.channel = t.channel AND v.stage = t.stage AND v.language = t.language)
        ORDER BY t.channel, array_position(ARRAY['REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT', 'ENFORCEMENT'], t.stage), t.language`,
    );
    return rows.map(toTemplate);
  }

  /** Every version of one template, newest first. */
  async versions(key: { channel: MessageChannel; stage: DunningStage; language: LetterLanguage }, tx: Queryable = this.db): Promise<TemplateRecord[]> {
    const rows: TemplateRow[] = await tx.query(
      `${TEMPLATE_SELECT} WHERE t.channel = $1 AND t.stage = $2 AND t.language = $3 ORDER BY t.version DESC`,
      [key.channel, key.stage, key.language],
    );
    return rows.map(toTemplate);
  }

  /** The current version of each (channel, stage, language) asked for, keyed `channel:stage:language`. */
  async currentOf(keys: readonly { channel: MessageChannel; stage: DunningStage; language: LetterLanguage }[], tx: Queryable = this.db): Promise<Map<string, TemplateRecord>> {
    if (keys.length === 0) return new Map();
    const rows: TemplateRow[] = await tx.query(
      `${TEMPLATE_SELECT}
         JOIN (SELECT DISTINCT * FROM unnest($1::text[], $2::text[], $3::text[])) AS k(channel, stage, language)
           ON k.channel = t.channel AND k.stage = t.stage AND k.language = t.language
        WHERE t.version = (SELECT max(v.version) FROM message_templates v
                            WHERE v.channel = t.channel AND v.stage = t.stage AND v.language = t.language)`,
      [keys.map((k) => k.channel), keys.map((k) => k.stage), keys.map((k) => k.language)],
    );
    return new Map(rows.map((r) => [`${r.channel}:${r.stage}:${r.language}`, toTemplate(r)]));
  }

  /**
   * Adds the next version of a template (the key's rows locked by the unique key: two admins saving at
   * once get versions n+1 and n+2, or one waits); its id.
   */
  async addVersion(
    draft: { channel: MessageChannel; stage: DunningStage; language: LetterLanguage; subject: string; body: string; createdBy: string },
    tx: Queryable,
  ): Promise<string> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('message_templates:' || $1 || ':' || $2 || ':' || $3))`, [draft.channel, draft.stage, draft.language]);
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO message_templates (channel, stage, language, version, subject, body, created_by)
       SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4, $5, $6
         FROM message_templates WHERE channel = $1 AND stage = $2 AND language = $3
       RETURNING id`,
      [draft.channel, draft.stage, draft.language, draft.subject, draft.body, draft.createdBy],
    );
    return row!.id;
  }

  async templateById(id: string, tx: Queryable = this.db): Promise<TemplateRecord | null> {
    const [row]: TemplateRow[] = await tx.query(`${TEMPLATE_SELECT} WHERE t.id = $1`, [id]);
    return row ? toTemplate(row) : null;
  }

  /** What messages about these cases are rendered from. */
  async messageCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, MessageCase>> {
    if (caseIds.length === 0) return new Map();
    const rows: MessageCaseRow[] = await tx.query(
      `SELECT c.id AS case_id, c.stage, c.status, c.open_cents, c.currency,
              d.id AS debtor_id, d.ref AS debtor_ref, d.name AS debtor_name, d.email AS debtor_email, d.phone AS debtor_phone, d.language AS debtor_language,
              cr.id AS creditor_id, cr.name AS creditor_name, cr.legal_name AS creditor_legal_name, cr.country, cr.letter_language,
              cr.iban, cr.bic, cr.dunning_strategy,
              (SELECT cl.reference FROM claims cl WHERE cl.case_id = c.id ORDER BY cl.invoice_date, cl.reference LIMIT 1) AS claim_reference
         FROM cases c JOIN debtors d ON d.id = c.debtor_id JOIN creditors cr ON cr.id = c.creditor_id
        WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    return new Map(rows.map((r) => [r.case_id, {
      caseId: r.case_id, stage: r.stage, status: r.status, openCents: Number(r.open_cents), currency: r.currency,
      debtor: { id: r.debtor_id, ref: r.debtor_ref, name: r.debtor_name, email: r.debtor_email, phone: r.debtor_phone, language: r.debtor_language },
      creditor: {
        id: r.creditor_id, name: r.creditor_name, legalName: r.creditor_legal_name, country: r.country, letterLanguage: r.letter_language,
        iban: r.iban, bic: r.bic, strategy: r.dunning_strategy,
      },
      claimReference: r.claim_reference,
    }]));
  }

  /** Queues a message in the outbox; its id. */
  async queue(message: NewMessage, tx: Queryable): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO outbox (kind, case_id, to_address, subject, body, dedupe_key, template_id, language, sent_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [message.channel, message.caseId, message.to, message.subject, message.body, message.dedupeKey, message.templateId, message.language, message.sentBy],
    );
    return row!.id;
  }

  /** Writes rendered dunning e-mails (still waiting) with the template version and language they used. */
  async setRendered(
    rendered: readonly { id: string; subject: string; body: string; templateId: string; language: LetterLanguage }[],
    tx: Queryable,
  ): Promise<void> {
    if (rendered.length === 0) return;
    await tx.query(
      `UPDATE outbox o SET subject = r.subject, body = r.body, template_id = r.template_id, language = r.language
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[]) AS r(id, subject, body, template_id, language)
        WHERE o.id = r.id AND o.status = 'PENDING'`,
      [rendered.map((r) => r.id), rendered.map((r) => r.subject), rendered.map((r) => r.body), rendered.map((r) => r.templateId), rendered.map((r) => r.language)],
    );
  }

  /** The messages of cases (newest first), per case. */
  async messagesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, CaseMessageRecord[]>> {
    const rows: CaseMessageRow[] = await tx.query(
      `SELECT o.id, o.case_id, o.kind, o.to_address, o.subject, o.body, o.status, o.attempts, o.last_error, o.language,
              t.version AS template_version, t.stage AS template_stage, u.name AS sent_by_name, o.created_at, o.processed_at
         FROM outbox o LEFT JOIN message_templates t ON t.id = o.template_id LEFT JOIN users u ON u.id = o.sent_by
        WHERE o.case_id = ANY($1::uuid[])
        ORDER BY o.created_at DESC, o.id`,
      [caseIds],
    );
    const out = new Map<string, CaseMessageRecord[]>(caseIds.map((id) => [id, []]));
    for (const r of rows) {
      out.get(r.case_id)?.push({
        id: r.id, caseId: r.case_id, channel: r.kind, toAddress: r.to_address, subject: r.subject, body: r.body, status: r.status,
        attempts: Number(r.attempts), lastError: r.last_error, language: r.language,
        templateVersion: r.template_version === null ? null : Number(r.template_version), templateStage: r.template_stage,
        sentByName: r.sent_by_name, createdAt: r.created_at, processedAt: r.processed_at,
      });
    }
    return out;
  }
}
