import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PRIORITY_WEIGHTS, calendarDateIn, casePriority, compareDates, computeBalance, daysBetween, limitationDate,
  openPrincipalCents, priorityParts, validatePriorityWeights, type Balance, type Country, type IsoDate, type LimitationSuspension,
  type PriorityInput, type PriorityPart, type PriorityWeights,
} from '@mahnwerk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import type { CaseEntity } from './case.entity.js';
import { ClaimEntity } from './claim.entity.js';
import { FeeEntity } from './fee.entity.js';

/** Outcomes of a contact attempt (the debtor was called, reached or not). */
export const CONTACT_OUTCOMES = ['NO_CONTACT', 'RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'CALLBACK'] as const;
/** Contact outcomes in which the debtor was reached. */
const REACHED_OUTCOMES = ['RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'CALLBACK'];
/** Window of the outcome history part. */
export const OUTCOME_HISTORY_DAYS = 30;

/**
 * Everything the priority of a batch of cases needs, in one statement: the cached open balance,
 * broken promises and missed installments, last contact, recent outcomes, claims and payments
 * (for limitation), the court procedure's open deadlines and the creditor's weights.
 */
const PRIORITY_SNAPSHOT = `
  SELECT c.id, c.stage, c.open_cents, c.currency, c.oldest_due_date, c.next_action_at,
         cr.country, cr.time_zone, cr.priority_weights,
         (SELECT count(*)::int FROM promises p
           WHERE p.case_id = c.id AND (p.status = 'BROKEN' OR (p.status = 'OPEN' AND p.due_date < $3::date))) AS broken,
         (SELECT max(a.occurred_at) FROM activities a WHERE a.case_id = c.id AND a.outcome = ANY($4::text[])) AS last_contact_at,
         (SELECT count(*)::int FROM activities a
           WHERE a.case_id = c.id AND a.outcome = 'NO_CONTACT' AND a.occurred_at > $2::timestamptz - make_interval(days => $6)) AS no_contact,
         (SELECT count(*)::int FROM activities a
           WHERE a.case_id = c.id AND a.outcome = ANY($5::text[]) AND a.occurred_at > $2::timestamptz - make_interval(days => $6)) AS reached,
         (SELECT count(*)::int FROM promises p
           WHERE p.case_id = c.id AND p.status = 'KEPT' AND p.resolved_at > $2::timestamptz - make_interval(days => $6)) AS kept,
         (SELECT coalesce(json_agg(cl.due_date ORDER BY cl.due_date), '[]') FROM claims cl WHERE cl.case_id = c.id) AS due_dates,
         (SELECT coalesce(json_agg(DISTINCT p.received_at), '[]') FROM payments p WHERE p.case_id = c.id) AS payment_dates,
         cp.order_served_on, cp.objection_deadline, cp.objection_filed_on, cp.enforcement_application_deadline,
         cp.enforcement_applied_on, cp.enforcement_objection_deadline, cp.enforcement_objection_filed_on
    FROM cases c
    JOIN creditors cr ON cr.id = c.creditor_id
    LEFT JOIN court_proceedings cp ON cp.case_id = c.id
   WHERE c.id = ANY($1::uuid[])`;

interface SnapshotRow {
  id: string;
  stage: PriorityInput['stage'];
  open_cents: number;
  currency: string;
  oldest_due_date: string;
  next_action_at: Date | null;
  country: Country;
  time_zone: string;
  priority_weights: PriorityWeights | null;
  broken: number;
  last_contact_at: Date | null;
  no_contact: number;
  reached: number;
  kept: number;
  due_dates: string[];
  payment_dates: string[];
  order_served_on: string | null;
  objection_deadline: string | null;
  objection_filed_on: string | null;
  enforcement_application_deadline: string | null;
  enforcement_applied_on: string | null;
  enforcement_objection_deadline: string | null;
  enforcement_objection_filed_on: string | null;
}

/** The priority input of one case and the weights it is scored with. */
export interface PrioritySnapshot {
  input: PriorityInput;
  weights: PriorityWeights;
}

/** A creditor's weights: the stored ones when valid, else the domain's defaults. */
export function creditorWeights(stored: PriorityWeights | null | undefined): PriorityWeights {
  return stored && validatePriorityWeights(stored).length === 0 ? stored : { ...DEFAULT_PRIORITY_WEIGHTS };
}

/** Loads a case's money snapshot and asks the domain for its balance and priority. */
@Injectable()
export class CaseFiguresService {
  constructor(private readonly clock: Clock) {}

  today(c: CaseEntity): IsoDate {
    return calendarDateIn(this.clock.now(), c.creditor.timeZone);
  }

  async balance(
    manager: EntityManager,
    c: CaseEntity,
    asOf: IsoDate = this.today(c),
    options: { lineDetails?: boolean } = {},
  ): Promise<Balance> {
    // One after another: inside a transaction `manager` holds a single connection, and pg does not
    // allow overlapping queries on one client (deprecated in pg 8, removed in pg 9).
    const claims = await manager.find(ClaimEntity, { where: { caseId: c.id }, order: { dueDate: 'ASC', reference: 'ASC' } });
    const fees = await manager.find(FeeEntity, { where: { caseId: c.id }, order: { chargedOn: 'ASC' } });
    const payments = await manager.find(PaymentEntity, { where: { caseId: c.id }, order: { receivedAt: 'ASC', createdAt: 'ASC' } });
    return computeBalance({
      country: c.creditor.country,
      debtorKind: c.debtor.kind,
      currency: c.currency,
      asOf,
      claims: claims.map((cl) => ({
        reference: cl.reference, principalCents: cl.principalCents, dueDate: cl.dueDate, defaultDate: cl.defaultDate,
      })),
      fees: fees.map((f) => ({ label: f.label, amountCents: f.amountCents, chargedOn: f.chargedOn })),
      payments: payments.map((p) => ({ amountCents: p.amountCents, receivedOn: p.receivedAt })),
    }, { lineDetails: options.lineDetails });
  }

  /**
   * Priority inputs of cases (one statement for the batch), keyed by case id. `today` is taken in
   * each creditor's zone; the open balance is the cached one.
   */
  async prioritySnapshots(manager: EntityManager, caseIds: readonly string[]): Promise<Map<string, PrioritySnapshot>> {
    const now = this.clock.now();
    const out = new Map<string, PrioritySnapshot>();
    if (caseIds.length === 0) return out;
    // Broken promises compare with "today"; the zones of a batch's creditors rarely differ, so the
    // batch is read per distinct creditor day.
    const zones: { time_zone: string }[] = await manager.query(
      `SELECT DISTINCT cr.time_zone FROM cases c JOIN creditors cr ON cr.id = c.creditor_id WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    const days = [...new Set(zones.map((z) => calendarDateIn(now, z.time_zone)))];
    for (const day of days) {
      const rows: SnapshotRow[] = await manager.query(PRIORITY_SNAPSHOT, [
        caseIds, now, day, CONTACT_OUTCOMES, REACHED_OUTCOMES, OUTCOME_HISTORY_DAYS,
      ]);
      for (const row of rows) {
        const today = calendarDateIn(now, row.time_zone);
        if (today !== day) continue;
        out.set(row.id, { input: priorityInput(row, today, now), weights: creditorWeights(row.priority_weights) });
      }
    }
    return out;
  }

  /** The parts of a case's priority as of now ("why this case now"). */
  async priorityParts(manager: EntityManager, caseId: string): Promise<PriorityPart[]> {
    const snapshot = (await this.prioritySnapshots(manager, [caseId])).get(caseId);
    return snapshot ? priorityParts(snapshot.input, snapshot.weights) : [];
  }

  /** Recomputes the cached open balance and priority after a change, in the change's transaction. */
  async refresh(manager: EntityManager, c: CaseEntity): Promise<{ balance: Balance; priority: number }> {
    const today = this.today(c);
    const balance = await this.balance(manager, c, today, { lineDetails: true });
    const openCents = Math.max(balance.totalCents, 0);
    await manager.query('UPDATE cases SET open_cents = $2, principal_open_cents = $3 WHERE id = $1', [
      c.id, openCents, openPrincipalCents(balance),
    ]);
    const snapshot = (await this.prioritySnapshots(manager, [c.id])).get(c.id)!;
    const priority = casePriority(snapshot.input, snapshot.weights);
    await manager.query('UPDATE cases SET priority = $2 WHERE id = $1', [c.id, priority]);
    return { balance, priority };
  }

  /**
   * Recomputes the priority of a creditor's open cases in batches, e.g. after its weights changed:
   * per batch one read of every input and one write, in its own transaction. Returns how many
   * cases were scored.
   */
  async recomputeCreditor(db: DataSource, creditorId: string, batchSize = 1000): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let total = 0;
    for (;;) {
      const ids: { id: string }[] = await db.query(
        `SELECT id FROM cases WHERE creditor_id = $1 AND status = 'OPEN' AND id > $2 ORDER BY id LIMIT $3`,
        [creditorId, after, batchSize],
      );
      if (ids.length === 0) return total;
      total += await db.transaction(async (manager) => {
        const snapshots = await this.prioritySnapshots(manager, ids.map((r) => r.id));
        const scored = [...snapshots].map(([id, s]) => [id, casePriority(s.input, s.weights)] as const);
        await manager.query(
          `UPDATE cases c SET priority = s.priority
             FROM unnest($1::uuid[], $2::int[]) AS s(id, priority)
            WHERE c.id = s.id AND c.priority IS DISTINCT FROM s.priority`,
          [scored.map(([id]) => id), scored.map(([, p]) => p)],
        );
        return scored.length;
      });
      after = ids.at(-1)!.id;
    }
  }
}

/** The domain's priority input from a snapshot row. */
function priorityInput(row: SnapshotRow, today: IsoDate, now: Date): PriorityInput {
  return {
    openCents: Number(row.open_cents),
    daysOverdue: Math.max(daysBetween(row.oldest_due_date, today), 0),
    stage: row.stage,
    brokenPromises: row.broken,
    callbackDue: row.next_action_at !== null && new Date(row.next_action_at) <= now,
    currency: row.currency,
    asOf: today,
    limitationDate: earliestLimitation(row),
    nextCourtDeadline: nextCourtDeadline(row, today),
    daysSinceLastContact: row.last_contact_at === null
      ? null
      : Math.max(0, daysBetween(calendarDateIn(new Date(row.last_contact_at), row.time_zone), today)),
    outcomeHistory: { noContact: row.no_contact, reached: row.reached, promisesKept: row.kept },
  };
}

/**
 * The earliest limitation date of the case's claims: each claim from its due date, every payment
 * an acknowledgement (BGB 212(1) no. 1; forældelsesloven 15), a served court dunning order a
 * suspension while the procedure goes on (BGB 204(1) no. 3).
 */
function earliestLimitation(row: SnapshotRow): IsoDate | null {
  const suspensions: LimitationSuspension[] = row.order_served_on
    ? [{ from: row.order_served_on, to: null, kind: 'COURT_PROCEEDINGS' }]
    : [];
  let earliest: IsoDate | null = null;
  for (const dueDate of row.due_dates) {
    const { limitationDate: date } = limitationDate(row.country, {
      arisenOn: dueDate,
      acknowledgements: row.payment_dates.filter((d) => compareDates(d, dueDate) >= 0),
      suspensions,
    });
    if (date !== null && (earliest === null || compareDates(date, earliest) < 0)) earliest = date;
  }
  return earliest;
}

/** The next court deadline still open on or after today (objection, enforcement application, objection to it). */
function nextCourtDeadline(row: SnapshotRow, today: IsoDate): IsoDate | null {
  const open = [
    row.objection_filed_on === null ? row.objection_deadline : null,
    row.objection_filed_on === null && row.enforcement_applied_on === null ? row.enforcement_application_deadline : null,
    row.enforcement_objection_filed_on === null ? row.enforcement_objection_deadline : null,
  ].filter((d): d is string => d !== null && compareDates(d, today) >= 0);
  return open.sort(compareDates)[0] ?? null;
}
