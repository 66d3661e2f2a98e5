import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DunningStage, IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

interface CaseLetterRow {
  case_id: string;
  id: string;
  kind: string;
  written_on: string;
  status: 'PENDING' | 'READY' | 'FAILED' | 'SENT';
  sent_on: string | null;
  content_sha256: string | null;
  pdf_sha256: string | null;
  address_unknown: boolean;
  error: string | null;
}

/** Why a pending letter is held; shown on the case. */
export const HELD_ADDRESS_UNKNOWN = 'Held: the debtor\'s address is unknown. The letter is written once the address is corrected.';

/** A letter to a debtor for a creditor, as a case lists it. */
export interface LetterRecord {
  id: string;
  /** DUNNING, PLAN_CONFIRMATION or DISPUTE_ANSWER. */
  kind: string;
  writtenOn: IsoDate;
  status: 'PENDING' | 'READY' | 'FAILED' | 'SENT';
  /** The day it went out with a print batch (SENT). */
  sentOn: IsoDate | null;
  contentSha256: string | null;
  pdfSha256: string | null;
  /** A pending letter that is not written for now, and why (the debtor's address is unknown). */
  heldReason: string | null;
  /** Why a letter could not be written (FAILED). */
  error: string | null;
}

const toLetter = (r: CaseLetterRow): LetterRecord => ({
  id: r.id, kind: r.kind, writtenOn: r.written_on, status: r.status, sentOn: r.sent_on, contentSha256: r.content_sha256, pdfSha256: r.pdf_sha256,
  heldReason: r.status === 'PENDING' && r.address_unknown ? HELD_ADDRESS_UNKNOWN : null,
  error: r.status === 'FAILED' ? r.error : null,
});

interface CaseDunningStepRow {
  case_id: string;
  to_stage: DunningStage;
  channel: string;
  fee_cents: string;
  stepped_on: string;
  letter_id: string | null;
}

/** A stage the dunning run took a case to, and the letter of that run to the case's debtor, if one was written. */
export interface CaseDunningStepRecord {
  stage: DunningStage;
  channel: string;
  feeCents: number;
  on: IsoDate;
  letterId: string | null;
}

interface LetterPdfRow { pdf: Buffer; pdf_sha256: string; creditor_id: string; debtor_id: string; written_on: string }

/** A written letter's PDF and what access to it depends on. */
export interface LetterPdfRecord {
  pdf: Buffer;
  pdfSha256: string;
  creditorId: string;
  debtorId: string;
  writtenOn: IsoDate;
}

interface LetterFactsRow {
  case_id: string;
  country: 'DE' | 'DK';
  debtor_kind: 'consumer' | 'business';
  claims: { reference: string; contract_subject: string | null; contract_date: string | null }[];
}

/** What a case's letters need (RDG 13a): creditor country, debtor kind, each claim's contract subject and date. */
export interface LetterFacts {
  caseId: string;
  country: 'DE' | 'DK';
  debtorKind: 'consumer' | 'business';
  claims: { reference: string; contractSubject: string | null; contractDate: IsoDate | null }[];
}

/** Reads the letters the dunning run wrote (the run writes them: dunning/letter-writer.repository.ts). */
@Injectable()
export class LettersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The letters that went to each case's debtor for its creditor (a letter about one case on that
   * case only), newest first, for many cases in
   * one statement (keyed by case id; a case without letters has an empty list).
   */
  async lettersOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, LetterRecord[]>> {
    const out = new Map<string, LetterRecord[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return out;
    const rows: CaseLetterRow[] = await tx.query(
      `SELECT c.id AS case_id, l.id, l.kind, l.written_on, l.status, l.sent_on, l.content_sha256, l.pdf_sha256, d.address_unknown, l.error
         FROM cases c JOIN letters l ON l.debtor_id = c.debtor_id AND l.creditor_id = c.creditor_id
         JOIN debtors d ON d.id = c.debtor_id
        WHERE c.id = ANY($1::uuid[]) AND (l.case_id IS NULL OR l.case_id = c.id)
        ORDER BY c.id, l.written_on DESC, l.created_at DESC`,
      [caseIds],
    );
    for (const row of rows) out.get(row.case_id)?.push(toLetter(row));
    return out;
  }

  /**
   * The steps the dunning run took on each case, newest first (keyed by case id), each with the
   * consolidated letter its run wrote to the case's debtor for the case's creditor, when there is one.
   */
  async dunningStepsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, CaseDunningStepRecord[]>> {
    const out = new Map<string, CaseDunningStepRecord[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return out;
    const rows: CaseDunningStepRow[] = await tx.query(
      `SELECT s.case_id, s.to_stage, s.channel, s.fee_cents::text AS fee_cents, s.stepped_on::text AS stepped_on, l.id AS letter_id
         FROM dunning_steps s JOIN cases c ON c.id = s.case_id
         LEFT JOIN letters l ON l.run_id = s.run_id AND l.debtor_id = c.debtor_id AND l.creditor_id = c.creditor_id AND l.kind = 'DUNNING'
        WHERE s.case_id = ANY($1::uuid[])
        ORDER BY s.case_id, s.stepped_on DESC, s.id DESC`,
      [caseIds],
    );
    for (const r of rows) {
      out.get(r.case_id)?.push({ stage: r.to_stage, channel: r.channel, feeCents: Number(r.fee_cents), on: r.stepped_on, letterId: r.letter_id });
    }
    return out;
  }

  /** A written (READY or SENT) letter's PDF; null when there is none (unknown, pending or failed). */
  async pdf(id: string, tx: Queryable = this.db): Promise<LetterPdfRecord | null> {
    const [row]: LetterPdfRow[] = await tx.query(
      `SELECT pdf, pdf_sha256, creditor_id, debtor_id, written_on FROM letters WHERE id = $1 AND status IN ('READY', 'SENT')`,
      [id],
    );
    return row ? { pdf: row.pdf, pdfSha256: row.pdf_sha256, creditorId: row.creditor_id, debtorId: row.debtor_id, writtenOn: row.written_on } : null;
  }

  /** The RDG 13a facts of many cases in one statement (cases not found are left out). */
  async letterFactsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<LetterFacts[]> {
    if (caseIds.length === 0) return [];
    const rows: LetterFactsRow[] = await tx.query(
      `SELECT c.id AS case_id, cr.country, d.kind AS debtor_kind,
              coalesce((SELECT json_agg(json_build_object(
                        'reference', cl.reference, 'contract_subject', cl.contract_subject, 'contract_date', cl.contract_date::text)
                        ORDER BY cl.reference)
                  FROM claims cl WHERE cl.case_id = c.id), '[]'::json) AS claims
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id JOIN debtors d ON d.id = c.debtor_id
        WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    return rows.map((r) => ({
      caseId: r.case_id, country: r.country, debtorKind: r.debtor_kind,
      claims: r.claims.map((cl) => ({ reference: cl.reference, contractSubject: cl.contract_subject, contractDate: cl.contract_date })),
    }));
  }
}
