import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { ClaimPoolService } from '../src/queue/claim-pool.service.js';
import { DataSource, type Logger } from 'typeorm';
import { CasesRepository } from '../src/cases/cases.repository.js';
import { requestContext } from '../src/observability/logger.js';
import type { Fixture } from './fixtures.js';
import { addClaim, addFee, addPayment, addPromise } from './factories.js';
import { ApiInstance, connected, subscribe } from './harness.js';
import { withApi } from './with-api.js';

const LIST = `query($limit: Int!) {
  cases(page: { limit: $limit }) { items { claims { reference } balance { totalCents } promises { id } } }
}`;
const LIST_MORE = `query($limit: Int!) {
  cases(page: { limit: $limit }) {
    items {
      id claims { reference } balance { totalCents paidCents } promises { id } payments { id } letters { id }
      priorityParts { key } nextContactAllowedAt contactPolicyReason activities { id note }
    }
  }
}`;
const PAY = 'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }';
const CASE_UPDATED = 'subscription($id: ID!) { caseUpdated(caseId: $id) { id payments { amountCents } balance { paidCents } } }';

/**
 * Every statement the API's data source runs while counting (TypeORM hands each to its logger). With
 * `requestsOnly`, only those run for an HTTP request: the periodic jobs (expiry sweeps, the outbox,
 * the presence heartbeat) run outside any request and may fall into the window under load.
 */
class StatementCounter implements Logger {
  statements: string[] = [];
  counting = false;
  requestsOnly = false;
  logQuery(query: string): void {
    if (!this.counting || /\bpresence\b/.test(query)) return;
    if (this.requestsOnly && !requestContext.getStore()) return;
    this.statements.push(query.replace(/\s+/g, ' ').trim().slice(0, 120));
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

describe('Case fields load in batches per request', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  let collector: string;
  const counter = new StatementCounter();

  const bed = withApi({
    collectors: 1, cases: 60,
    arrange: async () => {
      ({ db, fx } = bed);
      // A second claim, a fee, a payment and a promise on every case, so that every batch has rows.
      for (const [i, id] of fx.cases.entries()) {
        await addClaim(db, id, {
          reference: `INV-B-${i}`, principalCents: 5000, invoiceDate: '2026-05-20', dueDate: '2026-06-10', defaultDate: '2026-07-10',
        });
        await addFee(db, id, { label: 'Mahngebühr', amountCents: 500, chargedOn: '2026-08-01' });
        await addPayment(db, id, { amountCents: 1000, receivedAt: '2026-09-01', reference: 'SEPA', source: 'MANUAL', idempotencyKey: `seed-${id}` });
        await addPromise(db, id, { amountCents: 2000, dueDate: '2026-12-01' });
      }
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    // Only the request's statements count: the claim pool's periodic release runs on its own.
    api.app.get(ClaimPoolService).onApplicationShutdown();
    const source = api.app.get(DataSource);
    source.logger = counter;
    admin = await api.login(fx.admin.email);
    collector = await api.login(fx.collectors[0].email);
  });

  const statementsOf = async (query: string, limit: number, token: string): Promise<{ items: number; statements: string[] }> => {
    counter.statements = [];
    counter.counting = true;
    counter.requestsOnly = true;
    try {
      const data = await api.ok<{ cases: { items: unknown[] } }>(query, { limit }, token);
      return { items: data.cases.items.length, statements: counter.statements };
    } finally {
      counter.counting = false;
      counter.requestsOnly = false;
    }
  };

  it.each([
    ['a manager-like caller (all creditors)', () => admin],
    ['a collector (their creditors only)', () => collector],
  ])('the statements of cases(limit) { claims balance promises } do not grow with the page size, for %s', async (_who, token) => {
    const small = await statementsOf(LIST, 5, token());
    const large = await statementsOf(LIST, 50, token());
    expect([small.items, large.items]).toEqual([5, 50]);
    expect(large.statements).toHaveLength(small.statements.length);
    // The page and its count, the caller's scope (for the list and once for the balances), claims,
    // fees, payments, write-offs and adjustments, and promises, the interest rate tables.
    expect(large.statements.length).toBeLessThanOrEqual(10);
    expect(large.statements.length).toBeGreaterThanOrEqual(5);
  });

  it('payments, letters, timelines, priority parts and contact decisions batch too', async () => {
    const small = await statementsOf(LIST_MORE, 5, admin);
    const large = await statementsOf(LIST_MORE, 50, admin);
    expect([small.items, large.items]).toEqual([5, 50]);
    expect(large.statements).toHaveLength(small.statements.length);
    // Page and count; claims, fees, payments, adjustments, promises, letters; timelines (activities, dunning steps,
    // broken promises); priority parts (creditor zones and snapshot); contact decisions (attempts,
    // last reminders, creditor policies); the interest rate tables of the balances.
    expect(large.statements.length).toBeLessThanOrEqual(17);
    expect(large.statements.length).toBeGreaterThanOrEqual(12);
  });

  it('the balance and lists agree with the rows per case', async () => {
    const data = await api.ok<{ cases: { items: { id: string; claims: { reference: string }[]; balance: { paidCents: number }; promises: unknown[]; payments: unknown[] }[] } }>(
      LIST_MORE, { limit: 50 }, admin,
    );
    for (const item of data.cases.items) {
      const i = fx.cases.indexOf(item.id);
      expect(item.claims.map((c) => c.reference).sort()).toEqual([`INV-${100 + i}`, `INV-B-${i}`].sort());
      expect(item.balance.paidCents).toBe(1000);
      expect(item.promises).toHaveLength(1);
      expect(item.payments).toHaveLength(1);
    }
  });

  it('casesByIds reads whole cases in the order asked, as one statement', async () => {
    const ids = [fx.cases[3]!, fx.danishCase, fx.cases[0]!];
    counter.statements = [];
    counter.counting = true;
    const found = await api.app.get(CasesRepository).casesByIds([...ids, '00000000-0000-0000-0000-000000000000']);
    counter.counting = false;
    expect(counter.statements).toHaveLength(1);
    expect(found.map((c) => c.id)).toEqual(ids);
    expect(found[1]).toMatchObject({ creditorId: fx.creditorDK, creditor: { country: 'DK', timeZone: 'Europe/Copenhagen' }, currency: 'DKK', assignee: null });
  });

  it('a subscription reads fresh rows at every event (no loader outlives its event)', async () => {
    const caseId = fx.cases[0]!;
    const socket = api.socket(admin);
    await connected(socket);
    const updates = subscribe<{ caseUpdated: { payments: { amountCents: number }[]; balance: { paidCents: number } } }>(
      socket, CASE_UPDATED, { id: caseId },
    );
    await new Promise((r) => setTimeout(r, 150));
    const pay = (amountCents: number) => api.ok(PAY, {
      input: { caseId, amountCents, receivedAt: '2026-11-20', reference: 'SEPA 1', idempotencyKey: randomUUID() },
    }, admin);
    await pay(111);
    const first = await updates.next();
    await pay(222);
    const second = await updates.next();
    expect(first.caseUpdated.payments.map((p) => p.amountCents).sort()).toEqual([1000, 111].sort());
    expect(first.caseUpdated.balance.paidCents).toBe(1111);
    expect(second.caseUpdated.payments.map((p) => p.amountCents).sort()).toEqual([1000, 111, 222].sort());
    expect(second.caseUpdated.balance.paidCents).toBe(1333);
    updates.stop();
  });
});
