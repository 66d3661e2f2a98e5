import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Country, DebtorDetails, DunningStrategy, IsoDate, PortalPlanInstallment, PortalPlanSettings } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';

interface LinkRow {
  id: string;
  case_id: string;
  expires_at: Date;
  case_status: string;
  debtor_address: string | null;
  debtor_country: string;
}

/** A link found by its token's hash, with what sign-in checks against. */
export interface PortalLinkRecord {
  id: string;
  caseId: string;
  expiresAt: Date;
  caseStatus: string;
  debtorAddress: string | null;
  debtorCountry: string;
}

interface FactsRow {
  creditor_id: string;
  creditor_name: string;
  creditor_legal_name: string;
  creditor_iban: string | null;
  creditor_bic: string | null;
  creditor_country: Country;
  creditor_letter_language: string;
  creditor_dunning_strategy: DunningStrategy | null;
  debtor_ref: string;
  debtor_name: string;
  debtor_language: string | null;
}

/** What the portal shows about a case besides its balance: creditor, debtor, account. */
export interface PortalCaseFacts {
  creditor: {
    id: string; name: string; legalName: string; iban: string | null; bic: string | null; country: Country;
    letterLanguage: string; dunningStrategy: DunningStrategy | null;
  };
  debtor: { ref: string; name: string; language: string | null };
}

interface ClaimRow {
  reference: string;
  contract_subject: string | null;
  due_date: string;
  principal_cents: string | number;
}

export interface PortalClaimRecord {
  reference: string;
  subject: string | null;
  dueDate: IsoDate;
  principalCents: number;
}

interface ProposalRow {
  plan: PortalPlanInstallment[];
  id: string;
  installments: number;
  first_due_date: string;
  proposed_at: Date;
}

export interface PortalProposalRecord {
  /** The installments as the domain split them when proposed. */
  plan: PortalPlanInstallment[];
  id: string;
  installments: number;
  firstDueDate: IsoDate;
  proposedAt: Date;
}

interface DebtorRow {
  id: string; name: string; address: string | null; email: string | null; phone: string | null; language: string; time_zone: string;
  address_unknown: boolean; preferred_channel: string | null;
}

interface SettingsRow {
  max_installments: number;
  min_installment_eur_cents: string | number;
  min_installment_dkk_cents: string | number;
  max_first_due_days: number;
}

/** Every statement of the portal: links, sign-in attempts, the case as the debtor sees it, proposals, settings. */
@Injectable()
export class PortalRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertLink(link: { caseId: string; hash: Buffer; issuedBy: string | null; now: Date; expiresAt: Date }, tx: Queryable): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO portal_links (case_id, token_hash, issued_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [link.caseId, link.hash, link.issuedBy, link.now, link.expiresAt],
    );
    return rows[0]!.id;
  }

  async insertLinks(caseIds: readonly string[], hashes: readonly Buffer[], now: Date, expiresAt: Date, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO portal_links (case_id, token_hash, created_at, expires_at)
       SELECT case_id, token_hash, $3, $4 FROM unnest($1::uuid[], $2::bytea[]) AS l(case_id, token_hash)`,
      [caseIds, hashes, now, expiresAt],
    );
  }

  async caseIsOpen(caseId: string, tx: Queryable = this.db): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM cases WHERE id = $1 AND status IN ('OPEN', 'ON_HOLD')`, [caseId]);
    return rows.length > 0;
  }

  async linkByHash(hash: Buffer, tx: Queryable = this.db): Promise<PortalLinkRecord | null> {
    const rows: LinkRow[] = await tx.query(
      `SELECT l.id, l.case_id, l.expires_at, c.status AS case_status, d.address AS debtor_address, d.country AS debtor_country
         FROM portal_links l JOIN cases c ON c.id = l.case_id JOIN debtors d ON d.id = c.debtor_id
        WHERE l.token_hash = $1`,
      [hash],
    );
    const r = rows[0];
    return r
      ? { id: r.id, caseId: r.case_id, expiresAt: r.expires_at, caseStatus: r.case_status, debtorAddress: r.debtor_address, debtorCountry: r.debtor_country }
      : null;
  }

  /** Failed sign-in tries since `since`: for the link token's hash and from the client address. */
  async failuresSince(linkHash: Buffer, client: string, since: Date): Promise<{ link: number; client: number }> {
    const rows: { link: number; client: number }[] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM portal_sign_in_attempts WHERE NOT ok AND link_hash = $1 AND attempted_at > $3) AS link,
              (SELECT count(*)::int FROM portal_sign_in_attempts WHERE NOT ok AND client = $2 AND attempted_at > $3) AS client`,
      [linkHash, client, since],
    );
    return rows[0]!;
  }

  async recordAttempt(a: { linkHash: Buffer; client: string; ok: boolean; at: Date }, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      'INSERT INTO portal_sign_in_attempts (link_hash, client, ok, attempted_at) VALUES ($1, $2, $3, $4)',
      [a.linkHash, a.client, a.ok, a.at],
    );
  }

  async caseFacts(caseId: string, tx: Queryable = this.db): Promise<PortalCaseFacts | null> {
    const rows: FactsRow[] = await tx.query(
      `SELECT cr.id AS creditor_id, cr.name AS creditor_name, cr.legal_name AS creditor_legal_name, cr.iban AS creditor_iban,
              cr.bic AS creditor_bic, cr.country AS creditor_country, cr.letter_language AS creditor_letter_language,
              cr.dunning_strategy AS creditor_dunning_strategy, d.ref AS debtor_ref, d.name AS debtor_name, d.language AS debtor_language
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id JOIN debtors d ON d.id = c.debtor_id
        WHERE c.id = $1`,
      [caseId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      creditor: {
        id: r.creditor_id, name: r.creditor_name, legalName: r.creditor_legal_name, iban: r.creditor_iban, bic: r.creditor_bic,
        country: r.creditor_country, letterLanguage: r.creditor_letter_language, dunningStrategy: r.creditor_dunning_strategy,
      },
      debtor: { ref: r.debtor_ref, name: r.debtor_name, language: r.debtor_language },
    };
  }

  async claims(caseId: string, tx: Queryable = this.db): Promise<PortalClaimRecord[]> {
    const rows: ClaimRow[] = await tx.query(
      `SELECT reference, contract_subject, due_date::text AS due_date, principal_cents FROM claims WHERE case_id = $1 ORDER BY due_date, reference`,
      [caseId],
    );
    return rows.map((r) => ({ reference: r.reference, subject: r.contract_subject, dueDate: r.due_date, principalCents: Number(r.principal_cents) }));
  }

  async pendingProposal(caseId: string, tx: Queryable = this.db): Promise<PortalProposalRecord | null> {
    const rows: ProposalRow[] = await tx.query(
      // A plan a collector agreed after the proposal answers it (accepted as proposed or countered).
      `SELECT p.id, p.installments, p.first_due_date::text AS first_due_date, p.proposed_at, p.plan
         FROM portal_plan_proposals p
        WHERE p.case_id = $1 AND p.status = 'PENDING'
          AND NOT EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.case_id = p.case_id AND pp.created_at >= p.proposed_at)`,
      [caseId],
    );
    const r = rows[0];
    return r ? { id: r.id, installments: r.installments, firstDueDate: r.first_due_date, proposedAt: r.proposed_at, plan: r.plan } : null;
  }

  /** Closes the case's pending proposal (a collector declined it); whether there was one. */
  async closeProposal(caseId: string, now: Date, tx: Queryable): Promise<string | null> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE portal_plan_proposals SET status = 'DECIDED', decided_at = $2 WHERE case_id = $1 AND status = 'PENDING' RETURNING id`,
      [caseId, now],
    );
    return rows[0]?.id ?? null;
  }

  async insertProposal(
    p: { caseId: string; installments: number; firstDueDate: IsoDate; plan: readonly PortalPlanInstallment[]; status: 'PENDING' | 'ACCEPTED'; planId: string | null; now: Date },
    tx: Queryable,
  ): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO portal_plan_proposals (case_id, installments, first_due_date, plan, status, plan_id, proposed_at, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $5 = 'ACCEPTED' THEN $7::timestamptz END) RETURNING id`,
      [p.caseId, p.installments, p.firstDueDate, JSON.stringify(p.plan), p.status, p.planId, p.now],
    );
    return rows[0]!.id;
  }

  /** A debtor's request to be called within a window; it waits until staff record an outcome after it. */
  async insertCallbackRequest(r: { caseId: string; from: Date; to: Date; at: Date }, tx: Queryable): Promise<void> {
    await tx.query(
      'INSERT INTO portal_callback_requests (case_id, window_from, window_to, requested_at) VALUES ($1, $2, $3, $4)',
      [r.caseId, r.from, r.to, r.at],
    );
  }

  /** A portal action on the case's timeline (channel PORTAL, direction INBOUND, no user). */
  async insertPortalActivity(a: { caseId: string; note: ActivityNote; at: Date }, tx: Queryable): Promise<string> {
    const { note, noteTexts } = noteColumns(a.note);
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, outcome, note, note_texts, occurred_at, direction)
       VALUES ($1, NULL, 'PORTAL', NULL, $2, $3::jsonb, $4, 'INBOUND') RETURNING id`,
      [a.caseId, note, noteTexts, a.at],
    );
    return rows[0]!.id;
  }

  /** A staff member's note on the case's timeline (no channel of contact). */
  async insertStaffNote(a: { caseId: string; actorId: string; note: ActivityNote; at: Date }, tx: Queryable): Promise<void> {
    const { note, noteTexts } = noteColumns(a.note);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, outcome, note, note_texts, occurred_at, direction) VALUES ($1, $2, 'NOTE', NULL, $3, $4::jsonb, $5, NULL)`,
      [a.caseId, a.actorId, note, noteTexts, a.at],
    );
  }

  /** The contact details of the case's debtor, locked for a change. */
  async lockDebtorOfCase(caseId: string, tx: Queryable): Promise<{ id: string; details: DebtorDetails; preferredChannel: string | null } | null> {
    const rows: DebtorRow[] = await tx.query(
      `SELECT d.id, d.name, d.address, d.email, d.phone, d.language, d.time_zone, d.address_unknown, d.preferred_channel
         FROM debtors d JOIN cases c ON c.debtor_id = d.id WHERE c.id = $1 FOR UPDATE OF d`,
      [caseId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id, preferredChannel: r.preferred_channel,
      details: { name: r.name, address: r.address, email: r.email, phone: r.phone, language: r.language, timeZone: r.time_zone, addressUnknown: r.address_unknown },
    };
  }

  async updateDebtorContact(debtorId: string, c: { email: string | null; phone: string | null; preferredChannel: string | null }, tx: Queryable): Promise<void> {
    await tx.query('UPDATE debtors SET email = $2, phone = $3, preferred_channel = $4 WHERE id = $1', [debtorId, c.email, c.phone, c.preferredChannel]);
  }

  async caseQueue(caseId: string, tx: Queryable): Promise<{ assigneeId: string | null; creditorId: string }> {
    const rows: { assignee_id: string | null; creditor_id: string }[] = await tx.query(
      'SELECT assignee_id, creditor_id FROM cases WHERE id = $1',
      [caseId],
    );
    return { assigneeId: rows[0]?.assignee_id ?? null, creditorId: rows[0]!.creditor_id };
  }

  async planSettings(creditorId: string, tx: Queryable = this.db): Promise<PortalPlanSettings | null> {
    const rows: SettingsRow[] = await tx.query(
      `SELECT max_installments, min_installment_eur_cents, min_installment_dkk_cents, max_first_due_days
         FROM portal_plan_settings WHERE creditor_id = $1`,
      [creditorId],
    );
    const r = rows[0];
    return r
      ? {
          maxInstallments: r.max_installments, minInstallmentEurCents: Number(r.min_installment_eur_cents),
          minInstallmentDkkCents: Number(r.min_installment_dkk_cents), maxFirstDueDays: r.max_first_due_days,
        }
      : null;
  }

  async creditorExists(creditorId: string, tx: Queryable = this.db): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM creditors WHERE id = $1', [creditorId]);
    return rows.length > 0;
  }

  async upsertPlanSettings(creditorId: string, s: PortalPlanSettings, userId: string, now: Date, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO portal_plan_settings (creditor_id, max_installments, min_installment_eur_cents, min_installment_dkk_cents, max_first_due_days, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (creditor_id) DO UPDATE SET max_installments = $2, min_installment_eur_cents = $3, min_installment_dkk_cents = $4,
         max_first_due_days = $5, updated_at = $6, updated_by = $7`,
      [creditorId, s.maxInstallments, s.minInstallmentEurCents, s.minInstallmentDkkCents, s.maxFirstDueDays, now, userId],
    );
  }

  async insertPaymentIntent(i: { caseId: string; provider: string; method: string; amountCents: number; currency: string; now: Date }, tx: Queryable = this.db): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO portal_payment_intents (case_id, provider, method, amount_cents, currency, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [i.caseId, i.provider, i.method, i.amountCents, i.currency, i.now],
    );
    return rows[0]!.id;
  }
}
