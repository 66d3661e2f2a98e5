import { base, da, de, en, Faker } from '@faker-js/faker';
import {
  amountText, casePriority, computeBalance, dateText, daysBetween, DEFAULT_STRATEGIES, fill, fromDayNumber, joinTexts, openPrincipalCents,
  type BalanceInput, type DunningStage, type LocalizedText,
} from '@mahnwerk/domain';
import { businessDay, isoDate, localTimestamp } from './calendar.js';
import { DEMO_NOTE_TEXTS as NT } from './demo-notes.i18n.js';
import { DEMO_TIMELINE_TEXTS as DT } from './demo-timeline.i18n.js';
import {
  AGENCY,
  COURT,
  CREDITORS,
  DISPUTE_NOTES,
  DUNNING_1,
  DUNNING_2,
  EMAIL_NOTES,
  ENFORCEMENT,
  FEE_RULES,
  INBOUND_NOTES,
  LEGAL,
  LEGAL_NOTES,
  MEMBERSHIP_FEES,
  NO_CONTACT_BUSINESS_NOTES,
  NO_CONTACT_NOTES,
  ON_HOLD,
  OPEN,
  PAID,
  PHONE,
  REMINDER,
  RPC_BUSINESS_NOTES,
  RPC_NOTES,
  STAGE_NOTES,
  STAGES,
  STATUSES,
  UNCOLLECTIBLE,
  UNCOLLECTIBLE_NOTES,
  type CreditorFixture,
} from './fixtures.js';
import { Rng } from './prng.js';

/**
 * The demo-data case generator: everything about case i is drawn from PRNG streams keyed by
 * (seed, i), so cases can be built in any order, in batches of any size, on any thread, and
 * still come out the same. demo-data.ts plans who owns what and writes the rows; this module
 * turns a case number into its rows (debtor on first use, case, claims, fees, activities,
 * promises, payments). It runs in the main thread or in case-generator.worker.ts.
 */

// Guard the index constants in fixtures.ts against a reordering of the domain's vocabularies.
if (STAGES[PHONE] !== 'PHONE' || STAGES[ENFORCEMENT] !== 'ENFORCEMENT' || STATUSES[PAID] !== 'PAID' || STATUSES[LEGAL] !== 'LEGAL') {
  throw new Error('demo seeder: stage/status indexes no longer match @mahnwerk/domain');
}

/** PRNG streams: each kind of decision draws from its own, so that changing one leaves the others. */
export const STREAM = { FIXTURES: 1, PLAN: 2, DEBTOR_ASSIGNMENT: 3, QUEUE_ASSIGNMENT: 4, CASE: 5, DEBTOR: 6, DUNNING_RUN: 7 } as const;

// ---------------------------------------------------------------------------------------------
// Case plans: the cheap, first-pass decisions about a case (who, when, how it ends).
// ---------------------------------------------------------------------------------------------

export interface CasePlan {
  creditor: number;
  /** Day number of the placement with the agency. */
  placed: number;
  /** Day a case would enter each stage; Infinity for a stage it never reaches. */
  stageDays: number[];
  status: number;
  /** Day the case was closed (paid, put on hold, written off, handed to legal); `last` when OPEN. */
  endDay: number;
  /** Stage at endDay. */
  stage: number;
}

const CREDITOR_WEIGHTS = CREDITORS.map((c) => c.weight);
/** Per stage index, the wait days of each country's default strategy (the demo creditors keep it); undefined: not in it. */
const STRATEGY_WAITS: Record<CreditorFixture['country'], (number | undefined)[]> = {
  DE: STAGES.map((stage) => DEFAULT_STRATEGIES.DE.stages.find((s) => s.stage === stage)?.waitDays),
  DK: STAGES.map((stage) => DEFAULT_STRATEGIES.DK.stages.find((s) => s.stage === stage)?.waitDays),
};
const DAYS_PLACED = 365;

/**
 * Draws a case's plan from its own PRNG stream (called twice per case: in the planning pass and
 * again when the case's rows are built, with the same result).
 */
export function planCase(rng: Rng, last: number): CasePlan {
  const creditor = rng.weighted(CREDITOR_WEIGHTS);

  // Placements over the 12 months before today, growing towards today, with more in winter.
  let placed: number;
  for (;;) {
    const ago = rng.int(0, DAYS_PLACED - 1);
    const day = last - ago;
    const month = new Date(day * 86_400_000).getUTCMonth();
    const weight = (0.7 + 0.3 * (1 - ago / DAYS_PLACED)) * (1 + 0.15 * Math.cos((2 * Math.PI * month) / 12));
    if (rng.float() * 1.15 < weight) {
      placed = businessDay(day, last); // creditors hand cases over on working days
      break;
    }
  }

  // The stages the daily dunning run took before today: it runs every day and moves an open case on
  // the day its next stage falls due (the strategy's wait after entering the current one), so each
  // stage day follows from the previous one. Only the German enforcement stage waits for the court's
  // enforcement order, which a share of the cases that reach court get after two to four months.
  const country = CREDITORS[creditor]!.country;
  const waits = STRATEGY_WAITS[country];
  const s: number[] = new Array<number>(STAGES.length).fill(Infinity);
  s[REMINDER] = placed;
  let previous = placed;
  for (let k = REMINDER + 1; k < STAGES.length; k++) {
    const wait = waits[k];
    if (wait === undefined) continue; // a stage the strategy skips (PHONE for a Danish creditor)
    if (country === 'DE' && k === ENFORCEMENT) {
      if (rng.chance(0.45)) s[k] = businessDay(previous + 60 + rng.int(0, 60), Infinity);
      continue;
    }
    s[k] = previous + wait;
    previous = s[k]!;
  }

  // Competing endings; the earliest one that happened before today wins.
  let status = OPEN;
  let endDay = Infinity;
  const consider = (candidate: number, raw: number): void => {
    const day = businessDay(raw, Infinity);
    if (day <= last && day < endDay) {
      status = candidate;
      endDay = day;
    }
  };
  if (rng.chance(0.31)) consider(PAID, placed + 2 + Math.floor(rng.exponential(50)));
  if (rng.chance(0.095)) consider(ON_HOLD, placed + 5 + rng.int(0, 120));
  if (rng.chance(0.12)) consider(UNCOLLECTIBLE, placed + 100 + rng.int(0, 250));
  if (rng.chance(0.13)) consider(LEGAL, s[COURT]! + 20 + rng.int(0, 80));
  if (status === OPEN) endDay = last;

  // A closed case stays in the stage it had the day before it closed (no letter on the closing day).
  let stage = REMINDER;
  for (let k = 0; k < STAGES.length; k++) if (status === OPEN ? s[k]! <= endDay : s[k]! < endDay) stage = k;
  return { creditor, placed, stageDays: s, status, endDay, stage };
}
// ---------------------------------------------------------------------------------------------
// Row buffers (column-wise, as unnest() takes them).
// ---------------------------------------------------------------------------------------------

type ColumnSpec = readonly (readonly [name: string, type: string])[];

export const TABLES = {
  debtors: [
    ['id', 'uuid'], ['ref', 'text'], ['name', 'text'], ['kind', 'text'], ['country', 'text'], ['email', 'text'],
    ['phone', 'text'], ['address', 'text'], ['language', 'text'], ['time_zone', 'text'], ['created_at', 'timestamptz'],
  ],
  cases: [
    ['id', 'uuid'], ['creditor_id', 'uuid'], ['debtor_id', 'uuid'], ['status', 'text'], ['stage', 'text'],
    ['assignee_id', 'uuid'], ['priority', 'int4'], ['open_cents', 'int8'], ['currency', 'text'],
    ['oldest_due_date', 'date'], ['placed_at', 'date'], ['next_action_at', 'timestamptz'], ['hold_reason', 'text'],
    ['paid_at', 'timestamptz'], ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
    ['last_assignee_id', 'uuid'], ['stage_entered_on', 'date'], ['principal_open_cents', 'int8'], ['closed_on', 'date'],
  ],
  claims: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['reference', 'text'], ['principal_cents', 'int8'], ['currency', 'text'],
    ['invoice_date', 'date'], ['due_date', 'date'], ['default_date', 'date'], ['contract_subject', 'text'], ['contract_date', 'date'],
  ],
  fees: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['label', 'text'], ['amount_cents', 'int8'], ['charged_on', 'date'],
    ['created_at', 'timestamptz'],
  ],
  // kpi_collector_id of an event: the collector holding its case then (the case's one collector here).
  // note_texts: a system entry's words in every language (JSON); null for what a collector wrote.
  activities: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['actor_id', 'uuid'], ['channel', 'text'], ['outcome', 'text'],
    ['note', 'text'], ['occurred_at', 'timestamptz'], ['kpi_collector_id', 'uuid'], ['note_texts', 'jsonb'],
  ],
  promises: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['activity_id', 'uuid'], ['amount_cents', 'int8'], ['due_date', 'date'],
    ['installment', 'int4'], ['status', 'text'], ['created_by', 'uuid'], ['created_at', 'timestamptz'],
    ['resolved_at', 'timestamptz'], ['kpi_collector_id', 'uuid'],
  ],
  payments: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['amount_cents', 'int8'], ['currency', 'text'], ['received_at', 'date'],
    ['reference', 'text'], ['source', 'text'], ['idempotency_key', 'text'], ['recorded_by', 'uuid'],
    ['created_at', 'timestamptz'], ['principal_cents', 'int8'], ['interest_cents', 'int8'], ['fees_cents', 'int8'],
    ['kpi_collector_id', 'uuid'],
  ],
  // Written by demo-data.ts's history statement (HISTORY_TABLES), which also finds each step's run by its date.
  dunning_steps: [
    ['case_id', 'uuid'], ['from_stage', 'text'], ['to_stage', 'text'], ['channel', 'text'], ['fee_cents', 'int8'], ['stepped_on', 'date'],
    ['kpi_collector_id', 'uuid'],
  ],
  // Not rows of their own: what the steps change in kpi_stage_moves (signed case counts), added by the
  // history statement. The cases' INSERT trigger counts a case as placed into its current stage; a
  // case with steps was placed into its first stage, and then stepped.
  kpi_stage_moves: [
    ['day', 'date'], ['creditor_id', 'uuid'], ['currency', 'bpchar'], ['collector_id', 'uuid'], ['from_stage', 'text'],
    ['to_stage', 'text'], ['cases', 'int4'],
  ],
} as const satisfies Record<string, ColumnSpec>;

export type TableName = keyof typeof TABLES;
/** Foreign keys first: the order in which a batch is written. */
export const WRITE_ORDER: readonly TableName[] = ['debtors', 'cases', 'claims', 'fees', 'activities', 'promises', 'payments'];
/** Written after WRITE_ORDER in the same transaction by one statement that also keeps the stage moves' read model. */
export const HISTORY_TABLES: readonly TableName[] = ['dunning_steps', 'kpi_stage_moves'];
const BATCH_TABLES: readonly TableName[] = [...WRITE_ORDER, ...HISTORY_TABLES];

export type Cell = string | number | null;

/** Column-wise buffer of one table's rows (what unnest() wants). */
export class RowBuffer {
  readonly columns: Cell[][];
  constructor(readonly table: TableName) {
    this.columns = TABLES[table].map(() => []);
  }
  get length(): number {
    return this.columns[0]!.length;
  }
  add(...values: Cell[]): number {
    values.forEach((v, i) => this.columns[i]!.push(v));
    return this.length - 1;
  }
  set(row: number, column: string, value: Cell): void {
    const index = TABLES[this.table].findIndex(([name]) => name === column);
    this.columns[index]![row] = value;
  }
}

export type Batch = Record<TableName, RowBuffer>;
/** What crosses threads and goes to unnest(): per table, one array per column. */
export type BatchColumns = Record<TableName, Cell[][]>;

export function newBatch(): Batch {
  return Object.fromEntries(BATCH_TABLES.map((t) => [t, new RowBuffer(t)])) as Batch;
}

// ---------------------------------------------------------------------------------------------
// What the generator needs to know beyond the seed: the plan made by demo-data.ts.
// ---------------------------------------------------------------------------------------------

/** Plain data (structured-cloneable, so it can be handed to a worker thread). */
export interface GeneratorData {
  seed: number;
  /** Day number of "today". */
  today: number;
  creditorIds: string[];
  /** User ids of the collectors working each creditor. */
  collectorsByCreditor: string[][];
  collectorIds: string[];
  caseDebtor: Int32Array;
  /** Collector index (into collectorIds) per case, -1 = in the pool. */
  caseAssignee: Int8Array;
  /** 1 when case i is its debtor's first case: the debtor row is written in that case's batch. */
  caseNewDebtor: Uint8Array;
  debtorCountry: Uint8Array;
  debtorKind: Uint8Array;
  debtorHasPhone: Uint8Array;
  debtorHasEmail: Uint8Array;
  debtorFirstPlaced: Int32Array;
  debtorIds: string[];
}

export const IDEMPOTENCY_KEY_COLUMN = TABLES.payments.findIndex(([name]) => name === 'idempotency_key');

export class CaseGenerator {
  private readonly todayIso: string;
  /** Yesterday: the last day on which anything has happened. */
  private readonly last: number;
  private readonly fakers: [Faker, Faker];

  constructor(private readonly data: GeneratorData) {
    this.todayIso = fromDayNumber(data.today);
    this.last = data.today - 1;
    this.fakers = [new Faker({ locale: [de, en, base] }), new Faker({ locale: [da, en, base] })];
  }

  /**
   * The rows of cases [start, end). Payments carry no idempotency key yet: the writer numbers
   * them 'seed-<n>' in write order.
   */
  buildBatch(start: number, end: number): BatchColumns {
    const batch = newBatch();
    for (let i = start; i < end; i++) this.buildCase(i, batch);
    return toColumns(batch);
  }

  buildCase(i: number, batch: Batch): void {
    buildCase(this.data, this.fakers, this.last, this.todayIso, i, batch);
  }
}

export function toColumns(batch: Batch): BatchColumns {
  return Object.fromEntries(BATCH_TABLES.map((t) => [t, batch[t].columns])) as BatchColumns;
}

// ---------------------------------------------------------------------------------------------
// Debtor rows.
// ---------------------------------------------------------------------------------------------

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };

function slug(text: string, separator: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßæøå]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

function addDebtor(ctx: GeneratorData, fakers: [Faker, Faker], last: number, d: number, batch: Batch): void {
  const country = ctx.debtorCountry[d]!;
  const business = ctx.debtorKind[d] === 1;
  const f = fakers[country as 0 | 1];
  f.seed([ctx.seed, d]); // per debtor: the same name whichever batch or thread writes it
  let name: string;
  let email: string | null = null;
  if (business) {
    name = f.company.name();
    if (ctx.debtorHasEmail[d]) {
      const local = f.helpers.arrayElement(country === 0 ? ['buchhaltung', 'info', 'rechnung'] : ['bogholderi', 'info', 'faktura']);
      email = `${local}@${slug(name, '-')}.example`;
    }
  } else {
    const first = f.person.firstName();
    const lastName = f.person.lastName();
    name = `${first} ${lastName}`;
    if (ctx.debtorHasEmail[d]) {
      const suffix = f.datatype.boolean() ? String(f.number.int({ min: 1, max: 99 })) : '';
      email = `${slug(first, '')}.${slug(lastName, '')}${suffix}@example.${f.helpers.arrayElement(['com', 'org', 'net'])}`;
    }
  }
  const phone = ctx.debtorHasPhone[d] ? f.phone.number({ style: 'international' }) : null;
  const address = `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`;
  const language =
    country === 1 ? (f.number.int(99) < 5 ? 'en' : 'da') : business ? 'de' : f.helpers.weightedArrayElement([
      { weight: 92, value: 'de' },
      { weight: 5, value: 'en' },
      { weight: 3, value: 'tr' },
    ]);
  const firstPlaced = ctx.debtorFirstPlaced[d]!;
  const createdAt = localTimestamp(firstPlaced < 2 ** 31 - 1 ? firstPlaced : last, 6 * 60);
  batch.debtors.add(
    ctx.debtorIds[d]!,
    `D-${String(d + 1).padStart(6, '0')}`,
    name,
    business ? 'business' : 'consumer',
    country === 0 ? 'DE' : 'DK',
    email,
    phone,
    address,
    language,
    country === 0 ? 'Europe/Berlin' : 'Europe/Copenhagen',
    createdAt,
  );
}
// ---------------------------------------------------------------------------------------------
// Case rows: claims, fees, letters, calls, promises, payments, and the case itself.
// ---------------------------------------------------------------------------------------------

/**
 * Each payment's parts (costs, interest, principal) as the balance allocated them, as the API stores
 * them for a recorded payment. The balance reads payments by date, in the order they were added.
 */
function storeAllocations(batch: Batch, payments: PaymentEntry[], balance: ReturnType<typeof computeBalance>): void {
  const byDay = payments.map((p, i) => ({ p, i })).sort((a, b) => a.p.day - b.p.day || a.i - b.i).map(({ p }) => p);
  const lines = balance.lines.filter((l) => l.kind === 'PAYMENT');
  byDay.forEach((payment, i) => {
    const detail = lines[i]?.detail;
    if (!detail || detail.kind !== 'PAYMENT' || -lines[i]!.amountCents !== payment.amountCents) return;
    batch.payments.set(payment.row, 'principal_cents', payment.amountCents - detail.toCostsCents - detail.toInterestCents);
    batch.payments.set(payment.row, 'interest_cents', detail.toInterestCents);
    batch.payments.set(payment.row, 'fees_cents', detail.toCostsCents);
  });
}

/** exp(uniform in log space), skewed towards `min` by `skew` > 1. */
function logRange(rng: Rng, min: number, max: number, skew: number): number {
  return Math.round(Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * Math.pow(rng.float(), skew)));
}

function drawPrincipal(rng: Rng, creditor: CreditorFixture, business: boolean): number {
  const rate = creditor.currency === 'DKK' ? 7.46 : 1; // DKK per EUR, to keep the same shape
  if (creditor.business === 'fitness') {
    return business ? logRange(rng, 20_000, 600_000, 1.5) : rng.pick(MEMBERSHIP_FEES) * rng.int(1, 6);
  }
  const cents = business ? logRange(rng, 8_000, 1_500_000, 1.4) : logRange(rng, 2_000, 250_000, 1.8);
  return Math.round(cents * rate);
}

interface PaymentEntry {
  amountCents: number;
  day: number;
  /** Its row in the batch, to store its allocation once the balance is known. */
  row: number;
}

/** The stages of each country's default dunning strategy (the demo creditors keep the default). */
const STRATEGY_STAGES: Record<CreditorFixture['country'], ReadonlyMap<DunningStage, string>> = {
  DE: new Map(DEFAULT_STRATEGIES.DE.stages.map((s) => [s.stage, s.channel])),
  DK: new Map(DEFAULT_STRATEGIES.DK.stages.map((s) => [s.stage, s.channel])),
};

/**
 * The dunning steps that brought a case from its first stage to its current one, as the daily
 * dunning run records them: one per stage of the creditor's strategy on the way (a stage the
 * strategy skips, such as PHONE for a Danish creditor, is skipped unless the case sits in it), on
 * the day the case entered it, with the fees charged then. The plan's stage days lie at least the
 * strategy's wait days apart (demo-data.spec checks this).
 */
function addDunningSteps(
  batch: Batch,
  c: { id: string; country: CreditorFixture['country']; creditorId: string; currency: string; collectorId: string },
  plan: CasePlan,
  stageFees: number[],
): void {
  if (plan.stage === REMINDER) return;
  const strategy = STRATEGY_STAGES[c.country];
  const move = (day: number, from: string, to: string, cases: number): void => {
    batch.kpi_stage_moves.add(isoDate(day), c.creditorId, c.currency, c.collectorId, from, to, cases);
  };
  move(plan.placed, 'PLACED', STAGES[plan.stage]!, -1);
  move(plan.placed, 'PLACED', STAGES[REMINDER]!, 1);
  let from = REMINDER;
  let fee = 0;
  for (let s = REMINDER + 1; s <= plan.stage; s++) {
    const stage = STAGES[s]!;
    fee += stageFees[s]!;
    if (s < plan.stage && !strategy.has(stage)) continue;
    const channel = strategy.get(stage) ?? (s === PHONE ? 'PHONE' : 'LETTER');
    batch.dunning_steps.add(c.id, STAGES[from]!, stage, channel, fee, isoDate(plan.stageDays[s]!), c.collectorId);
    move(plan.stageDays[s]!, STAGES[from]!, stage, 1);
    from = s;
    fee = 0;
  }
}

function buildCase(ctx: GeneratorData, fakers: [Faker, Faker], last: number, todayIso: string, i: number, batch: Batch): void {
  const plan = planCase(new Rng(ctx.seed, STREAM.PLAN, i), last);
  const rng = new Rng(ctx.seed, STREAM.CASE, i);
  const creditor = CREDITORS[plan.creditor]!;
  const country = creditor.country;
  const currency = creditor.currency;
  const { placed, status, endDay, stageDays } = plan;
  /** Last day anything happens on this case. */
  const horizon = endDay;

  const d = ctx.caseDebtor[i]!;
  if (ctx.caseNewDebtor[i]) addDebtor(ctx, fakers, last, d, batch);
  const business = ctx.debtorKind[d] === 1;
  const hasPhone = ctx.debtorHasPhone[d] === 1;
  const hasEmail = ctx.debtorHasEmail[d] === 1;

  const caseId = rng.uuid();
  const eligible = ctx.collectorsByCreditor[plan.creditor]!;
  const assignee = ctx.caseAssignee[i]!;
  const primary = assignee >= 0 ? ctx.collectorIds[assignee]! : rng.pick(eligible);
  const actor = (): string => (rng.chance(0.85) ? primary : rng.pick(eligible));

  let updatedAt = localTimestamp(placed, 6 * 60);
  /** A timeline entry: the system's words in every language, or a collector's note (a plain string) as written. */
  const activity = (actorId: string | null, channel: string, outcome: string | null, note: string | LocalizedText, at: string): string => {
    const id = rng.uuid();
    const [english, texts] = typeof note === 'string' ? [note, null] : [note.en, JSON.stringify(note)];
    batch.activities.add(id, caseId, actorId, channel, outcome, english, at, primary, texts);
    if (at > updatedAt) updatedAt = at;
    return id;
  };

  // Claims: 1-3 invoices, monthly apart, the last one due a few weeks before placement. One case in
  // 29 is an old debt the creditor chased for years before placing it (its limitation comes up soon).
  const claimCount = rng.weighted([0.6, 0.25, 0.15]) + 1;
  const daysChasedBefore = i % 29 === 0 ? 900 + (i % 11) * 30 : 0;
  const oldestDue = placed - (18 + rng.int(0, 30) + 30 * (claimCount - 1)) - daysChasedBefore;
  const refBase = rng.int(100_000, 899_999);
  const claims: BalanceInput['claims'] = [];
  let principalTotal = 0;
  for (let k = 0; k < claimCount; k++) {
    const due = oldestDue + 30 * k + (k > 0 ? rng.int(0, 2) : 0);
    const invoice = due - 14;
    const principal = drawPrincipal(rng, creditor, business);
    const invoiceIso = isoDate(invoice);
    const reference = `${creditor.ref}-${invoiceIso.slice(0, 4)}${invoiceIso.slice(5, 7)}-${refBase + k}`;
    // German claims: half carry the date of the creditor's own reminder (BGB 286(1)); the rest, and
    // the Danish ones, leave it to the rules (null).
    const defaultDay = country === 'DE' && rng.chance(0.5) ? due + rng.int(14, 28) : null;
    // Without a default date, a German consumer is in default once the first dunning letter's deadline passed (BGB 286).
    const firstDunningDeadline = plan.stage >= DUNNING_1 ? stageDays[DUNNING_1]! + 10 : null;
    const defaultIso =
      defaultDay !== null && defaultDay < placed
        ? isoDate(defaultDay)
        : country === 'DE' && firstDunningDeadline !== null && firstDunningDeadline < last
          ? isoDate(firstDunningDeadline)
          : null;
    // The contract behind the invoices (RDG 13a(1) no. 2): the creditor's kind of contract, made a year before the first one.
    const contractIso = isoDate(oldestDue - 365);
    claims.push({ reference, principalCents: principal, dueDate: isoDate(due), defaultDate: defaultIso, invoiceDate: invoiceIso, contractDate: contractIso });
    batch.claims.add(rng.uuid(), caseId, reference, principal, currency, invoiceIso, isoDate(due), defaultIso, creditor.contractSubject, contractIso);
    principalTotal += principal;
  }
  const firstRef = claims[0]!.reference;

  activity(
    null,
    'SYSTEM',
    null,
    fill(claimCount > 1 ? DT.placedOther : DT.placedOne, { creditor: creditor.name, count: claimCount, amount: amountText(principalTotal, currency) }),
    localTimestamp(placed, 6 * 60 + rng.int(0, 30)),
  );

  // Stages reached: letters from the dunning run, fees.
  const fees: BalanceInput['fees'] = [];
  const stageFees = new Array<number>(plan.stage + 1).fill(0);
  for (let s = REMINDER; s <= plan.stage; s++) {
    const day = stageDays[s]!;
    if (day === Infinity) continue; // a stage the strategy skips
    const at = localTimestamp(day, 7 * 60 + rng.int(0, 40));
    const letter = STAGE_NOTES[country][s]!;
    activity(null, letter.channel, null, letter.note, at);
    if (s === DUNNING_1 && hasEmail && rng.chance(0.35)) activity(null, 'EMAIL', null, DT.alsoByEmail, at);
    if (s === DUNNING_2 && hasPhone && !business && rng.chance(0.15)) activity(null, 'SMS', null, DT.alsoBySms, at);
    for (const rule of FEE_RULES[country]) {
      if (rule.stage !== s || (rule.businessOnly && !business)) continue;
      fees.push({ label: rule.label, amountCents: rule.amountCents, chargedOn: isoDate(day) });
      batch.fees.add(rng.uuid(), caseId, rule.label, rule.amountCents, isoDate(day), at);
      stageFees[s]! += rule.amountCents;
    }
  }
  addDunningSteps(batch, { id: caseId, country, creditorId: ctx.creditorIds[plan.creditor]!, currency, collectorId: primary }, plan, stageFees);

  // Work by the collectors: calls (or emails) with their outcomes, promises and the payments on them.
  const payments: PaymentEntry[] = [];
  let paid = 0;
  let brokenPromises = 0;
  let openPromiseDue = -1;
  let nextActionAt: string | null = null;
  let nextActionDay = -1;
  /** Promise rows kept by the final payment of a PAID case (amount capped, resolved_at set later). */
  const keptByFinal: number[] = [];
  let stopWork = false;

  const addPayment = (amount: number, day: number, note: LocalizedText | null, source?: 'BANK' | 'MANUAL'): string => {
    const src = source ?? (rng.chance(0.8) ? 'BANK' : 'MANUAL');
    const recordedBy = src === 'MANUAL' ? primary : null;
    const at = src === 'BANK' ? localTimestamp(day, 5 * 60 + 30 + rng.int(0, 60)) : localTimestamp(day, 9 * 60 + rng.int(0, 480));
    const row = batch.payments.add(rng.uuid(), caseId, amount, currency, isoDate(day), firstRef, src, null, recordedBy, at, amount, 0, 0, primary);
    payments.push({ amountCents: amount, day, row });
    paid += amount;
    const values = { amount: amountText(amount, currency), reference: firstRef };
    const how = src === 'BANK' ? DT.paymentByBank : creditor.business === 'fitness' ? DT.paymentAtStudio : DT.paymentAtDesk;
    activity(recordedBy, 'SYSTEM', null, note ? joinTexts([fill(how, values), note]) : fill(how, values), at);
    return at;
  };

  /**
   * A promise made on `day` (activity `activityId`) and what became of it by today: kept (with
   * its payment), broken, still open, or for a PAID case kept by the final payment.
   */
  const addPromise = (activityId: string, by: string, createdAt: string, day: number, amount: number, due: number, installment: number | null): void => {
    const row = batch.promises.add(rng.uuid(), caseId, activityId, amount, isoDate(due), installment, 'OPEN', by, createdAt, null, primary);
    if (due + 1 <= horizon) {
      if (rng.chance(installment ? 0.8 : 0.55)) {
        const payDay = businessDay(Math.max(day + 1, due - rng.int(0, 4)), due);
        const at = addPayment(amount, payDay, DT.promiseKept);
        batch.promises.set(row, 'status', 'KEPT');
        batch.promises.set(row, 'resolved_at', at);
      } else {
        const at = localTimestamp(due + 1, 5 * 60 + rng.int(0, 30));
        // The timeline shows a broken promise from its row, as for one the dunning run breaks.
        if (at > updatedAt) updatedAt = at;
        batch.promises.set(row, 'status', 'BROKEN');
        batch.promises.set(row, 'resolved_at', at);
        brokenPromises++;
      }
    } else if (status === PAID) {
      keptByFinal.push(row);
    } else {
      openPromiseDue = openPromiseDue < 0 ? due : Math.min(openPromiseDue, due); // follow up on the next one due
    }
  };

  /** Whether a promise falling due on `due` fits this case's story (closed cases settle it before closing). */
  const promiseFits = (due: number): boolean => status === OPEN || status === PAID || due + 1 <= horizon;

  const callEnd = Math.min(status === OPEN ? last : endDay - 1, stageDays[COURT]! + 14);
  const partialRoom = (): number => principalTotal - paid;

  // A debtor who gets in touch after a letter, before the phone stage.
  if (stageDays[DUNNING_1]! + 7 <= callEnd && rng.chance(0.1)) {
    const day = businessDay(stageDays[DUNNING_1]! + rng.int(2, 7), callEnd);
    activity(actor(), rng.chance(0.7) ? 'PHONE' : 'EMAIL', 'RIGHT_PARTY_CONTACT', rng.pick(INBOUND_NOTES), localTimestamp(day, 8 * 60 + rng.int(0, 540)));
  }

  // Collectors call from the phone stage on (a Danish strategy has none: from the hand-over to the agency).
  let t = Math.min(stageDays[PHONE]!, stageDays[AGENCY]!) + rng.int(0, 3);
  let callbackHour = -1;
  let lastWorkDay = -1;
  for (let attempt = 0; attempt < 12 && t <= callEnd && !stopWork; attempt++) {
    const day = businessDay(t, callEnd);
    const at = localTimestamp(day, callbackHour >= 0 ? callbackHour * 60 + rng.int(0, 10) : 8 * 60 + rng.int(0, 600));
    callbackHour = -1;
    lastWorkDay = day;
    const who = actor();
    const channel = hasPhone ? 'PHONE' : hasEmail ? 'EMAIL' : 'LETTER';
    const outcome = hasPhone ? rng.weighted([50, 16, 16, 10, 4, 4]) : rng.weighted([60, 20, 12, 0, 4, 4]);
    const room = partialRoom();
    if (outcome === 2 && room >= 2_000) {
      const amount = Math.max(1_000, Math.floor((room * (0.2 + 0.4 * rng.float())) / 100) * 100);
      const due = day + rng.int(5, 21);
      if (promiseFits(due)) {
        const note = fill(business ? NT.promisedBusiness : NT.promised, { amount: amountText(amount, currency), date: dateText(isoDate(due)) });
        const id = activity(who, channel, 'PROMISE_TO_PAY', note, at);
        addPromise(id, who, at, day, amount, due, null);
        if (due + 1 > horizon) stopWork = true; // waiting for the promise (or paid in full meanwhile)
        t = due + rng.int(2, 6);
        continue;
      }
    }
    if (outcome === 4 && room >= 6_000) {
      const count = rng.int(3, 6);
      const amount = Math.floor(room / count / 100) * 100;
      const first = day + rng.int(7, 14);
      const dues = Array.from({ length: count }, (_, k) => first + 30 * k).filter((due) => promiseFits(due));
      if (dues.length > 0) {
        const id = activity(who, channel, 'PAYMENT_PLAN', fill(NT.planAgreed, { count, amount: amountText(amount, currency), date: dateText(isoDate(first)) }), at);
        for (let k = 0; k < dues.length; k++) {
          const due = dues[k]!;
          if (status === PAID && due + 1 > horizon && keptByFinal.length > 0) break; // settled early by the final payment
          addPromise(id, who, at, day, amount, due, k + 1);
        }
        const lastDue = dues[dues.length - 1]!;
        if (lastDue + 1 > horizon) stopWork = true;
        t = lastDue + rng.int(3, 10);
        continue;
      }
    }
    if (outcome === 3 && channel === 'PHONE') {
      const callbackDay = businessDay(day + rng.int(1, 4), Infinity);
      const hour = rng.int(9, 17);
      activity(who, channel, 'CALLBACK', fill(NT.callback, { date: dateText(isoDate(callbackDay)), hour }), at);
      if (callbackDay > callEnd && status === OPEN) {
        nextActionAt = localTimestamp(callbackDay, hour * 60);
        nextActionDay = callbackDay;
        stopWork = true;
      }
      t = callbackDay;
      callbackHour = hour;
      continue;
    }
    if (outcome === 5 && hasEmail) {
      activity(who, 'EMAIL', null, rng.pick(EMAIL_NOTES), at);
      t = day + rng.int(5, 12);
      continue;
    }
    if (outcome === 1 || outcome === 2 || outcome === 4) {
      activity(who, channel, 'RIGHT_PARTY_CONTACT', rng.pick(business ? RPC_BUSINESS_NOTES : RPC_NOTES), at);
      t = day + rng.int(7, 21);
    } else {
      const note = channel === 'PHONE' ? rng.pick(business && rng.chance(0.5) ? NO_CONTACT_BUSINESS_NOTES : NO_CONTACT_NOTES) : NT.noReply;
      activity(who, channel, 'NO_CONTACT', note, at);
      t = day + rng.int(3, 10) + attempt;
    }
  }

  // Payments nobody asked for: a debtor transfers part of the amount after a letter.
  if (horizon - placed >= 10 && rng.chance(0.15)) {
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const amount = Math.floor((partialRoom() * (0.1 + 0.25 * rng.float())) / 100) * 100;
      if (amount < 500) break;
      const latest = status === OPEN ? last : horizon - 1;
      const day = businessDay(placed + 3 + rng.int(0, latest - placed - 3), latest);
      addPayment(amount, day, null, rng.chance(0.85) ? 'BANK' : 'MANUAL');
    }
  }

  // How the case ended.
  const paymentsForBalance = (): BalanceInput['payments'] => payments.map((p) => ({ amountCents: p.amountCents, receivedOn: isoDate(p.day) }));
  const balanceInput = (asOf: string): BalanceInput => ({
    country,
    debtorKind: business ? 'business' : 'consumer',
    currency,
    asOf,
    claims,
    fees,
    payments: paymentsForBalance(),
  });
  let holdReason: string | null = null;
  let paidAt: string | null = null;
  const closeAt = localTimestamp(endDay, 8 * 60 + rng.int(0, 600));
  if (status === PAID) {
    const due = computeBalance(balanceInput(isoDate(endDay)), { statutoryFlatFees: true }).totalCents;
    const bank = rng.chance(0.7);
    if (due > 0) {
      const ts = bank ? localTimestamp(endDay, 5 * 60 + 30 + rng.int(0, 60)) : closeAt;
      const recordedBy = bank ? null : primary;
      const row = batch.payments.add(rng.uuid(), caseId, due, currency, isoDate(endDay), firstRef, bank ? 'BANK' : 'MANUAL', null, recordedBy, ts, due, 0, 0, primary);
      payments.push({ amountCents: due, day: endDay, row });
      paid += due;
      paidAt = ts;
      for (const row of keptByFinal) {
        const promised = batch.promises.columns[3]![row] as number;
        batch.promises.set(row, 'amount_cents', Math.min(promised, due));
        batch.promises.set(row, 'status', 'KEPT');
        batch.promises.set(row, 'resolved_at', ts);
      }
      if (bank) {
        activity(null, 'SYSTEM', 'PAID', fill(DT.paidByBank, { amount: amountText(due, currency), reference: firstRef }), ts);
      } else {
        activity(primary, 'EMAIL', 'PAID', fill(NT.directPayment, { amount: amountText(due, currency) }), ts);
      }
    } else {
      paidAt = closeAt;
      activity(null, 'SYSTEM', 'PAID', DT.settledByEarlierPayments, closeAt);
    }
  } else if (status === ON_HOLD) {
    const notes = [...DISPUTE_NOTES[creditor.business], ...DISPUTE_NOTES.any];
    const dispute = fill(rng.pick(notes), { ref: firstRef });
    // The hold's reason as the creditor's collector wrote it: in the creditor's language.
    holdReason = country === 'DK' ? dispute.da : dispute.de;
    activity(primary, rng.pick(['PHONE', 'EMAIL', 'LETTER']), 'DISPUTE', dispute, closeAt);
  } else if (status === UNCOLLECTIBLE) {
    const notes = plan.stage >= COURT ? [...UNCOLLECTIBLE_NOTES.afterCourt] : business ? UNCOLLECTIBLE_NOTES.business : UNCOLLECTIBLE_NOTES.consumer;
    activity(primary, 'SYSTEM', 'UNCOLLECTIBLE', rng.pick(notes), closeAt);
  } else if (status === LEGAL) {
    activity(primary, 'SYSTEM', 'ESCALATE_LEGAL', rng.pick(LEGAL_NOTES[country]), closeAt);
  } else {
    // Still open: a follow-up on an open promise, or (for some, mostly in a collector's queue)
    // a callback the debtor asked for, due already or later this week; a case in a collector's
    // queue has at least been tried lately.
    const recentDay = Math.min(last, Math.max(placed + 1, lastWorkDay + 1, last - rng.int(0, 4)));
    if (openPromiseDue >= 0 && nextActionAt === null) {
      nextActionDay = openPromiseDue + 1;
      nextActionAt = localTimestamp(nextActionDay, 9 * 60);
    } else if (nextActionAt === null && (plan.stage === PHONE || plan.stage === AGENCY) && rng.chance(assignee >= 0 ? 0.35 : 0.04)) {
      const day = recentDay;
      const callbackDay = rng.chance(0.7) || day + 1 > last ? businessDay(ctx.today + rng.int(1, 7), Infinity) : day + 1 + rng.int(0, last - day - 1);
      const hour = rng.int(9, 17);
      activity(primary, hasPhone ? 'PHONE' : 'EMAIL', 'CALLBACK', fill(NT.callback, { date: dateText(isoDate(callbackDay)), hour }), localTimestamp(day, 8 * 60 + rng.int(0, 480)));
      nextActionDay = callbackDay;
      nextActionAt = localTimestamp(callbackDay, hour * 60);
    } else if (nextActionAt === null && assignee >= 0 && plan.stage >= PHONE && lastWorkDay < last - 7) {
      const channel = hasPhone ? 'PHONE' : hasEmail ? 'EMAIL' : 'LETTER';
      const at = localTimestamp(recentDay, 8 * 60 + rng.int(0, 540));
      if (channel === 'PHONE' && rng.chance(0.7)) activity(primary, channel, 'NO_CONTACT', rng.pick(NO_CONTACT_NOTES), at);
      else activity(primary, channel, 'RIGHT_PARTY_CONTACT', rng.pick(business ? RPC_BUSINESS_NOTES : RPC_NOTES), at);
    }
  }

  // As the live balances: the statutory flat compensation (BGB 288(5), renteloven 9a(3)) comes from the rules, not from fee rows.
  const balance = computeBalance(balanceInput(todayIso), { lineDetails: true, statutoryFlatFees: true });
  storeAllocations(batch, payments, balance);
  const openCents = Math.max(0, balance.totalCents);
  const oldestDueIso = isoDate(oldestDue);
  const priority = casePriority({
    openCents,
    daysOverdue: daysBetween(oldestDueIso, todayIso),
    stage: STAGES[plan.stage]!,
    brokenPromises,
    callbackDue: nextActionAt !== null && nextActionDay <= last,
  });

  batch.cases.add(
    caseId,
    ctx.creditorIds[plan.creditor]!,
    ctx.debtorIds[d]!,
    STATUSES[status]!,
    STAGES[plan.stage]!,
    status === OPEN && assignee >= 0 ? ctx.collectorIds[assignee]! : null,
    priority,
    openCents,
    currency,
    oldestDueIso,
    isoDate(placed),
    status === OPEN ? nextActionAt : null,
    holdReason,
    paidAt,
    1,
    localTimestamp(placed, 6 * 60),
    updatedAt,
    primary, // analytics credit the case to the collector who worked it
    isoDate(Math.min(stageDays[plan.stage]!, last)),
    openPrincipalCents(balance),
    // The day it left the dunning stages (paid, written off or handed to legal), which dates its
    // stage move to CLOSED; the closing-day trigger keeps a day the statement sets.
    status === PAID || status === UNCOLLECTIBLE || status === LEGAL ? isoDate(endDay) : null,
  );
}
