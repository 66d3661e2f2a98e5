import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BROKEN_PROMISE_PRIORITY_BUMP, DEFAULT_DATE_RULES, FIRST_DUNNING_STAGE, isLocalizedText, untranslated, type IsoDate, type LocalizedText,
} from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { AGREEMENT_PAUSES_DUNNING } from '../agreements/agreements.repository.js';
import type { Queryable } from '../database/queryable.js';
import type { FeeBracket, Transition } from './transitions.js';

/**
 * The set-based statements of the dunning run: the stage steps of every case whose step is the
 * same for all (STEP_CASES), the candidates the domain steps one by one (PER_CASE_CANDIDATES) and
 * broken promises (BREAK_PROMISES). Each gets the domain's rules as parameters (transitions.ts,
 * defaultDateRulesParam, BROKEN_PROMISE_PRIORITY_BUMP); test/dunning-rules-parity compares them with
 * the domain functions on one fixture.
 */

/**
 * RDG 13a holds a German consumer's letter (the domain's letterBlockers): a claim of case `c`
 * without the contract's subject or date (no. 2), or no supervisory authority in force on `date`
 * (no. 8). Used by STEP_CASES, the per-case step and HELD_LETTER_CASES alike.
 */
export const rdg13aLetterHeld = (date: string): string => `(
  EXISTS (SELECT 1 FROM debtors hd JOIN creditors hc ON hc.id = c.creditor_id
           WHERE hd.id = c.debtor_id AND hd.kind = 'consumer' AND hc.country = 'DE')
  AND (NOT EXISTS (SELECT 1 FROM supervisory_authorities sa WHERE sa.valid_from <= ${date})
       OR EXISTS (SELECT 1 FROM claims hcl WHERE hcl.case_id = c.id
                   AND (hcl.contract_date IS NULL OR btrim(coalesce(hcl.contract_subject, '')) = ''))))`;

/**
 * The debtor disputed a claim of case `alias` (a dispute open or rejected, holds/): its German agency
 * costs are priced as for a disputed claim (VV 2300 Anm. 2 does not cap them), so the set-based steps
 * priced by value leave it to the per-case step, which passes `disputed` to the domain.
 */
export const caseDisputed = (alias: string): string =>
  `EXISTS (SELECT 1 FROM disputes dsp WHERE dsp.case_id = ${alias}.id AND dsp.status IN ('OPEN', 'REJECTED'))`;

/**
 * One set-based step of the dunning run: up to `$4` open cases whose wait in their stage is over
 * move one stage on, with their step record (which the case timeline shows), fee, e-mail, the
 * queued letter of their debtor and creditor, and their stage moves in the KPI read model, in one statement.
 * `stage_entered_on < $2` means a case moves at most once per run date; the statement is atomic,
 * so a run killed part-way leaves each case either fully stepped or untouched.
 *
 * $1 run id, $2 as-of date, $3 transitions as JSON, $4 chunk size, $5 value-dependent fee bands as JSON,
 * $6 the domain's default-date rules as JSON (defaultDateRulesParam).
 */
export const STEP_CASES = `
  WITH rules AS (
    SELECT * FROM jsonb_to_recordset($3::jsonb) AS r(
      creditor_id uuid, from_stage text, to_stage text, wait_days int, channel text, fee_cents bigint, fee_label text,
      fee_currency text, stage_label text, mode text, payment_window_days int, country text, priced_by_value boolean,
      fee_max_prior int, reminder_stages text)
    WHERE r.mode = 'SET'
  ),
  bands AS (
    SELECT * FROM jsonb_to_recordset($5::jsonb) AS b(
      creditor_id uuid, from_stage text, to_stage text, placed_from date, placed_until date, deadline_days int,
      upto_cents bigint, fee_cents bigint, fee_label text, fee_currency text)
  ),
  picked AS (
    SELECT c.id, c.stage AS from_stage, c.debtor_id, c.creditor_id, c.currency, c.last_assignee_id, r.to_stage, r.channel,
           -- A fee in a currency (the Danish DKK fees, German agency costs in EUR) is charged only on cases
           -- in that currency (the domain's FEE_RULE_CURRENCY).
           -- Danish reminder fees: a fee for at most fee_max_prior reminders per debt (renteloven 9b(2)),
           -- counting the creditor's own before the placement and Mahnwerk's with a fee (checkReminderFeeDK).
           CASE WHEN (r.fee_currency IS NULL OR r.fee_currency = c.currency) AND (r.fee_max_prior IS NULL OR prior.n < r.fee_max_prior)
                THEN r.fee_cents ELSE 0 END
             + coalesce(band.fee_cents, 0) AS fee_cents,
           CASE WHEN band.fee_cents > 0 THEN band.fee_label ELSE r.fee_label END AS fee_label,
           -- The value bands are the German agency's costs of legal pursuit (BGB 288(5) sentence 3 credits against them).
           coalesce(band.fee_cents > 0, false) AS collection_cost, r.stage_label, r.payment_window_days, r.country
      FROM cases c
      JOIN rules r ON r.creditor_id = c.creditor_id AND r.from_stage = c.stage
      -- The reminders sent for the case's debts (a case's letter reminds of all its claims: the claim the
      -- creditor reminded least often) and Mahnwerk's reminders with a fee, as the domain's snapshot counts them.
      LEFT JOIN LATERAL (
        SELECT (SELECT coalesce(min(coalesce(cl.reminders_sent, 0)), 0) FROM claims cl WHERE cl.case_id = c.id)
             + (SELECT count(*) FROM dunning_steps s
                 WHERE s.case_id = c.id AND s.fee_cents > 0 AND s.to_stage = ANY(string_to_array(r.reminder_stages, ','))) AS n
         WHERE r.fee_max_prior IS NOT NULL
      ) prior ON true
      -- Value-dependent costs: the band of the principal still open (all of it before any payment;
      -- the open balance when only costs and interest are left), as the domain's nextDunningStep values it.
      LEFT JOIN LATERAL (
        SELECT coalesce(c.principal_open_cents, (SELECT sum(principal_cents) FROM claims WHERE case_id = c.id)) AS principal
         WHERE r.priced_by_value
      ) v ON true
      -- RVG 60(1): the bands of the law in force on the day the case was placed (the mandate).
      LEFT JOIN LATERAL (
        SELECT b.fee_cents,
               CASE WHEN b.deadline_days IS NULL THEN b.fee_label
                    ELSE replace(replace(b.fee_label, '{deadline}', to_char(c.stage_entered_on + b.deadline_days, 'YYYY-MM-DD')),
                                 '{deadline.dmy}', to_char(c.stage_entered_on + b.deadline_days, 'DD.MM.YYYY')) END AS fee_label
          FROM bands b
         WHERE r.priced_by_value AND b.creditor_id = c.creditor_id AND b.to_stage = r.to_stage
           AND (b.from_stage IS NULL OR b.from_stage = c.stage)
           AND c.placed_at >= b.placed_from AND (b.placed_until IS NULL OR c.placed_at < b.placed_until)
           AND (b.fee_currency IS NULL OR b.fee_currency = c.currency)
           AND b.upto_cents >= CASE WHEN v.principal > 0 THEN v.principal ELSE greatest(c.open_cents, 1) END
         ORDER BY b.upto_cents LIMIT 1
      ) band ON true
     WHERE c.status = 'OPEN'
       AND c.open_cents > 0
       -- Written as ranges over cases_dunning_idx (creditor, stage, date): only due cases are read.
       AND c.stage_entered_on < $2::date
       AND c.stage_entered_on <= $2::date - r.wait_days
       -- A letter step waits while the debtor's address is unknown: a reminder that cannot reach the
       -- debtor neither puts them in default (BGB 286) nor earns its fee (renteloven 9b), so the case
       -- stays in its stage until the address is known again.
       AND NOT (r.channel = 'LETTER' AND EXISTS (SELECT 1 FROM debtors d WHERE d.id = c.debtor_id AND d.address_unknown))
       -- A German consumer's letter waits while RDG 13a's required statements are missing
       -- (HELD_LETTER_CASES records why, per case, on the run).
       AND NOT (r.channel = 'LETTER' AND ${rdg13aLetterHeld('$2::date')})
       -- A disputed claim's agency costs are priced case by case (PER_CASE_CANDIDATES).
       AND NOT (r.priced_by_value AND ${caseDisputed('c')})
       -- An open promise or a running plan holds the dunning: no step, no fee, no letter (dunningPausedByAgreement).
       AND NOT ${AGREEMENT_PAUSES_DUNNING}
     LIMIT $4
       FOR UPDATE OF c SKIP LOCKED
  ),
  moved AS (
    UPDATE cases c
       SET stage = p.to_stage, stage_entered_on = $2::date, version = c.version + 1, updated_at = now(),
           open_cents = c.open_cents + p.fee_cents
      FROM picked p
     WHERE c.id = p.id
    RETURNING c.id
  ),
  steps AS (
    INSERT INTO dunning_steps (run_id, case_id, from_stage, to_stage, channel, fee_cents, stepped_on, kpi_collector_id)
    SELECT $1, p.id, p.from_stage, p.to_stage, p.channel, p.fee_cents, $2::date, p.last_assignee_id FROM picked p
    RETURNING case_id
  ),
  -- The first dunning letter's deadline puts the debtor in default where the domain's rules say so
  -- (defaultDateSetByDunning over DEFAULT_DATE_RULES, BGB 286(1)): a deadline after the due date,
  -- earlier than the 30-day rule where that applies, on claims without a recorded default date.
  defaulted AS (
    UPDATE claims cl SET default_date = $2::date + p.payment_window_days
      FROM picked p
      JOIN debtors d ON d.id = p.debtor_id
      JOIN jsonb_to_recordset($6::jsonb) AS dr(
             country text, debtor_kind text, first_dunning_stage text, after_due_days int, dunning_deadline_defaults boolean)
        ON dr.country = p.country AND dr.debtor_kind = d.kind AND dr.first_dunning_stage = p.to_stage
     WHERE cl.case_id = p.id AND dr.dunning_deadline_defaults AND cl.default_date IS NULL
       AND $2::date + p.payment_window_days > cl.due_date
       AND (dr.after_due_days IS NULL OR $2::date + p.payment_window_days < cl.due_date + dr.after_due_days)
    RETURNING cl.id
  ),
  fees AS (
    INSERT INTO fees (case_id, label, amount_cents, charged_on, collection_cost)
    SELECT p.id, p.fee_label, p.fee_cents, $2::date, p.collection_cost FROM picked p WHERE p.fee_cents > 0
    RETURNING case_id
  ),
  mails AS (
    INSERT INTO outbox (kind, case_id, to_address, subject, body, dedupe_key)
    SELECT 'EMAIL', p.id, d.email, p.stage_label, 'Dunning notice for case ' || p.id, 'dunning:' || p.id || ':' || p.to_stage
      FROM picked p JOIN debtors d ON d.id = p.debtor_id
     WHERE p.channel = 'EMAIL' AND d.email IS NOT NULL
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING id, case_id
  ),
  -- The KPI read model of stage moves (roll rates), grouped: a handful of rows per chunk. A step is
  -- credited to the collector holding the case when it is taken, as its dunning_steps row says.
  stage_moves AS (
    INSERT INTO kpi_stage_moves AS k (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
    SELECT $2::date, p.creditor_id, p.currency, p.last_assignee_id, p.from_stage, p.to_stage, count(*)::int
      FROM picked p
     GROUP BY p.creditor_id, p.currency, p.last_assignee_id, p.from_stage, p.to_stage
     ORDER BY p.creditor_id, p.currency, p.last_assignee_id, p.from_stage, p.to_stage
    ON CONFLICT ON CONSTRAINT kpi_stage_moves_key DO UPDATE SET cases = k.cases + excluded.cases
    RETURNING 1
  ),
  -- One consolidated letter per debtor and creditor, written once the run is done (LetterWriterService).
  queued AS (
    INSERT INTO letters (run_id, debtor_id, creditor_id, written_on)
    SELECT DISTINCT $1::uuid, p.debtor_id, p.creditor_id, $2::date FROM picked p WHERE p.channel = 'LETTER'
    ON CONFLICT (run_id, debtor_id, creditor_id) DO NOTHING
    RETURNING id
  ),
  tally AS (
    UPDATE dunning_runs
       SET advanced = advanced + (SELECT count(*) FROM moved),
           fees_charged = fees_charged + (SELECT count(*) FROM fees),
           emails = emails + (SELECT count(*) FROM mails),
           letters = letters + (SELECT count(*) FROM queued)
     WHERE id = $1
    RETURNING id
  )
  SELECT (SELECT count(*) FROM moved)::int AS advanced,
         -- The e-mails queued: the service writes their bodies with the payment details (DunningEmailWriter).
         (SELECT coalesce(array_agg(id), '{}') FROM mails) AS mail_ids,
         (SELECT count(*) FROM steps)::int + (SELECT count(*) FROM tally)::int
           + (SELECT count(*) FROM defaulted)::int + (SELECT count(*) FROM stage_moves)::int AS writes`;

/**
 * Cases due for a letter step that RDG 13a holds ($1 as-of, $2 transitions, $3 limit), with what the
 * domain's letterBlockers needs to say why: creditor country, debtor kind, each claim's contract subject and date.
 */
export const HELD_LETTER_CASES = `
  SELECT c.id, cr.country, d.kind AS debtor_kind,
         coalesce((SELECT json_agg(json_build_object(
                   'reference', cl.reference, 'contract_subject', cl.contract_subject, 'contract_date', cl.contract_date::text)
                   ORDER BY cl.reference)
             FROM claims cl WHERE cl.case_id = c.id), '[]'::json) AS claims
    FROM cases c
    JOIN jsonb_to_recordset($2::jsonb) AS r(creditor_id uuid, from_stage text, wait_days int, channel text)
      ON r.creditor_id = c.creditor_id AND r.from_stage = c.stage AND r.channel = 'LETTER'
    JOIN creditors cr ON cr.id = c.creditor_id
    JOIN debtors d ON d.id = c.debtor_id
   WHERE c.status = 'OPEN' AND c.open_cents > 0 AND NOT d.address_unknown
     AND c.stage_entered_on < $1::date AND c.stage_entered_on + r.wait_days <= $1::date
     AND ${rdg13aLetterHeld('$1::date')}
   ORDER BY c.id
   LIMIT $3`;

/**
 * Cases due for a stage whose step the domain decides case by case ($1 as-of, $2 transitions,
 * $3 limit, $4 after this id). Besides open cases, a case with legal in the German court dunning
 * procedure (status LEGAL, a court_proceedings row) still takes its court-bound step: enforcement
 * once the enforcement order was served (nextDunningStep decides).
 */
export const PER_CASE_CANDIDATES = `
  SELECT c.id
    FROM cases c
    JOIN jsonb_to_recordset($2::jsonb) AS r(
           creditor_id uuid, from_stage text, wait_days int, mode text, requires_enforcement_order boolean, priced_by_value boolean)
      ON r.creditor_id = c.creditor_id AND r.from_stage = c.stage
     AND (r.mode = 'PER_CASE' OR (r.priced_by_value AND ${caseDisputed('c')}))
   WHERE (c.status = 'OPEN' OR (c.status = 'LEGAL' AND EXISTS (SELECT 1 FROM court_proceedings p WHERE p.case_id = c.id)))
     AND (NOT r.requires_enforcement_order OR EXISTS (
           SELECT 1 FROM court_proceedings p WHERE p.case_id = c.id AND p.enforcement_served_on IS NOT NULL))
     AND c.stage_entered_on < $1::date AND c.stage_entered_on + r.wait_days <= $1::date
     AND c.id > $4::uuid
     -- An open promise or a running plan holds the dunning (dunningPausedByAgreement).
     AND NOT ${AGREEMENT_PAUSES_DUNNING}
   ORDER BY c.id
   LIMIT $3`;

/**
 * Promises and installments past their grace days are broken; their cases come back to the queue
 * at the clock's time $6 (the timeline shows a broken promise from the promises table). Counted on
 * the run ($3) in the same statement, so a run that dies later keeps the count. $1 as-of date, $2 grace
 * days, $4 and $5 the broken-promise part's default maximum and cap, $7 the highest priority.
 */
export const BREAK_PROMISES = `
  WITH broken AS (
    UPDATE promises p SET status = 'BROKEN', resolved_at = $6::timestamptz
      FROM cases c
     -- The domain's isPromiseBroken: not paid in full, and the due date plus the grace days has passed.
     WHERE c.id = p.case_id AND p.status = 'OPEN' AND p.paid_cents < p.amount_cents AND p.due_date + $2::int < $1::date
       AND c.status = 'OPEN'
    RETURNING p.case_id, p.due_date, p.amount_cents, p.paid_cents, c.creditor_id, c.currency, p.kpi_collector_id
  ),
  -- The KPI read model by due day, grouped (the run sets mahnwerk.promises_in_read_models, so the
  -- promises trigger leaves these rows to it): one more broken, one fewer open, its open amount gone,
  -- under the collector the promise is credited to (promises.kpi_collector_id).
  read_model AS (
    SELECT kpi_add_daily(ARRAY(
      SELECT ROW(b.due_date, b.creditor_id, b.currency, b.kpi_collector_id, 0, 0, 0, 0, count(*)::int, -count(*)::int, 0, 0,
                 0, 0, 0, 0, 0, -sum(b.amount_cents - b.paid_cents)::bigint, 0)::kpi_daily
        FROM broken b GROUP BY b.due_date, b.creditor_id, b.currency, b.kpi_collector_id), true) AS done
  ),
  -- The broken-promise part of the priority grows as the domain's brokenPromiseEffect says: the
  -- creditor's maximum (default $4) times the broken promises counted up to $5, over $5; at most $7.
  requeued AS (
    UPDATE cases c
       SET next_action_at = $6::timestamptz, version = c.version + 1, updated_at = now(),
           priority = least($7::int, c.priority
             + round(w.max * least(prev.k + nb.n, $5::int) / $5::numeric) - round(w.max * least(prev.k, $5::int) / $5::numeric))
      FROM (SELECT case_id, count(*)::int AS n FROM broken GROUP BY case_id) nb
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS k FROM promises p WHERE p.case_id = nb.case_id AND p.status = 'BROKEN'
      ) prev
      CROSS JOIN LATERAL (
        SELECT coalesce((cr.priority_weights->>'brokenPromises')::int, $4::int) AS max
          FROM cases cc JOIN creditors cr ON cr.id = cc.creditor_id WHERE cc.id = nb.case_id
      ) w
     WHERE c.id = nb.case_id
    RETURNING c.id, c.assignee_id
  ),
  tally AS (
    UPDATE dunning_runs SET promises_broken = promises_broken + (SELECT count(*) FROM broken) WHERE id = $3 RETURNING id
  )
  SELECT (SELECT count(*) FROM broken)::int AS broken,
         coalesce((SELECT json_agg(json_build_object('caseId', id, 'collectorId', assignee_id))
                     FROM requeued WHERE assignee_id IS NOT NULL), '[]') AS assigned,
         (SELECT count(*) FROM tally)::int + (SELECT count(*) FROM read_model)::int AS writes`;

/** A row of the domain's default-date rules as STEP_CASES reads it ($6). */
export interface DefaultDateRuleRow {
  country: string;
  debtor_kind: string;
  first_dunning_stage: string;
  /** Null: the 30-day rule needs an invoice note, which claims do not record, so it does not apply. */
  after_due_days: number | null;
  dunning_deadline_defaults: boolean;
}

/** DEFAULT_DATE_RULES as the parameter STEP_CASES receives. */
export function defaultDateRulesParam(): DefaultDateRuleRow[] {
  return DEFAULT_DATE_RULES.map((r) => ({
    country: r.country,
    debtor_kind: r.debtorKind,
    first_dunning_stage: FIRST_DUNNING_STAGE,
    after_due_days: r.afterDueNeedsInvoiceNote ? null : r.afterDueDays,
    dunning_deadline_defaults: r.dunningDeadlineDefaults,
  }));
}

/** The parameters of STEP_CASES, in order. */
export function stepCasesParams(
  runId: string, asOf: IsoDate, transitions: readonly Transition[], chunk: number, feeBands: readonly FeeBracket[],
): unknown[] {
  return [runId, asOf, JSON.stringify(transitions), chunk, JSON.stringify(feeBands), JSON.stringify(defaultDateRulesParam())];
}

interface StepCasesRow { advanced: number; mail_ids: string[]; writes: number }
interface CandidateRow { id: string }
interface HeldRow {
  id: string;
  country: 'DE' | 'DK';
  debtor_kind: 'consumer' | 'business';
  claims: { reference: string; contract_subject: string | null; contract_date: string | null }[];
}

/** A case whose letter RDG 13a holds, with the facts of its claims. */
/** Why a run held a case's letter, in every language (English only for holds recorded before). */
export interface RunHold {
  caseId: string;
  reason: LocalizedText;
}

export interface HeldLetterCase {
  caseId: string;
  country: 'DE' | 'DK';
  debtorKind: 'consumer' | 'business';
  claims: { reference: string; contractSubject: string | null; contractDate: IsoDate | null }[];
}
interface BreakPromisesRow { broken: number; assigned: { caseId: string; collectorId: string }[]; writes: number }

export interface BrokenPromises {
  broken: number;
  /** Cases with an assignee whose priority and next action changed: their queues hear of it. */
  assigned: { caseId: string; collectorId: string }[];
}

@Injectable()
export class DunningRunRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Steps up to `chunk` due cases set-based (STEP_CASES); returns how many moved and the e-mails it queued. */
  async stepCases(
    tx: Queryable, runId: string, asOf: IsoDate, transitions: readonly Transition[], chunk: number, feeBands: readonly FeeBracket[],
  ): Promise<{ advanced: number; mailIds: string[] }> {
    const [row]: StepCasesRow[] = await tx.query(STEP_CASES, stepCasesParams(runId, asOf, transitions, chunk, feeBands));
    return { advanced: row!.advanced, mailIds: row!.mail_ids };
  }

  /** Up to `limit` cases due for a letter step that RDG 13a holds (HELD_LETTER_CASES). */
  async heldLetterCases(asOf: IsoDate, transitions: readonly Transition[], limit: number, tx: Queryable = this.db): Promise<HeldLetterCase[]> {
    const rows: HeldRow[] = await tx.query(HELD_LETTER_CASES, [asOf, JSON.stringify(transitions), limit]);
    return rows.map((r) => ({
      caseId: r.id, country: r.country, debtorKind: r.debtor_kind,
      claims: r.claims.map((cl) => ({ reference: cl.reference, contractSubject: cl.contract_subject, contractDate: cl.contract_date })),
    }));
  }

  /** Records why the run did not send these cases their letter (dunning_run_holds), in every language. */
  async recordHolds(tx: Queryable, runId: string, holds: readonly { caseId: string; reason: LocalizedText }[]): Promise<void> {
    if (holds.length === 0) return;
    await tx.query(
      `INSERT INTO dunning_run_holds (run_id, case_id, reason, reason_texts)
       SELECT $1, h.case_id, h.reason_texts->>'en', h.reason_texts FROM unnest($2::uuid[], $3::jsonb[]) AS h(case_id, reason_texts)
       ON CONFLICT DO NOTHING`,
      [runId, holds.map((h) => h.caseId), holds.map((h) => JSON.stringify(h.reason))],
    );
  }

  /** Whether RDG 13a holds this case's letter on `asOf` (the per-case step's check). */
  async letterHeld(tx: Queryable, caseId: string, asOf: IsoDate): Promise<boolean> {
    const rows: { held: boolean }[] = await tx.query(`SELECT ${rdg13aLetterHeld('$2::date')} AS held FROM cases c WHERE c.id = $1`, [caseId, asOf]);
    return rows[0]?.held === true;
  }

  /** Why runs did not send cases their letters: per run, case and reason (at most `limit` per run). */
  async holdsOfRuns(runIds: readonly string[], limit: number, tx: Queryable = this.db): Promise<Map<string, RunHold[]>> {
    const out = new Map<string, RunHold[]>(runIds.map((id) => [id, []]));
    if (runIds.length === 0) return out;
    const rows: { run_id: string; case_id: string; reason: string; reason_texts: unknown }[] = await tx.query(
      `SELECT h.run_id, h.case_id, h.reason, h.reason_texts
         FROM unnest($1::uuid[]) AS r(id)
         CROSS JOIN LATERAL (SELECT * FROM dunning_run_holds h WHERE h.run_id = r.id ORDER BY h.case_id, h.reason LIMIT $2) h`,
      [runIds, limit],
    );
    for (const r of rows) {
      out.get(r.run_id)?.push({ caseId: r.case_id, reason: isLocalizedText(r.reason_texts) ? r.reason_texts : untranslated(r.reason) });
    }
    return out;
  }

  /** How many cases each run held. */
  async heldCounts(runIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, number>> {
    const rows: { run_id: string; n: number }[] = await tx.query(
      `SELECT run_id, count(DISTINCT case_id)::int AS n FROM dunning_run_holds WHERE run_id = ANY($1::uuid[]) GROUP BY run_id`,
      [runIds],
    );
    return new Map(rows.map((r) => [r.run_id, r.n]));
  }

  /** Up to `limit` ids of cases due for a per-case step, after `after` in id order (PER_CASE_CANDIDATES). */
  async perCaseCandidates(
    asOf: IsoDate, transitions: readonly Transition[], limit: number, after: string, tx: Queryable = this.db,
  ): Promise<string[]> {
    const rows: CandidateRow[] = await tx.query(PER_CASE_CANDIDATES, [asOf, JSON.stringify(transitions), limit, after]);
    return rows.map((r) => r.id);
  }

  /**
   * Breaks the promises past their grace days as of `asOf` (BREAK_PROMISES) at the clock's `now`,
   * counts them on the run and raises their cases' priority.
   */
  async breakPromises(tx: Queryable, runId: string, asOf: IsoDate, graceDays: number, now: Date): Promise<BrokenPromises> {
    const { defaultMaxPoints, cap, priorityMax } = BROKEN_PROMISE_PRIORITY_BUMP;
    const [row]: BreakPromisesRow[] = await tx.query(BREAK_PROMISES, [asOf, graceDays, runId, defaultMaxPoints, cap, now, priorityMax]);
    return { broken: row!.broken, assigned: row!.assigned };
  }

  /** The highest dunning step id so far: the steps a preview takes are those after it. */
  async lastStepId(tx: Queryable): Promise<number> {
    const [row]: { id: string | null }[] = await tx.query('SELECT max(id) AS id FROM dunning_steps');
    return Number(row?.id ?? 0);
  }

  /**
   * The steps of run `runId` after step `afterId` (what a preview took in its transaction): counted per
   * stage transition, channel and currency with their fees, and the first `sample` of them by case.
   */
  async stepsTaken(tx: Queryable, runId: string, afterId: number, sample: number): Promise<StepsTaken> {
    const groups: { from_stage: string; to_stage: string; channel: string; currency: string; cases: number; fee_cents: string }[] = await tx.query(
      `SELECT s.from_stage, s.to_stage, s.channel, c.currency, count(*)::int AS cases, sum(s.fee_cents)::bigint AS fee_cents
         FROM dunning_steps s JOIN cases c ON c.id = s.case_id
        WHERE s.run_id = $1 AND s.id > $2
        GROUP BY s.from_stage, s.to_stage, s.channel, c.currency
        ORDER BY s.from_stage, s.to_stage, s.channel, c.currency`,
      [runId, afterId],
    );
    const rows: { case_id: string; from_stage: string; to_stage: string; channel: string; currency: string; fee_cents: string }[] = await tx.query(
      `SELECT s.case_id, s.from_stage, s.to_stage, s.channel, c.currency, s.fee_cents
         FROM dunning_steps s JOIN cases c ON c.id = s.case_id
        WHERE s.run_id = $1 AND s.id > $2
        ORDER BY s.case_id LIMIT $3`,
      [runId, afterId, sample],
    );
    return {
      transitions: groups.map((g) => ({
        fromStage: g.from_stage, toStage: g.to_stage, channel: g.channel, currency: g.currency, cases: g.cases, feeCents: Number(g.fee_cents),
      })),
      sample: rows.map((r) => ({
        caseId: r.case_id, fromStage: r.from_stage, toStage: r.to_stage, channel: r.channel, currency: r.currency, feeCents: Number(r.fee_cents),
      })),
    };
  }
}

/** What a preview's steps were: per transition and a sample of cases. */
export interface StepsTaken {
  transitions: { fromStage: string; toStage: string; channel: string; currency: string; cases: number; feeCents: number }[];
  sample: { caseId: string; fromStage: string; toStage: string; channel: string; currency: string; feeCents: number }[];
}
