import { randomUUID } from 'node:crypto';
import { promisesFilledBy, type PromiseFill } from '@mahnwerk/domain';
import type pg from 'pg';
import { PaymentsRepository } from '../src/payments/payments.repository.js';
import type { Fixture } from './fixtures.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const CLAIM = 'mutation { claimNextCase { id } }';
const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`;

interface PromiseRowSeen {
  id: string;
  status: string;
  paid_cents: number;
  resolved_at: Date | null;
}

/**
 * Which promises a payment fills is the domain's decision (promisesFilledBy); the repository only
 * writes it. Each payment below is decided by the domain on the snapshot the service reads, then
 * recorded through the API, and the promise rows are compared with the decision row by row.
 */
describe('payments fill promises as the domain decides; batch reads of payments and promises', () => {
  const clock = new FixedClock(new Date('2026-11-02T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let token: string;
  let repository: PaymentsRepository;
  /** An overdue promise, a payment plan and a promise due with the plan's first installment. */
  let caseId: string;
  /** One payment, no promise. */
  let paidCase: string;

  const promiseRows = async (id: string): Promise<PromiseRowSeen[]> =>
    (await db.query('SELECT id, status, paid_cents, resolved_at FROM promises WHERE case_id = $1 ORDER BY id', [id])).rows;
  const pay = (id: string, amountCents: number, receivedAt = '2026-11-25') =>
    api.ok(PAY, { input: { caseId: id, amountCents, receivedAt, reference: 'SEPA', idempotencyKey: `key-${randomUUID()}` } }, token);

  const bed = withApi({ collectors: 1, cases: 3, clock });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    repository = api.app.get(PaymentsRepository, { strict: false });
    token = await api.login(fx.collectors[0].email);

    caseId = (await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id;
    paidCase = (await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id;
    // On Monday 2 November a promise due 10 November, which is never paid in time (the dunning run is off: it stays OPEN).
    await api.ok(RECORD, { input: { caseId, type: 'PROMISE_TO_PAY', promiseAmountCents: 5_000, promiseDate: '2026-11-10' } }, token);
    clock.instant = new Date('2026-11-25T10:00:00Z');
    await api.ok(RECORD, { input: { caseId, type: 'PAYMENT_PLAN', installments: [
      { dueDate: '2026-12-01', amountCents: 20_000 },
      { dueDate: '2027-01-01', amountCents: 20_000 },
    ] } }, token);
    await api.ok(RECORD, { input: { caseId, type: 'PROMISE_TO_PAY', promiseAmountCents: 3_000, promiseDate: '2026-12-01' } }, token);
    await pay(paidCase, 1_234, '2026-11-20');
  });

  it.each<[string, number, string[]]>([
    ['a part of the overdue promise', 4_000, []],
    ['the rest of the overdue promise, the first installment, the promise due with it and part of the second', 25_000,
      ['2026-11-10', '2026-12-01 #1', '2026-12-01']],
    ['more than the rest of the second installment', 30_000, ['2027-01-01 #2']],
  ])('%s: the rows are the domain decision', async (_name, amountCents, keptNow) => {
    const open = await repository.openPromisesOfCase(caseId);
    const decided: PromiseFill[] = promisesFilledBy(open, amountCents, '2026-11-25');
    const before = await promiseRows(caseId);

    await pay(caseId, amountCents);

    const after = await promiseRows(caseId);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    for (const [i, row] of after.entries()) {
      const was = before[i]!;
      const fill = decided.find((f) => f.id === row.id);
      if (!fill) {
        expect(row).toEqual(was);
        continue;
      }
      expect(row.paid_cents).toBe(fill.paidTowardsCents);
      expect(row.status).toBe(fill.kept ? 'KEPT' : was.status);
      expect(row.resolved_at).toEqual(fill.kept ? clock.instant : was.resolved_at);
    }
    const label = (id: string) => {
      const p = open.find((x) => x.id === id)!;
      return p.installment === null ? p.dueDate : `${p.dueDate} #${p.installment}`;
    };
    expect(decided.filter((f) => f.kept).map((f) => label(f.id))).toEqual(keptNow);
  });

  it('every promise is kept once the payments cover it', async () => {
    const rows = await promiseRows(caseId);
    expect(rows.map((r) => r.status)).toEqual(['KEPT', 'KEPT', 'KEPT', 'KEPT']);
    expect(await repository.openPromisesOfCase(caseId)).toEqual([]);
  });

});
