import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTACT_ATTEMPT_OUTCOMES, DEFAULT_PRIORITY_WEIGHTS, RIGHT_PARTY_OUTCOMES, addDays, calendarDateIn, caseLimitation, casePriority,
  callbackWindowText, compareDates, computeBalance, daysBetween, openPrincipalCents, portalRequestReasonText, priorityParts, validatePriorityWeights, type Balance,
  type CaseLimitation, type Country, type DebtorKind, type IsoDate, type LocalizedText, type LimitationSuspension, type PortalRequest, type PriorityInput, type PriorityPart,
  type PriorityWeights, type RateTables,
} from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { InterestRatesService } from '../interest-rates/interest-rates.service.js';
import type { Queryable } from '../database/queryable.js';
import {
  CaseFiguresRepository, type LimitationSnapshot, type PortalRequestRow, type PrioritySnapshotRow, type SnapshotVocabulary,
} from './case-figures.repository.js';
import {
  CaseDetailsRepository, type AdjustmentRecord, type CasePaymentRecord, type ClaimRecord, type FeeRecord,
} from './case-details.repository.js';

/** Window of the outcome history part. */
export const OUTCOME_HISTORY_DAYS = 30;

/**
 * The domain's vocabulary for the priority snapshot: contact attempts date the last contact, and
 * only right-party outcomes count as reaching the debtor (the same list as the contact rate KPI).
 */
export const PRIORITY_SNAPSHOT_VOCABULARY: SnapshotVocabulary = {
  contactAttemptOutcomes: CONTACT_ATTEMPT_OUTCOMES,
  rightPartyOutcomes: RIGHT_PARTY_OUTCOMES,
  historyDays: OUTCOME_HISTORY_DAYS,
};

/** The priority input of one case and the weights it is scored with. */
export interface PrioritySnapshot {
  input: PriorityInput;
  weights: PriorityWeights;
  /** The case's limitation as of today, by the domain. */
  limitation: CaseLimitation;
  /** The day the limitation changes without an event, or null. */
  limitationRefreshOn: IsoDate | null;
}

/** What a balance needs to know about the case itself. */
export interface BalanceSubject {
  id: string;
  currency: string;
  creditor: { country: Country; timeZone: string };
  debtor: { kind: DebtorKind };
}

/** The rows a case's balance is computed from. */
export interface BalanceInputs {
  claims: readonly ClaimRecord[];
  fees: readonly FeeRecord[];
  /** Oldest first. */
  payments: readonly CasePaymentRecord[];
  /** Write-offs and adjustments, oldest first; none when absent. */
  adjustments?: readonly AdjustmentRecord[];
}

/** A creditor's weights: the stored ones when valid, else the domain's defaults. */
export function creditorWeights(stored: PriorityWeights | null | undefined): PriorityWeights {
  return stored && validatePriorityWeights(stored).length === 0 ? stored : { ...DEFAULT_PRIORITY_WEIGHTS };
}

/** The domain's balance of a case from its loaded rows. */
export function caseBalance(
  c: BalanceSubject, inputs: BalanceInputs, asOf: IsoDate, options: { lineDetails?: boolean; rateTables?: RateTables } = {},
): Balance {
  return computeBalance({
    country: c.creditor.country,
    debtorKind: c.debtor.kind,
    currency: c.currency,
    asOf,
    claims: inputs.claims.map((cl) => ({
      reference: cl.reference, principalCents: cl.principalCents, dueDate: cl.dueDate, defaultDate: cl.defaultDate,
      invoiceDate: cl.invoiceDate, contractDate: cl.contractDate, claimKind: cl.claimKind, dueDateFixed: cl.dueDateFixed, arisenOn: cl.arisenOn,
    })),
    fees: inputs.fees.map((f) => ({ label: f.label, amountCents: f.amountCents, chargedOn: f.chargedOn, collectionCost: f.collectionCost })),
    payments: inputs.payments.map((p) => ({ amountCents: p.amountCents, receivedOn: p.receivedAt })),
    adjustments: (inputs.adjustments ?? []).map((a) => ({ kind: a.kind, amountCents: a.amountCents, bookedOn: a.bookedOn, reason: a.reason })),
  }, { lineDetails: options.lineDetails, statutoryFlatFees: true, ...(options.rateTables ? { rateTables: options.rateTables } : {}) });
}

/** Loads a case's money snapshot and asks the domain for its balance and priority. */
@Injectable()
export class CaseFiguresService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: CaseFiguresRepository,
    private readonly details: CaseDetailsRepository,
    private readonly rates: InterestRatesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  today(c: { creditor: { timeZone: string } }): IsoDate {
    return calendarDateIn(this.clock.now(), c.creditor.timeZone);
  }

  async balance(
    manager: Queryable,
    c: BalanceSubject,
    asOf: IsoDate = this.today(c),
    options: { lineDetails?: boolean } = {},
  ): Promise<Balance> {
    // One after another: inside a transaction `manager` holds a single connection, and pg does not
    // allow overlapping queries on one client (deprecated in pg 8, removed in pg 9).
    const claims = (await this.details.claimsOfCases([c.id], manager)).get(c.id)!;
    const fees = (await this.details.feesOfCases([c.id], manager)).get(c.id)!;
    const payments = (await this.details.paymentsOfCases([c.id], manager)).get(c.id)!;
    const adjustments = (await this.details.adjustmentsOfCases([c.id], manager)).get(c.id)!;
    const rateTables = await this.rates.tables(manager);
    return caseBalance(c, { claims, fees, payments, adjustments }, asOf, { ...options, rateTables });
  }

  /**
   * Priority inputs of cases (one statement for the batch), keyed by case id. `today` is taken in
   * each creditor's zone; the open balance is the cached one.
   */
  async prioritySnapshots(manager: Queryable | undefined, caseIds: readonly string[]): Promise<Map<string, PrioritySnapshot>> {
    const now = this.clock.now();
    const out = new Map<string, PrioritySnapshot>();
    if (caseIds.length === 0) return out;
    // Broken promises compare with "today"; the zones of a batch's creditors rarely differ, so the
    // batch is read per distinct creditor day.
    const zones = await this.repository.creditorZonesOfCases(caseIds, manager);
    const days = [...new Set(zones.map((zone) => calendarDateIn(now, zone)))];
    for (const day of days) {
      const rows = await this.repository.prioritySnapshotRows(caseIds, now, day, PRIORITY_SNAPSHOT_VOCABULARY, manager);
      for (const row of rows) {
        const today = calendarDateIn(now, row.time_zone);
        if (today !== day) continue;
        const { limitation, refreshOn } = limitationOf(row, today);
        out.set(row.id, {
          input: priorityInput(row, today, now, limitation), weights: creditorWeights(row.priority_weights),
          limitation, limitationRefreshOn: refreshOn,
        });
      }
    }
    return out;
  }

  /** The parts of a case's priority as of now ("why this case now"). */
  async priorityParts(manager: Queryable, caseId: string): Promise<PriorityPart[]> {
    const snapshot = (await this.prioritySnapshots(manager, [caseId])).get(caseId);
    return snapshot ? priorityParts(snapshot.input, snapshot.weights) : [];
  }

  /**
   * What the debtor asked for in the portal that waits for a person, per case ("Debtor asked in the
   * portal: plan to review"); cases without one are left out. One light statement for the batch.
   */
  async portalRequestReasons(caseIds: readonly string[]): Promise<Map<string, LocalizedText>> {
    const out = new Map<string, LocalizedText>();
    if (caseIds.length === 0) return out;
    for (const row of await this.repository.portalRequestRows(caseIds)) {
      const requests = portalRequests(row);
      if (requests.length > 0) out.set(row.id, portalRequestReasonText(requests));
    }
    return out;
  }

  /** Recomputes the cached open balance and priority after a change, in the change's transaction. */
  async refresh(manager: Queryable, c: BalanceSubject): Promise<{ balance: Balance; priority: number }> {
    const today = this.today(c);
    const balance = await this.balance(manager, c, today, { lineDetails: true });
    await this.repository.setOpenBalance(c.id, Math.max(balance.totalCents, 0), openPrincipalCents(balance), manager);
    const snapshot = (await this.prioritySnapshots(manager, [c.id])).get(c.id)!;
    const priority = casePriority(snapshot.input, snapshot.weights);
    await this.repository.setPriority(c.id, priority, manager);
    await this.repository.setLimitations([limitationSnapshot(c.id, snapshot)], manager);
    return { balance, priority };
  }

  /** Computes and stores the limitation snapshots of cases in one transaction; returns how many were written. */
  async refreshLimitations(caseIds: readonly string[]): Promise<number> {
    if (caseIds.length === 0) return 0;
    return this.db.transaction(async (manager) => {
      const snapshots = await this.prioritySnapshots(manager, caseIds);
      await this.repository.setLimitations([...snapshots].map(([id, s]) => limitationSnapshot(id, s)), manager);
      return snapshots.size;
    });
  }

  /**
   * Recomputes the priority of a creditor's open cases in batches, e.g. after its weights changed:
   * per batch one read of every input and one write, in its own transaction. Returns how many
   * cases were scored.
   */
  async recomputeCreditor(creditorId: string, batchSize = 1000): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let total = 0;
    for (;;) {
      const ids = await this.repository.openCaseIdsOfCreditor(creditorId, after, batchSize);
      if (ids.length === 0) return total;
      total += await this.db.transaction(async (manager) => {
        const snapshots = await this.prioritySnapshots(manager, ids);
        const scored = [...snapshots].map(([id, s]) => [id, casePriority(s.input, s.weights)] as const);
        await this.repository.setPriorities(scored, manager);
        await this.repository.setLimitations([...snapshots].map(([id, s]) => limitationSnapshot(id, s)), manager);
        return scored.length;
      });
      after = ids.at(-1)!;
    }
  }
}

/** The domain's priority input from a snapshot row. */
function priorityInput(row: PrioritySnapshotRow, today: IsoDate, now: Date, limitation: CaseLimitation): PriorityInput {
  return {
    openCents: Number(row.open_cents),
    daysOverdue: Math.max(daysBetween(row.oldest_due_date, today), 0),
    stage: row.stage,
    brokenPromises: row.broken,
    callbackDue: row.next_action_at !== null && new Date(row.next_action_at) <= now,
    currency: row.currency,
    asOf: today,
    limitationDate: limitation.date,
    nextCourtDeadline: nextCourtDeadline(row, today),
    daysSinceLastContact: row.last_contact_at === null
      ? null
      : Math.max(0, daysBetween(calendarDateIn(new Date(row.last_contact_at), row.time_zone), today)),
    outcomeHistory: { noContact: row.no_contact, reached: row.reached, promisesKept: row.kept },
    portalRequests: portalRequests(row),
  };
}

/** What the debtor asked for in the portal that waits for a person; the callback window in the creditor's zone. */
function portalRequests(row: PortalRequestRow): PortalRequest[] {
  const requests: PortalRequest[] = [];
  if (row.plan_review) requests.push({ kind: 'PLAN_REVIEW' });
  if (row.callback_request) {
    requests.push({ kind: 'CALLBACK', window: callbackWindowText(new Date(row.callback_request.from), new Date(row.callback_request.to), row.time_zone) });
  }
  return requests;
}

/** What the limitation column of a case holds. */
function limitationSnapshot(id: string, s: PrioritySnapshot): LimitationSnapshot {
  return { id, date: s.limitation.date, refreshOn: s.limitationRefreshOn };
}

/**
 * The case's limitation by the domain: each claim from its due date; every payment, promise and
 * payment plan an acknowledgement (BGB 212(1) no. 1; forældelsesloven 15); a served court dunning
 * order a suspension while the procedure goes on (BGB 204(1) no. 3); an enforcement order served and
 * not objected to a title once the objection period is over (ZPO 700, 339; BGB 197(1) no. 3), after
 * which the interest falling due keeps 3 years (BGB 197(2)). Also the day the result changes without
 * an event: the day the title becomes final, or the day after the stored date of a titled case (the
 * next year's interest).
 */
export function limitationOf(row: PrioritySnapshotRow, today: IsoDate): { limitation: CaseLimitation; refreshOn: IsoDate | null } {
  const finalFrom = row.enforcement_served_on !== null && row.enforcement_objection_filed_on === null && row.enforcement_objection_deadline !== null
    ? addDays(row.enforcement_objection_deadline, 1)
    : null;
  const titledOn = finalFrom !== null && compareDates(finalFrom, today) <= 0 ? finalFrom : null;
  const suspensions: LimitationSuspension[] = row.order_served_on && titledOn === null
    ? [{ from: row.order_served_on, to: null, kind: 'COURT_PROCEEDINGS' }]
    : [];
  const limitation = caseLimitation({
    country: row.country,
    claims: row.due_dates.map((dueDate, i) => ({ reference: row.claim_refs[i] ?? '', dueDate })),
    acknowledgements: [...new Set([...row.payment_dates, ...row.promise_dates])].sort(compareDates),
    suspensions,
    titledOn,
    asOf: today,
  });
  const refreshOn = titledOn !== null
    ? (limitation.date === null || compareDates(limitation.date, today) < 0 ? null : addDays(limitation.date, 1))
    : finalFrom;
  return { limitation, refreshOn };
}

/** The next court deadline still open on or after today (objection, enforcement application, objection to it). */
function nextCourtDeadline(row: PrioritySnapshotRow, today: IsoDate): IsoDate | null {
  const open = [
    row.objection_filed_on === null ? row.objection_deadline : null,
    row.objection_filed_on === null && row.enforcement_applied_on === null ? row.enforcement_application_deadline : null,
    row.enforcement_objection_filed_on === null ? row.enforcement_objection_deadline : null,
  ].filter((d): d is string => d !== null && compareDates(d, today) >= 0);
  return open.sort(compareDates)[0] ?? null;
}
