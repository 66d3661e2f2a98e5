import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addDunningRun, addLetter, debtorOf, updateCase } from './factories.js';
import { writeCounts, type Fixture } from './fixtures.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const CASE = 'query($id: ID!) { case(id: $id) { id debtor { name } } }';
const NOTE = 'mutation($id: ID!) { addNote(caseId: $id, text: "checked") { id } }';
const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }';
const OUTCOME = 'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id } }';
const RELEASE = 'mutation($id: ID!) { releaseCase(caseId: $id) { id } }';
const HOLDS = 'query($id: ID!) { case(id: $id) { holds { id } } }';
const DEBTOR = 'mutation($id: ID!) { updateDebtor(debtorId: $id, input: { name: "X" }) { id } }';

type Ask = (id: string) => Promise<{ code: unknown; message: string }>;

/**
 * A case outside the caller's scope (a creditor they do not work for) answers exactly as a missing
 * one: the same code and the same message with only the id in it. A malformed id is BAD_USER_INPUT
 * before any SQL runs (no cast error from Postgres).
 */
describe('case scope: out of scope is NOT_FOUND like a missing case; ids are checked at the edge', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let tokens: Record<'germanOnly' | 'danishOnly' | 'admin', string>;
  let danishLetter: string;

  const bed = withApi({
    collectors: 2, cases: 2,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCase(db, fx.cases[0]!, { assigneeId: fx.collectors[1]!.id });
      await updateCase(db, fx.danishCase, { assigneeId: fx.collectorB.id });
      const run = await addDunningRun(db, '2026-11-01');
      danishLetter = await addLetter(db, fx.danishCase, { runId: run, writtenOn: '2026-11-01' });
      await db.query(
        `UPDATE letters SET status = 'READY', content = '{}'::json, content_sha256 = 'x', pdf = '\\x255044462d', pdf_sha256 = 'x', ready_at = now() WHERE id = $1`,
        [danishLetter],
      );
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    tokens = {
      germanOnly: await api.login(fx.collectors[1]!.email),
      danishOnly: await api.login(fx.collectorB.email),
      admin: await api.login(fx.admin.email),
    };
  });
  const base = () => api.url.replace(/\/graphql$/, '');
  const gqlAsk = (query: string, vars: (id: string) => Record<string, unknown>, token: () => string): Ask => async (id) => {
    const result = await api.gql(query, vars(id), token());
    expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
    return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? '' };
  };
  const httpAsk = (path: (id: string) => string, token: () => string): Ask => async (id) => {
    const res = await fetch(`${base()}${path(id)}`, { headers: { authorization: `Bearer ${token()}` } });
    const body = await res.json() as { code?: string; message: string };
    return { code: `${res.status} ${body.code ?? body.message}`, message: body.message };
  };
  /** The answer with the asked id blanked: what a caller could compare. */
  const shape = async (ask: Ask, id: string) => {
    const { code, message } = await ask(id);
    return { code, message: message.replaceAll(id, '<id>') };
  };

  describe.each<[string, () => string, () => string]>([
    ['a collector of the German creditor asking for the Danish case', () => tokens.germanOnly, () => fx.danishCase],
    ['a collector restricted to the Danish creditor asking for a German case', () => tokens.danishOnly, () => fx.cases[0]!],
  ])('%s', (_who, token, foreign) => {
    it.each<[string, (token: () => string) => Ask]>([
      ['case (query)', (t) => gqlAsk(CASE, (id) => ({ id }), t)],
      ['case holds (query)', (t) => gqlAsk(HOLDS, (id) => ({ id }), t)],
      ['addNote', (t) => gqlAsk(NOTE, (id) => ({ id }), t)],
      ['recordPayment', (t) => gqlAsk(PAY, (id) => ({ i: { caseId: id, amountCents: 100, receivedAt: '2026-11-20', reference: 'r', idempotencyKey: `k-${id}` } }), t)],
      ['recordOutcome', (t) => gqlAsk(OUTCOME, (id) => ({ i: { caseId: id, type: 'NO_CONTACT' } }), t)],
      ['releaseCase', (t) => gqlAsk(RELEASE, (id) => ({ id }), t)],
      ['GET dispute document', (t) => httpAsk((id) => `/cases/${id}/disputes/${randomUUID()}/documents/${randomUUID()}`, t)],
    ])('%s: the same answer as for a random id, and nothing is written', async (_op, ask) => {
      const before = await writeCounts(db);
      const outside = await shape(ask(token), foreign());
      const missing = await shape(ask(token), randomUUID());
      expect(outside).toEqual(missing);
      expect(String(outside.code)).toMatch(/NOT_FOUND|404/);
      expect(outside.message).toBe('Case <id> does not exist.');
      expect(await writeCounts(db)).toEqual(before);
    });
  });

  it('updateDebtor: a debtor with no case of the caller\'s creditors answers as a missing debtor', async () => {
    const danishDebtor = await debtorOf(db, fx.danishCase);
    const ask = gqlAsk(DEBTOR, (id) => ({ id }), () => tokens.germanOnly);
    const outside = await shape(ask, danishDebtor);
    expect(outside).toEqual(await shape(ask, randomUUID()));
    expect(outside).toEqual({ code: 'NOT_FOUND', message: 'Debtor <id> does not exist.' });
    expect((await db.query('SELECT name FROM debtors WHERE id = $1', [danishDebtor])).rows[0].name).not.toBe('X');
  });

  it('a letter of another creditor answers as a missing letter (HTTP)', async () => {
    const ask = httpAsk((id) => `/letters/${id}.pdf`, () => tokens.germanOnly);
    const outside = await shape(ask, danishLetter);
    expect(outside).toEqual(await shape(ask, randomUUID()));
    expect(outside).toEqual({ code: '404 NOT_FOUND', message: 'Letter <id> does not exist.' });
    // The collector who works the Danish creditor gets it.
    const res = await fetch(`${base()}/letters/${danishLetter}.pdf`, { headers: { authorization: `Bearer ${tokens.danishOnly}` } });
    expect(res.status).toBe(200);
    // Which is a staff read of the debtor's personal data (the address on the letter); the refused ones are not.
    const reads = await db.query(`SELECT actor_id, entity_id, after FROM audit_events WHERE action = 'debtor.read'`);
    expect(reads.rows).toEqual([{ actor_id: fx.collectorB.id, entity_id: await debtorOf(db, fx.danishCase), after: { letterId: danishLetter, via: 'letter' } }]);
  });

  it('the case is there for those whose scope it is in', async () => {
    expect((await api.ok(CASE, { id: fx.danishCase }, tokens.danishOnly)).case.id).toBe(fx.danishCase);
    expect((await api.ok(CASE, { id: fx.danishCase }, tokens.admin)).case.id).toBe(fx.danishCase);
  });

  it.each([
    ['case', CASE, { id: 'not-a-uuid' }],
    ['addNote', NOTE, { id: "1' OR '1'='1" }],
    ['recordPayment input', PAY, { i: { caseId: '123', amountCents: 100, receivedAt: '2026-11-20', reference: 'r', idempotencyKey: 'k-bad' } }],
    ['updateDebtor', DEBTOR, { id: 'x' }],
    ['creditorReport', 'query($id: ID!) { creditorReport(creditorId: $id, from: "2026-11-01", to: "2026-11-30") { creditor { id } } }', { id: 'nope' }],
    ['previewBankStatement mappingId', 'query($id: ID!) { previewBankStatement(input: { content: "a;b", format: CSV, mappingId: $id }) { credits } }', { id: 'nope' }],
  ])('GraphQL %s with a malformed id: BAD_USER_INPUT, not a database error', async (_op, query, variables) => {
    const result = await api.gql(query, variables, tokens.admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).not.toMatch(/database|invalid input syntax/i);
  });

  it.each([
    ['letter PDF', '/letters/not-a-uuid.pdf'],
    ['dispute document', `/cases/nope/disputes/${randomUUID()}/documents/${randomUUID()}`],
    ['print batch', '/print-batches/123.csv'],
    ['case import rejects', '/imports/cases/xyz/rejected.csv'],
    ['audit export', '/audit/export.csv?creditorId=abc&from=2026-11-01&to=2026-11-30'],
  ])('HTTP %s with a malformed id: 400 with code BAD_USER_INPUT', async (_route, path) => {
    const res = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ statusCode: 400, code: 'BAD_USER_INPUT', message: expect.stringMatching(/is not a valid id/) });
  });
});
