import { DEFAULT_STRATEGY_DE, feeRulePartsOf, type DunningStrategy } from '@mahnwerk/domain';
import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, setCreditorAddress, type Fixture } from './fixtures.js';
import { updateCase } from './factories.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const RUN = `mutation($d: Date!) { runDunning(asOf: $d) { id status advanced held holds { caseId reason } } }`;
const BLOCKERS = `query($id: ID!) { case(id: $id) { id stage letterBlockers debtor { id addressResearched } } }`;
const ADD_AUTHORITY = `mutation($input: SupervisoryAuthorityInput!) {
  addSupervisoryAuthority(input: $input) { id validFrom name address electronicContact }
}`;
const AUTHORITIES = `query { supervisoryAuthorities { validFrom name address electronicContact } }`;
const UPDATE_DEBTOR = `mutation($id: ID!, $input: DebtorInput!) { updateDebtor(debtorId: $id, input: $input) { id address addressResearched } }`;
const CREATE_CREDITOR = `mutation($input: CreditorInput!) { createCreditor(input: $input) { id } }`;

const BFJ = 'Zuständige Aufsichtsbehörde: Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, https://www.bundesjustizamt.de.';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A strategy as the creditor input takes it. */
const strategyInput = (s: DunningStrategy) => ({
  name: s.name,
  stages: s.stages.map((st) => ({
    stage: st.stage, waitDays: st.waitDays, channel: st.channel, letterTemplate: st.letterTemplate, paymentWindowDays: st.paymentWindowDays,
    collectionWarning: st.collectionWarning ?? false,
    fee: st.fee
      ? (({ rule, factor, firstDemand, amountCents, label, statute }) => ({ rule, factor, firstDemand, amountCents, label, statute }))(feeRulePartsOf(st.fee))
      : null,
  })),
});

/**
 * RDG 13a end to end: a German consumer's letter waits while the contract's subject or date is
 * missing (no. 2) or no supervisory authority is in force (no. 8), the run says why and the case
 * shows it; the letter names the authority in force on its date and a researched address (no. 7);
 * the creditor's own dunning fees at actual cost only (BGB 280(2), 286), labelled in the letter's language.
 */
describe('letters to consumers (RDG 13a) and the creditor\'s own dunning fees', () => {
  const clock = new FixedClock(new Date('2026-03-02T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  let lead: string;
  let incomplete: string;
  let complete: string;
  let early: string;

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCase(db, fx.danishCase, { status: 'ON_HOLD' });
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      const common = {
        creditorId: fx.creditorDE, principalCents: 50_000, stage: 'REMINDER' as const, stageEnteredOn: '2026-03-02', placedAt: '2026-03-02',
        invoiceDate: '2026-02-01', dueDate: '2026-02-15', defaultDate: null, address: 'Hauptstraße 1, 10115 Berlin',
      };
      incomplete = await addCase(db, { ...common, priority: 1, reference: 'R-1', contractDate: null });
      complete = await addCase(db, { ...common, priority: 2, reference: 'R-2', contractSubject: 'Stromliefervertrag', contractDate: '2025-10-01' });
      // Due in December 2024, before the Bundesamt für Justiz took over (and no earlier entry exists).
      early = await addCase(db, {
        ...common, priority: 3, reference: 'R-3', stageEnteredOn: '2024-12-01', placedAt: '2024-12-01', invoiceDate: '2024-10-01', dueDate: '2024-10-15',
      });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
    lead = await api.login(fx.lead.email);
  });

  async function writeLetters(): Promise<void> {
    const writer = api.app.get(LetterWriterService);
    for (let i = 0; i < 100; i++) {
      await writer.writeAll();
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM letters WHERE status = 'PENDING'`);
      if (rows[0].n === 0) return;
      await sleep(50);
    }
    throw new Error('letters still pending');
  }

  async function runOn(date: string) {
    clock.instant = new Date(`${date}T10:00:00Z`);
    const { runDunning } = await api.ok<{ runDunning: { status: string; advanced: number; held: number; holds: { caseId: string; reason: string }[] } }>(
      RUN, { d: date }, lead,
    );
    expect(runDunning.status).toBe('DONE');
    await writeLetters();
    return runDunning;
  }

  const latestLetter = async (caseId: string) => {
    const { rows } = await db.query(
      `SELECT l.status, l.error, l.content, l.written_on FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id
        WHERE c.id = $1 ORDER BY l.written_on DESC LIMIT 1`,
      [caseId],
    );
    return rows[0] as { status: string; error: string | null; written_on: string; content: { legalNotices: string[]; tables: { title?: string; rows: string[][] }[] } } | undefined;
  };

  it('the migration holds the Bundesamt für Justiz from 2025-01-01', async () => {
    const { supervisoryAuthorities } = await api.ok(AUTHORITIES, {}, lead);
    expect(supervisoryAuthorities).toEqual([
      { validFrom: '2025-01-01', name: 'Bundesamt für Justiz', address: 'Adenauerallee 99-103, 53113 Bonn', electronicContact: 'https://www.bundesjustizamt.de' },
    ]);
  });

  it('a run with no supervisory authority in force holds the consumer letter and says why (RDG 13a(1) no. 8)', async () => {
    const run = await runOn('2024-12-20');
    expect(run.advanced).toBe(0);
    expect(run.held).toBe(1);
    expect(run.holds).toEqual([
      { caseId: early, reason: 'No supervisory authority is in force on the letter date (RDG 13a(1) no. 8): an admin adds it in the agency settings' },
    ]);
    expect((await db.query('SELECT stage FROM cases WHERE id = $1', [early])).rows[0].stage).toBe('REMINDER');
    await updateCase(db, early, { status: 'ON_HOLD' });
  });

  it('the case shows what is missing for its letter (RDG 13a(1) no. 2)', async () => {
    clock.instant = new Date('2026-03-10T10:00:00Z');
    const a = await api.ok(BLOCKERS, { id: incomplete }, lead);
    expect(a.case.letterBlockers).toEqual(['Claim R-1 has no contract date (RDG 13a(1) no. 2)']);
    const b = await api.ok(BLOCKERS, { id: complete }, lead);
    expect(b.case.letterBlockers).toEqual([]);
  });

  it('the run sends the complete case its letter, naming the authority in force, and holds the other with the reason', async () => {
    const run = await runOn('2026-03-16');
    expect(run.advanced).toBe(1);
    expect(run.held).toBe(1);
    expect(run.holds).toEqual([{ caseId: incomplete, reason: 'Claim R-1 has no contract date (RDG 13a(1) no. 2)' }]);
    // A German or Danish lead reads the run's reason and the case's in their language.
    const inLanguage = async (language: string) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${lead}`, 'accept-language': language },
        body: JSON.stringify({
          query: 'query($id: ID!) { dunningRuns { holds { reason } } case(id: $id) { letterBlockers } }', variables: { id: incomplete },
        }),
      });
      return ((await response.json()) as { data: { dunningRuns: { holds: { reason: string }[] }[]; case: { letterBlockers: string[] } } }).data;
    };
    const german = await inLanguage('de');
    expect(german.dunningRuns.flatMap((r) => r.holds.map((h) => h.reason))).toContain('Forderung R-1: Datum des Vertragsschlusses fehlt (§ 13a Abs. 1 Nr. 2 RDG)');
    expect(german.case.letterBlockers).toEqual(['Forderung R-1: Datum des Vertragsschlusses fehlt (§ 13a Abs. 1 Nr. 2 RDG)']);
    expect((await inLanguage('da')).case.letterBlockers).toEqual(['Krav R-1 mangler aftaledato (RDG § 13a, stk. 1, nr. 2)']);
    const stages = (await db.query('SELECT id, stage FROM cases WHERE id = ANY($1::uuid[])', [[incomplete, complete]])).rows;
    expect(Object.fromEntries(stages.map((r) => [r.id, r.stage]))).toEqual({ [incomplete]: 'REMINDER', [complete]: 'DUNNING_1' });
    const letter = (await latestLetter(complete))!;
    expect(letter.status).toBe('READY');
    expect(letter.content.legalNotices).toContain(BFJ);
    expect(letter.content.legalNotices).toContain('Forderungsgrund der Rechnung R-2: Stromliefervertrag, Vertrag vom 01.10.2025.');
    expect(letter.content.legalNotices).toContain('Ihre Anschrift wurde uns von unserem Auftraggeber mitgeteilt; eine Anschriftenermittlung fand nicht statt.');
  });

  it('an admin adds a dated authority (audited); others may not; a bad entry names its field', async () => {
    const input = { validFrom: '2026-03-20', name: 'Bundesamt für Justiz', address: 'Adenauerallee 99-103, 53113 Bonn', electronicContact: 'rdg@bfj.example.org' };
    const forbidden = await api.gql(ADD_AUTHORITY, { input }, lead);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.gql(ADD_AUTHORITY, { input: { ...input, electronicContact: 'Bonn' } }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'electronicContact' });
    const { addSupervisoryAuthority } = await api.ok(ADD_AUTHORITY, { input }, admin);
    expect(addSupervisoryAuthority).toMatchObject(input);
    const again = await api.gql(ADD_AUTHORITY, { input }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const audit = await db.query(`SELECT action, after FROM audit_events WHERE entity_id = $1`, [addSupervisoryAuthority.id]);
    expect(audit.rows).toEqual([{ action: 'agency.supervisory-authority.add', after: expect.objectContaining({ validFrom: '2026-03-20', electronicContact: 'rdg@bfj.example.org' }) }]);
  });

  it('a researched address: set by updateDebtor, and the letter says so and where to report an error (RDG 13a(1) no. 7)', async () => {
    const debtorId = (await api.ok(BLOCKERS, { id: complete }, lead)).case.debtor.id;
    const { updateDebtor } = await api.ok(UPDATE_DEBTOR, { id: debtorId, input: { address: 'Am Markt 3\n50667 Köln', addressResearched: true } }, admin);
    expect(updateDebtor).toMatchObject({ addressResearched: true });
    // The creditor's final reminder charges its actual cost (material and postage), within the cap.
    const strategy: DunningStrategy = {
      ...DEFAULT_STRATEGY_DE,
      stages: DEFAULT_STRATEGY_DE.stages.map((s) => (s.stage === 'DUNNING_2'
        ? { ...s, fee: { rule: 'FIXED', label: 'Dunning letter costs (postage and material)', amountCents: 150, statute: 'BGB 280(2), 286' } }
        : s)),
    };
    await db.query('UPDATE creditors SET dunning_strategy = $2 WHERE id = $1', [fx.creditorDE, JSON.stringify(strategy)]);
    await runOn('2026-03-30');
    const letter = (await latestLetter(complete))!;
    expect(letter.written_on).toBe('2026-03-30');
    expect(letter.status).toBe('READY');
    const notices = letter.content.legalNotices;
    expect(notices).toContain(
      'Ihre Anschrift wurde durch eine Anschriftenermittlung festgestellt. Ist sie falsch, teilen Sie uns das bitte mit: Mahnwerk Inkasso GmbH, Musterstraße 1, 20095 Hamburg.',
    );
    // The entry in force on the letter's date (from 2026-03-20).
    expect(notices).toContain('Zuständige Aufsichtsbehörde: Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, rdg@bfj.example.org.');
    // One language: the German letter's cost label is German.
    const costs = letter.content.tables.find((t) => t.title === 'Kosten')!;
    expect(costs.rows.map((r) => r[0])).toEqual(['Mahnkosten (Porto und Material, §§ 280 Abs. 2, 286 BGB)']);
    expect(JSON.stringify(letter.content)).not.toMatch(/Dunning|Invoice/);
  });

  it('a creditor\'s flat above the actual cost, or a fee for the letter that causes default, is refused with the reason (BGB 280(2), 286)', async () => {
    const GERMAN = {
      ref: 'HANSE-13A', name: 'Hanse Versand', legalName: 'Hanse Versand GmbH', country: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin',
      street: 'Ballindamm 1', postcode: '20095', city: 'Hamburg', registerCourt: 'Amtsgericht Hamburg', registerNumber: 'HRB 98765',
      iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', vatDeductible: true, letterLanguage: 'de',
    };
    const withFee = (index: number, amountCents: number) => {
      const s = strategyInput(DEFAULT_STRATEGY_DE);
      s.stages[index]!.fee = { rule: 'FIXED', factor: null, firstDemand: null, amountCents, label: 'Mahngebühr', statute: 'BGB 286' };
      return s;
    };
    const flat = await api.gql(CREATE_CREDITOR, { input: { ...GERMAN, dunningStrategy: withFee(2, 500) } }, admin);
    expect(flat.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dunningStrategy.stages.2.fee.amountCents' });
    expect(flat.errors?.[0]?.message).toMatch(/actual cost .* at most €2\.50/);
    const first = await api.gql(CREATE_CREDITOR, { input: { ...GERMAN, dunningStrategy: withFee(1, 100) } }, admin);
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dunningStrategy.stages.1.fee.amountCents' });
    const ok = await api.gql(CREATE_CREDITOR, { input: { ...GERMAN, dunningStrategy: withFee(2, 250) } }, admin);
    expect(ok.errors).toBeUndefined();
  });
});
