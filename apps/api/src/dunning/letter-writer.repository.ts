import { Injectable } from '@nestjs/common';
import type { Country, DebtorKind, DunningStage, DunningStrategy, IsoDate, LetterLanguage } from '@mahnwerk/domain';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';
import type { CreditorStrategyRow } from './transitions.js';

/** DUNNING: a run's consolidated letter; the others are about one case (dunning/case-letters.service.ts). */
export type LetterKind = 'DUNNING' | 'PLAN_CONFIRMATION' | 'DISPUTE_ANSWER';

interface PendingLetterRow {
  id: string; kind: LetterKind; debtor_id: string; creditor_id: string; run_id: string | null; case_id: string | null; subject_id: string | null;
  written_on: string; created_at: Date;
}

/** A letter queued (by a run, or about one case) and still to be written. */
export interface PendingLetter {
  id: string;
  kind: LetterKind;
  debtorId: string;
  creditorId: string;
  /** The run of a DUNNING letter. */
  runId: string | null;
  /** The case and the plan or dispute a case letter is about. */
  caseId: string | null;
  subjectId: string | null;
  writtenOn: IsoDate;
  createdAt: Date;
}

const toPending = (r: PendingLetterRow): PendingLetter => ({
  id: r.id, kind: r.kind, debtorId: r.debtor_id, creditorId: r.creditor_id, runId: r.run_id, caseId: r.case_id, subjectId: r.subject_id,
  writtenOn: r.written_on, createdAt: r.created_at,
});

interface LetterStepRow { case_id: string; to_stage: DunningStage; channel: string }

/** A letter step of the run for one case of the letter's debtor and creditor. */
export interface LetterStep {
  caseId: string;
  toStage: DunningStage;
}

interface LetterCaseRow {
  id: string;
  stage: DunningStage;
  currency: string;
  creditor_id: string;
  creditor_name: string;
  creditor_legal_name: string;
  creditor_address: string;
  country: Country;
  dunning_strategy: DunningStrategy | null;
  iban: string | null;
  bic: string | null;
  letter_language: LetterLanguage;
  vat_deductible: boolean;
  debtor_ref: string;
  debtor_name: string;
  debtor_address: string | null;
  debtor_kind: DebtorKind;
  debtor_address_researched: boolean;
  debtor_language: string;
}

/** A case a consolidated letter lists, with its parties. */
export interface LetterCase {
  id: string;
  stage: DunningStage;
  currency: string;
  creditor: {
    name: string;
    /** The name on the creditor's account and in its register entry (creditors.legal_name; may be empty). */
    legalName: string;
    address: string;
    country: Country;
    strategy: CreditorStrategyRow;
    /** The account debtors pay into; null: the agency's collection account (config). */
    iban: string | null;
    bic: string | null;
    letterLanguage: LetterLanguage;
    vatDeductible: boolean;
  };
  /** `language`: the debtor's (debtors.language); the letter is written in it where the creditor's country allows it. */
  debtor: { ref: string; name: string; address: string | null; kind: DebtorKind; addressResearched: boolean; language?: string | null };
}

const toLetterCase = (r: LetterCaseRow): LetterCase => ({
  id: r.id, stage: r.stage, currency: r.currency,
  creditor: {
    name: r.creditor_name, legalName: r.creditor_legal_name, address: r.creditor_address, country: r.country,
    strategy: { id: r.creditor_id, country: r.country, dunning_strategy: r.dunning_strategy },
    iban: r.iban, bic: r.bic, letterLanguage: r.letter_language, vatDeductible: r.vat_deductible,
  },
  debtor: { ref: r.debtor_ref, name: r.debtor_name, address: r.debtor_address, kind: r.debtor_kind, addressResearched: r.debtor_address_researched, language: r.debtor_language },
});

/** A case with the parties its letters name (`c` cases, `cr` creditor, `d` debtor). */
const LETTER_CASE_SELECT = `SELECT c.id, c.stage, c.currency, cr.id AS creditor_id, cr.name AS creditor_name, cr.legal_name AS creditor_legal_name,
        cr.address AS creditor_address, cr.country, cr.dunning_strategy, cr.iban, cr.bic, cr.letter_language, cr.vat_deductible,
        d.ref AS debtor_ref, d.name AS debtor_name, d.address AS debtor_address, d.kind AS debtor_kind, d.address_researched AS debtor_address_researched,
        d.language AS debtor_language
   FROM cases c
   JOIN creditors cr ON cr.id = c.creditor_id
   JOIN debtors d ON d.id = c.debtor_id`;

/** What writing the run's letters reads and writes (reading them for people: letters/letters.repository.ts). */
@Injectable()
export class LetterWriterRepository {
  /**
   * Locks up to `limit` pending letters, oldest first, skipping those another instance is writing. A
   * run's letter only once its run is done: a debtor's other cases may still be stepped until then.
   * A letter to a debtor whose address is marked unknown is held (stays PENDING) until the address is known.
   */
  async lockPending(tx: Queryable, limit: number): Promise<PendingLetter[]> {
    const rows: PendingLetterRow[] = await tx.query(
      `SELECT l.id, l.kind, l.debtor_id, l.creditor_id, l.run_id, l.case_id, l.subject_id, l.written_on, l.created_at FROM letters l
        WHERE l.status = 'PENDING'
          AND (l.kind <> 'DUNNING' OR EXISTS (SELECT 1 FROM dunning_runs r WHERE r.id = l.run_id AND r.status = 'DONE'))
          AND NOT EXISTS (SELECT 1 FROM debtors d WHERE d.id = l.debtor_id AND d.address_unknown)
        ORDER BY l.created_at, l.id LIMIT $1 FOR UPDATE OF l SKIP LOCKED`,
      [limit],
    );
    return rows.map(toPending);
  }

  /** The letter steps the letter's run took on cases of its debtor and creditor. */
  async letterSteps(tx: Queryable, letter: PendingLetter): Promise<LetterStep[]> {
    const rows: LetterStepRow[] = await tx.query(
      `SELECT s.case_id, s.to_stage, s.channel FROM dunning_steps s JOIN cases c ON c.id = s.case_id
        WHERE s.run_id = $1 AND c.debtor_id = $2 AND c.creditor_id = $3 AND s.channel = 'LETTER'`,
      [letter.runId, letter.debtorId, letter.creditorId],
    );
    return rows.map((r) => ({ caseId: r.case_id, toStage: r.to_stage }));
  }

  /**
   * Every open case of the debtor for the creditor, and the cases in the court procedure among
   * `stepped` (with legal, not open), in order of placement.
   */
  async casesOfLetter(tx: Queryable, letter: PendingLetter, stepped: readonly string[]): Promise<LetterCase[]> {
    const rows: LetterCaseRow[] = await tx.query(
      `${LETTER_CASE_SELECT}
        WHERE c.debtor_id = $1 AND c.creditor_id = $2
          AND (c.status = 'OPEN' OR (c.status = 'LEGAL' AND c.id = ANY($3::uuid[])))
        ORDER BY c.placed_at, c.id`,
      [letter.debtorId, letter.creditorId, stepped],
    );
    return rows.map(toLetterCase);
  }

  /** The case a case letter is about, with its parties; null when it is gone. */
  async caseOfLetter(tx: Queryable, caseId: string): Promise<LetterCase | null> {
    const rows: LetterCaseRow[] = await tx.query(`${LETTER_CASE_SELECT} WHERE c.id = $1`, [caseId]);
    return rows[0] ? toLetterCase(rows[0]) : null;
  }

  /** Sets a letter that cannot be written aside for a person to look at. */
  async markFailed(tx: Queryable, id: string, error: string): Promise<void> {
    await tx.query(`UPDATE letters SET status = 'FAILED', error = $2 WHERE id = $1`, [id, error]);
  }

  /** Stores the written letter: content as json (the text exactly as written, so sha256(content::text) checks), PDF and hashes. */
  async markReady(tx: Queryable, id: string, written: { json: string; contentSha256: string; pdf: Buffer; pdfSha256: string }): Promise<void> {
    await tx.query(
      `UPDATE letters SET status = 'READY', content = $2::json, content_sha256 = $3, pdf = $4, pdf_sha256 = $5, ready_at = now()
        WHERE id = $1`,
      [id, written.json, written.contentSha256, written.pdf, written.pdfSha256],
    );
  }

  /** The LETTER activity on a case's timeline pointing at its letter. */
  async addLetterActivity(tx: Queryable, activity: { caseId: string; note: ActivityNote; letterId: string; occurredAt: Date }): Promise<void> {
    const { note, noteTexts } = noteColumns(activity.note);
    await tx.query(
      `INSERT INTO activities (case_id, channel, note, note_texts, occurred_at, letter_id) VALUES ($1, 'LETTER', $2, $3::jsonb, $4, $5)`,
      [activity.caseId, note, noteTexts, activity.occurredAt, activity.letterId],
    );
  }
}

interface DunningMailRow {
  id: string;
  case_id: string;
  to_stage: DunningStage;
  stepped_on: string;
  open_cents: string;
  currency: string;
  creditor_id: string;
  creditor_name: string;
  creditor_legal_name: string;
  country: Country;
  dunning_strategy: DunningStrategy | null;
  iban: string | null;
  bic: string | null;
  letter_language: LetterLanguage;
  vat_deductible: boolean;
  debtor_ref: string;
  claim_reference: string | null;
}

/** A dunning e-mail the run queued, with what its payment block says. */
export interface DunningMail {
  id: string;
  caseId: string;
  toStage: DunningStage;
  steppedOn: IsoDate;
  openCents: number;
  currency: string;
  creditor: LetterCase['creditor'];
  debtorRef: string;
  /** The case's first claim reference (by invoice date), for the payment reference. */
  claimReference: string | null;
}

/** What writing the bodies of the run's dunning e-mails reads and writes. */
@Injectable()
export class DunningMailRepository {
  /** The run's dunning e-mails by outbox id, with their case's creditor, debtor reference and open balance. */
  async dunningMails(tx: Queryable, ids: readonly string[]): Promise<DunningMail[]> {
    if (ids.length === 0) return [];
    const rows: DunningMailRow[] = await tx.query(
      `SELECT o.id, c.id AS case_id, s.to_stage, s.stepped_on, c.open_cents, c.currency,
              cr.id AS creditor_id, cr.name AS creditor_name, cr.legal_name AS creditor_legal_name, cr.country, cr.dunning_strategy,
              cr.iban, cr.bic, cr.letter_language, cr.vat_deductible, d.ref AS debtor_ref,
              (SELECT cl.reference FROM claims cl WHERE cl.case_id = c.id ORDER BY cl.invoice_date, cl.reference LIMIT 1) AS claim_reference
         FROM outbox o
         JOIN cases c ON c.id = o.case_id
         JOIN creditors cr ON cr.id = c.creditor_id
         JOIN debtors d ON d.id = c.debtor_id
         JOIN dunning_steps s ON s.case_id = c.id AND s.to_stage = split_part(o.dedupe_key, ':', 3)
        WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id, caseId: r.case_id, toStage: r.to_stage, steppedOn: r.stepped_on, openCents: Number(r.open_cents), currency: r.currency,
      creditor: {
        name: r.creditor_name, legalName: r.creditor_legal_name, address: '', country: r.country,
        strategy: { id: r.creditor_id, country: r.country, dunning_strategy: r.dunning_strategy },
        iban: r.iban, bic: r.bic, letterLanguage: r.letter_language, vatDeductible: r.vat_deductible,
      },
      debtorRef: r.debtor_ref, claimReference: r.claim_reference,
    }));
  }

}
