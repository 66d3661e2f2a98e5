import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { addClaim } from './factories.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25 (FixedClock). The built-in German table ends on 2026-01-01 and the
// Danish one on 2025-07-01, so both are stale that day (more than six months after their last row).
const BALANCE = `query($id: ID!) { case(id: $id) { balance { interestCents lines { kind explanation } warnings { code country tableEndsOn message } } } }`;
const STATUS = `{ interestRateStatus { country endsOn currentThrough stale staleCases } }`;
const RATES = `{ interestRates { country from ratePercent builtIn source } }`;
const ADD = `mutation($input: AddInterestRateInput!) { addInterestRate(input: $input) { country from ratePercent builtIn source } }`;

describe('interest: BGB 288 margins per claim, Danish + 7, stale rate tables and rates added by an admin', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  let lead: string;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      // German business debtor: the invoice of addCase (goods or services, default), an old contract, another kind of claim.
      ids.de = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 100_000, priority: 1, debtorKind: 'business', reference: 'NEW',
        invoiceDate: '2026-05-15', dueDate: '2026-06-01', defaultDate: '2026-06-30',
      });
      await addClaim(db, ids.de, {
        reference: 'OLD', principalCents: 100_000, invoiceDate: '2026-05-15', dueDate: '2026-06-01', defaultDate: '2026-06-30',
        contractDate: '2014-07-01', claimKind: 'goods_services',
      });
      await addClaim(db, ids.de, {
        reference: 'DAMAGES', principalCents: 100_000, invoiceDate: '2026-05-15', dueDate: '2026-06-01', defaultDate: '2026-06-30',
        claimKind: 'other',
      });
      // Danish claim due before 2013-03-01: reference rate + 7 (renteloven 5 as before 2013-03-01).
      ids.dk = await addCase(db, {
        creditorId: fx.creditorDK, principalCents: 500_000, priority: 2, currency: 'DKK', country: 'DK', reference: 'F-OLD',
        invoiceDate: '2013-01-01', dueDate: '2013-02-01', defaultDate: null,
      });
    },
  });

  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
    lead = await api.login(fx.lead.email);
  });

  interface BalanceView {
    interestCents: number;
    lines: { kind: string; explanation: string }[];
    warnings: { code: string; country: string; tableEndsOn: string; message: string }[];
  }
  type Status = { interestRateStatus: unknown[] };
  const balance = async (id: string): Promise<BalanceView> => {
    const r = await api.gql<{ case: { balance: BalanceView } }>(BALANCE, { id }, lead);
    expect(r.errors).toBeUndefined();
    return r.data!.case.balance;
  };
  const interestOf = (b: Awaited<ReturnType<typeof balance>>, ref: string) =>
    b.lines.filter((l) => l.kind === 'INTEREST' && l.explanation.startsWith(`Interest on invoice ${ref}:`)).map((l) => l.explanation);

  it('applies 9 points to goods and services, 8 to an obligation from before 2014-07-29, 5 to other claims (BGB 288, Art. 229 § 34 EGBGB)', async () => {
    const b = await balance(ids.de!);
    expect(interestOf(b, 'NEW')[0]).toContain('10.27% p.a. (base rate 1.27% + 9 points, BGB 288(2), 247)');
    expect(interestOf(b, 'OLD')[0]).toContain('9.27% p.a. (base rate 1.27% + 8 points, BGB 288(2) old version, Art. 229 § 34 EGBGB, 247)');
    expect(interestOf(b, 'DAMAGES')[0]).toContain('6.27% p.a. (base rate 1.27% + 5 points, BGB 288(1), 247; not a claim for goods or services)');
  });

  it('gives a Danish claim due before 2013-03-01 the reference rate + 7, from the due date (renteloven 3(1), 5)', async () => {
    const b = await balance(ids.dk!);
    const lines = interestOf(b, 'F-OLD');
    expect(lines[0]).toContain('+ 7 points, renteloven 5, due before 2013-03-01');
    // renteloven 3(1): the due date 2013-02-01 was fixed in advance and lies after invoice + 30 days
    // (2013-01-31, 3(3)), so interest runs for every day after the due date
    expect(lines[0]).toContain('from 2013-02-02');
  });

  it('marks balances computed past a stale table and counts the cases for the dashboard', async () => {
    const de = await balance(ids.de!);
    expect(de.warnings).toEqual([expect.objectContaining({ code: 'STALE_RATE_TABLE', country: 'DE', tableEndsOn: '2026-01-01' })]);
    expect(de.warnings[0]!.message).toContain('rate table ends on 2026-01-01');
    const dk = await balance(ids.dk!);
    expect(dk.warnings.map((w) => w.tableEndsOn)).toEqual(['2025-07-01']);
    const status = await api.gql<Status>(STATUS, {}, lead);
    expect(status.data!.interestRateStatus).toEqual([
      { country: 'DE', endsOn: '2026-01-01', currentThrough: '2026-07-01', stale: true, staleCases: 1 },
      // the Danish claim above and the fixture's Danish case
      { country: 'DK', endsOn: '2025-07-01', currentThrough: '2026-01-01', stale: true, staleCases: 2 },
    ]);
  });

  it('only an admin adds a rate, and only a real one', async () => {
    const input = { country: 'DE', from: '2026-07-01', ratePercent: '1.02', source: 'Bundesbank press notice' };
    const asLead = await api.gql(ADD, { input }, lead);
    expect(asLead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badDate = await api.gql(ADD, { input: { ...input, from: '2026-08-01' } }, admin);
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const badRate = await api.gql(ADD, { input: { ...input, ratePercent: '1,02' } }, admin);
    expect(badRate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ratePercent' });
  });

  it('an added rate is stored, audited and used by the balance at once: the warning goes away', async () => {
    const input = { country: 'DE', from: '2026-07-01', ratePercent: '1.02', source: 'Bundesbank press notice' };
    const added = await api.gql(ADD, { input }, admin);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addInterestRate).toEqual({ country: 'DE', from: '2026-07-01', ratePercent: '1.02', builtIn: false, source: 'Bundesbank press notice' });
    const again = await api.gql(ADD, { input }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const rates = await api.gql<{ interestRates: unknown[] }>(RATES, {}, admin);
    expect(rates.data!.interestRates[0]).toEqual({ country: 'DE', from: '2026-07-01', ratePercent: '1.02', builtIn: false, source: 'Bundesbank press notice' });
    const audit = await db.query(`SELECT action, after->>'ratePercent' AS rate FROM audit_events WHERE entity = 'interest_rate'`);
    expect(audit.rows).toEqual([{ action: 'interest-rate.create', rate: '1.02' }]);

    const b = await balance(ids.de!);
    expect(b.warnings).toEqual([]);
    // 2026-07-01 .. 2026-11-25 now at 1.02 + 9 points
    expect(interestOf(b, 'NEW').some((l) => l.includes('10.02% p.a. (base rate 1.02% + 9 points') && l.includes('from 2026-07-01 to 2026-11-25'))).toBe(true);
    const status = await api.gql<Status>(STATUS, {}, lead);
    expect(status.data!.interestRateStatus[0]).toEqual({ country: 'DE', endsOn: '2026-07-01', currentThrough: '2027-01-01', stale: false, staleCases: 0 });
  });
});
