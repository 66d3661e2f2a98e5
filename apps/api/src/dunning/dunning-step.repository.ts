import { Injectable } from '@nestjs/common';
import type {
  BalanceFee, BalancePayment, CaseStatus, CentralDunningCourt, Country, DebtorKind, DunningStage, DunningStrategy, IsoDate,
} from '@mahnwerk/domain';
import { caseDisputed } from './dunning-run.repository.js';
import type { Queryable } from '../database/queryable.js';
import type { CreditorStrategyRow } from './transitions.js';

interface StepSnapshotRow {
  disputed: boolean;
  stage: DunningStage | null;
  stage_entered_on: string;
  status: CaseStatus;
  currency: string;
  creditor_id: string;
  country: Country;
  dunning_strategy: DunningStrategy | null;
  debtor_kind: DebtorKind;
  in_court: boolean;
  court: CentralDunningCourt | null;
  order_served_on: string | null;
  objection_filed_on: string | null;
  enforcement_served_on: string | null;
  enforcement_objection_filed_on: string | null;
  placed_at: string;
  letter_language: string;
  creditor_reminders: number;
  reminder_steps: { stage: string; on: string }[];
}

/** What the per-case step of one case needs besides its balance, read under the case's row lock. */
export interface StepSnapshot {
  stage: DunningStage | null;
  stageEnteredOn: IsoDate;
  status: CaseStatus;
  currency: string;
  country: Country;
  debtorKind: DebtorKind;
  creditor: CreditorStrategyRow;
  inCourt: boolean;
  /** The day the case was placed: the agency received the mandate (RVG 60(1)). */
  placedOn: IsoDate;
  /** Reminders the creditor sent before placing the case (the least of its claims' `reminders_sent`). */
  creditorRemindersSent: number;
  /** The debtor disputed the claim (a dispute open or rejected): the fees of a disputed claim apply (VV 2300). */
  disputed: boolean;
  /** Mahnwerk's steps that charged a fee, with their day: the reminders with a fee among them count (renteloven 9b(2)). */
  feeSteps: { stage: DunningStage; on: IsoDate }[];
  court: {
    court: CentralDunningCourt | null;
    orderServedOn: IsoDate | null;
    objectionFiledOn: IsoDate | null;
    enforcementServedOn: IsoDate | null;
    enforcementObjectionFiledOn: IsoDate | null;
  };
}

const toStepSnapshot = (r: StepSnapshotRow): StepSnapshot => ({
  stage: r.stage, stageEnteredOn: r.stage_entered_on, status: r.status, currency: r.currency, country: r.country,
  debtorKind: r.debtor_kind,
  creditor: { id: r.creditor_id, country: r.country, dunning_strategy: r.dunning_strategy, letter_language: r.letter_language },
  inCourt: r.in_court,
  placedOn: r.placed_at,
  creditorRemindersSent: Number(r.creditor_reminders),
  disputed: r.disputed,
  feeSteps: r.reminder_steps.map((s) => ({ stage: s.stage as DunningStage, on: s.on })),
  court: {
    court: r.court, orderServedOn: r.order_served_on, objectionFiledOn: r.objection_filed_on,
    enforcementServedOn: r.enforcement_served_on, enforcementObjectionFiledOn: r.enforcement_objection_filed_on,
  },
});

interface ClaimRow {
  id: string; case_id: string; reference: string; principal_cents: number; invoice_date: string; due_date: string; default_date: string | null;
  claim_kind: 'goods_services' | 'other' | null; contract_subject: string | null; contract_date: string | null; due_date_fixed: boolean;
  arisen_on: string;
}
interface FeeRow { case_id: string; label: string; amount_cents: number; charged_on: string; collection_cost: boolean }
interface PaymentRow { case_id: string; amount_cents: number; received_at: string }

/** A claim as the balance and the letters read it. */
export interface ClaimRecord {
  id: string;
  reference: string;
  principalCents: number;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  /** The interest facts of the claim (BGB 288(2) kind, obligation date; renteloven 3(1)). */
  claimKind: 'goods_services' | 'other' | null;
  dueDateFixed: boolean;
  /** What the contract was about and when it was made (intake; RDG 13a(1) no. 2). */
  contractSubject: string | null;
  contractDate: IsoDate | null;
  /** The contract date, else the invoice date. */
  arisenOn: IsoDate;
}

/** The money of a case the domain's computeBalance reads, claims in due-date order. */
export interface CaseMoney {
  claims: ClaimRecord[];
  fees: BalanceFee[];
  payments: BalancePayment[];
}

interface StepRow { id: string; kpi_collector_id: string | null }
interface IdRow { id: string }

/** What the step of one case reads (its snapshot and money) and writes, in the step's transaction. */
@Injectable()
export class DunningStepRepository {
  /** Locks an open case or one with legal and reads what its step needs; null when it is neither. */
  async lockStepSnapshot(tx: Queryable, caseId: string): Promise<StepSnapshot | null> {
    const [row]: StepSnapshotRow[] = await tx.query(
      `SELECT c.stage, c.stage_entered_on, c.status, c.currency, cr.id AS creditor_id, cr.country, cr.dunning_strategy,
              d.kind AS debtor_kind, p.case_id IS NOT NULL AS in_court, p.court, p.order_served_on, p.objection_filed_on,
              p.enforcement_served_on, p.enforcement_objection_filed_on, c.placed_at, cr.letter_language,
              (SELECT coalesce(min(coalesce(cl.reminders_sent, 0)), 0) FROM claims cl WHERE cl.case_id = c.id)::int AS creditor_reminders,
              ${caseDisputed('c')} AS disputed,
              coalesce((SELECT json_agg(json_build_object('stage', s.to_stage, 'on', to_char(s.stepped_on, 'YYYY-MM-DD')) ORDER BY s.stepped_on)
                          FROM dunning_steps s WHERE s.case_id = c.id AND s.fee_cents > 0), '[]') AS reminder_steps
         FROM cases c
         JOIN creditors cr ON cr.id = c.creditor_id
         JOIN debtors d ON d.id = c.debtor_id
         LEFT JOIN court_proceedings p ON p.case_id = c.id
        WHERE c.id = $1 AND c.status IN ('OPEN', 'LEGAL') FOR UPDATE OF c`,
      [caseId],
    );
    return row ? toStepSnapshot(row) : null;
  }

  /**
   * Claims, fees and payments of cases, in the order computeBalance reads them (claims by due date
   * and reference, fees by charge date, payments by receipt), keyed by case id.
   */
  async moneyOfCases(tx: Queryable, caseIds: readonly string[]): Promise<Map<string, CaseMoney>> {
    const out = new Map<string, CaseMoney>(caseIds.map((id) => [id, { claims: [], fees: [], payments: [] }]));
    // One after another: a transaction's manager holds a single connection.
    const claims: ClaimRow[] = await tx.query(
      `SELECT id, case_id, reference, principal_cents, invoice_date, due_date, default_date, claim_kind, contract_subject, contract_date,
              due_date_fixed, coalesce(contract_date, invoice_date) AS arisen_on
         FROM claims WHERE case_id = ANY($1::uuid[]) ORDER BY due_date, reference`,
      [caseIds],
    );
    const fees: FeeRow[] = await tx.query(
      `SELECT case_id, label, amount_cents, charged_on, collection_cost FROM fees WHERE case_id = ANY($1::uuid[]) ORDER BY charged_on, created_at, id`,
      [caseIds],
    );
    const payments: PaymentRow[] = await tx.query(
      `SELECT case_id, amount_cents, received_at FROM payments WHERE case_id = ANY($1::uuid[]) ORDER BY received_at, created_at, id`,
      [caseIds],
    );
    for (const c of claims) {
      out.get(c.case_id)!.claims.push({
        id: c.id, reference: c.reference, principalCents: c.principal_cents, invoiceDate: c.invoice_date, dueDate: c.due_date,
        defaultDate: c.default_date, claimKind: c.claim_kind, dueDateFixed: c.due_date_fixed, arisenOn: c.arisen_on,
        contractSubject: c.contract_subject, contractDate: c.contract_date,
      });
    }
    for (const f of fees) {
      out.get(f.case_id)!.fees.push({ label: f.label, amountCents: f.amount_cents, chargedOn: f.charged_on, collectionCost: f.collection_cost });
    }
    for (const p of payments) out.get(p.case_id)!.payments.push({ amountCents: p.amount_cents, receivedOn: p.received_at });
    return out;
  }

  /**
   * Records a case's step of the run, credited to the collector holding the case now; null when the
   * case took this step already (a run resumed).
   */
  async insertStep(
    tx: Queryable,
    step: { runId: string; caseId: string; fromStage: string | null; toStage: string; channel: string; feeCents: number; steppedOn: IsoDate },
  ): Promise<{ kpiCollectorId: string | null } | null> {
    const [row]: StepRow[] = await tx.query(
      `INSERT INTO dunning_steps (run_id, case_id, from_stage, to_stage, channel, fee_cents, stepped_on, kpi_collector_id)
       SELECT $1::uuid, c.id, $3::text, $4::text, $5::text, $6::bigint, $7::date, c.last_assignee_id FROM cases c WHERE c.id = $2
       ON CONFLICT (case_id, to_stage) DO NOTHING RETURNING id, kpi_collector_id`,
      [step.runId, step.caseId, step.fromStage, step.toStage, step.channel, step.feeCents, step.steppedOn],
    );
    return row ? { kpiCollectorId: row.kpi_collector_id } : null;
  }

  /** One more stage move in the KPI read model (roll rates). */
  async addStageMove(
    tx: Queryable, move: { caseId: string; day: IsoDate; fromStage: string | null; toStage: string; collectorId: string | null },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO kpi_stage_moves AS k (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
       SELECT $2, c.creditor_id, c.currency, $5::uuid, $3, $4, 1 FROM cases c WHERE c.id = $1
       ON CONFLICT ON CONSTRAINT kpi_stage_moves_key DO UPDATE SET cases = k.cases + 1`,
      [move.caseId, move.day, move.fromStage, move.toStage, move.collectorId],
    );
  }

  /** Moves the case to its new stage, entered on `on`, with its fees added to the open balance. */
  async moveCase(tx: Queryable, caseId: string, toStage: string, on: IsoDate, feeCents: number): Promise<void> {
    await tx.query(
      `UPDATE cases SET stage = $2, stage_entered_on = $3, version = version + 1, updated_at = now(),
              open_cents = open_cents + $4 WHERE id = $1`,
      [caseId, toStage, on, feeCents],
    );
  }

  async chargeFee(
    tx: Queryable, caseId: string, fee: { label: string; amountCents: number; chargedOn: IsoDate; collectionCost: boolean },
  ): Promise<void> {
    await tx.query('INSERT INTO fees (case_id, label, amount_cents, charged_on, collection_cost) VALUES ($1, $2, $3, $4, $5)', [
      caseId, fee.label, fee.amountCents, fee.chargedOn, fee.collectionCost,
    ]);
  }

  /** Records the default dates the domain set on claims (by claim id). */
  async setDefaultDates(tx: Queryable, dates: readonly { claimId: string; defaultDate: IsoDate }[]): Promise<void> {
    if (dates.length === 0) return;
    await tx.query(
      `UPDATE claims cl SET default_date = d.default_date
         FROM unnest($1::uuid[], $2::date[]) AS d(id, default_date)
        WHERE cl.id = d.id AND cl.default_date IS NULL`,
      [dates.map((d) => d.claimId), dates.map((d) => d.defaultDate)],
    );
  }

  /** Queues the run's letter to the case's debtor and creditor (one per run, debtor and creditor); true if new. */
  async queueLetter(tx: Queryable, runId: string, caseId: string, writtenOn: IsoDate): Promise<boolean> {
    const rows: IdRow[] = await tx.query(
      `INSERT INTO letters (run_id, debtor_id, creditor_id, written_on)
       SELECT $1, c.debtor_id, c.creditor_id, $3 FROM cases c WHERE c.id = $2
       ON CONFLICT (run_id, debtor_id, creditor_id) DO NOTHING RETURNING id`,
      [runId, caseId, writtenOn],
    );
    return rows.length > 0;
  }

  /** Whether the case's debtor has their postal address marked unknown (letters are held). */
  async addressUnknown(tx: Queryable, caseId: string): Promise<boolean> {
    const rows: { address_unknown: boolean }[] = await tx.query(
      `SELECT d.address_unknown FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = $1`,
      [caseId],
    );
    return rows[0]?.address_unknown === true;
  }

  /** Queues the dunning e-mail of a step, when the debtor has an address; its outbox id if new. */
  async queueEmail(tx: Queryable, caseId: string, subject: string, toStage: string): Promise<string | null> {
    const rows: IdRow[] = await tx.query(
      `INSERT INTO outbox (kind, case_id, to_address, subject, body, dedupe_key)
       SELECT 'EMAIL', c.id, d.email, $2, 'Dunning notice for case ' || c.id, 'dunning:' || c.id || ':' || $3
         FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = $1 AND d.email IS NOT NULL
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [caseId, subject, toStage],
    );
    return rows[0]?.id ?? null;
  }

  /** Counts a per-case step on its run. */
  async countStep(tx: Queryable, runId: string, counts: { fees: number; emails: number; letters: number }): Promise<void> {
    await tx.query(
      `UPDATE dunning_runs SET advanced = advanced + 1, fees_charged = fees_charged + $2, emails = emails + $3,
              letters = letters + $4 WHERE id = $1`,
      [runId, counts.fees, counts.emails, counts.letters],
    );
  }
}
