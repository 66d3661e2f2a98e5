import { inflateSync } from 'node:zlib';
import { DEFAULT_STRATEGY_DE } from '@mahnwerk/domain';
import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { epcQrRuns } from '../src/letters/letter-pdf.js';
import { HELD_ADDRESS_UNKNOWN } from '../src/letters/letters.repository.js';
import { addCase, setCreditorAddress, type Fixture } from './fixtures.js';
import { addDunningRun, addDunningStep, addLetter, debtorOf, updateCreditor } from './factories.js';
import { connected, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock); the run below is for that day.
const AS_OF = '2026-11-25';
const UPDATE = `mutation($id: ID!, $input: DebtorInput!) {
  updateDebtor(debtorId: $id, input: $input) { id name email phone address language timeZone addressUnknown }
}`;
const TIMELINE = `query($id: ID!) { case(id: $id) { timeline: activities { channel note actor { email } } } }`;
const LETTERS = `query($id: ID!) { case(id: $id) { debtor { addressUnknown } letters { id status heldReason } } }`;
const RUN = `mutation($d: Date!) { runDunning(asOf: $d) { status advanced letters } }`;

/** Rectangles drawn in a PDF's content streams (pdfkit compresses them with Flate). */
function rectanglesIn(pdf: Buffer): number {
  let count = 0;
  for (let at = pdf.indexOf('stream\n'); at >= 0; at = pdf.indexOf('stream\n', at + 1)) {
    if (pdf.subarray(at - 3, at).toString() === 'end') continue;
    const end = pdf.indexOf('\nendstream', at);
    try {
      count += (inflateSync(pdf.subarray(at + 7, end)).toString('latin1').match(/ re\n/g) ?? []).length;
    } catch {
      // not a Flate stream
    }
  }
  return count;
}

/** Writes the letters that are not held; the run itself wakes the writer too, so wait for it. */
async function writeLetters(api: ApiInstance): Promise<void> {
  const writer = api.app.get(LetterWriterService);
  for (let i = 0; i < 20; i++) {
    await writer.writeAll();
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('updateDebtor and the letters: where and how to pay, letters held while the address is unknown', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  let otherCollector: string;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 2, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      await setCreditorAddress(db, fx.creditorDK, 'Vesterbrogade 10, 1620 København V');
      await updateCreditor(db, fx.creditorDE, { account: { legalName: 'Stadtwerke Test GmbH', iban: 'DE37670505050038124507', bic: 'MANSDE66XXX' } });
      // Due for REMINDER -> DUNNING_1 by letter; the first in the first collector's queue.
      ids.assigned = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 100_000, priority: 1, stage: 'REMINDER', stageEnteredOn: '2026-11-11',
        address: 'Hauptstraße 1, 10115 Berlin', assigneeId: fx.collectors[0]!.id, reference: 'INV-1',
      });
      // A debtor whose letter of an earlier run is not written yet, and whose other case is due for its letter step.
      ids.unknown = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 50_000, priority: 2, stage: 'DUNNING_1', stageEnteredOn: '2026-11-20',
        address: 'Alte Straße 9, 50667 Köln', reference: 'INV-2',
      });
      const earlier = await addDunningRun(db, '2026-11-20', 'DONE');
      await addDunningStep(db, ids.unknown, { runId: earlier, fromStage: 'REMINDER', toStage: 'DUNNING_1', steppedOn: '2026-11-20' });
      ids.pendingLetter = await addLetter(db, ids.unknown, { runId: earlier, writtenOn: '2026-11-20' });
      ids.unknownDue = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 20_000, priority: 4, stage: 'REMINDER', stageEnteredOn: '2026-11-11',
        debtorId: await debtorOf(db, ids.unknown), reference: 'INV-4',
      });
      // Danish, in DKK, and its creditor has no account of its own: the agency's collection account.
      ids.danish = await addCase(db, {
        creditorId: fx.creditorDK, principalCents: 750_000, priority: 3, currency: 'DKK', country: 'DK', stage: 'REMINDER',
        stageEnteredOn: '2026-11-11', address: 'Strøget 1, 1160 København K', reference: 'F-3',
      });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0]!.email);
    otherCollector = await api.login(fx.collectors[1]!.email);
    // The letter writer must not write the pending letter before its debtor's address is marked unknown.
  });

  it('the assigned collector changes e-mail and phone: audited with the old values, on the timeline, live', async () => {
    const debtorId = await debtorOf(db, ids.assigned);
    const socket = api.socket(collector);
    await connected(socket);
    const updates = subscribe<any>(socket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { id debtor { email } } }', { id: ids.assigned });
    await api.untilListening('case', 1);

    const data = await api.ok(UPDATE, { id: debtorId, input: { email: 'new@example.org', phone: '+49 221 9876543' } }, collector);
    expect(data.updateDebtor).toMatchObject({ id: debtorId, email: 'new@example.org', phone: '+49 221 9876543', addressUnknown: false });
    expect((await updates.next()).caseUpdated).toEqual({ id: ids.assigned, debtor: { email: 'new@example.org' } });
    updates.stop();
    await socket.dispose();

    const audit = (await db.query(
      `SELECT actor_id, action, before, after FROM audit_events WHERE entity = 'debtor' AND entity_id = $1`, [debtorId],
    )).rows;
    expect(audit).toEqual([{
      actor_id: fx.collectors[0]!.id, action: 'debtor.updated',
      before: null, after: { changedFields: ['email', 'phone'] },
    }]);
    // The values are on the timeline (pseudonymised with the debtor), never in the append-only trail.
    expect(JSON.stringify(audit)).not.toMatch(/example\.org|\+49/);

    const timeline = (await api.ok(TIMELINE, { id: ids.assigned }, lead)).case.timeline;
    expect(timeline).toContainEqual({
      channel: 'SYSTEM', actor: { email: fx.collectors[0]!.email },
      note: 'Debtor details changed: E-mail debtor@example.org → new@example.org; Phone +49 30 1234567 → +49 221 9876543',
    });
  });

  it('another collector gets FORBIDDEN and nothing changes', async () => {
    const debtorId = await debtorOf(db, ids.assigned);
    const result = await api.gql(UPDATE, { id: debtorId, input: { name: 'Someone Else' } }, otherCollector);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await db.query('SELECT name FROM debtors WHERE id = $1', [debtorId])).rows[0].name).toBe('Debtor 1');
  });

  it.each([
    ['email', { email: 'not-an-address' }],
    ['phone', { phone: '12' }],
    ['language', { language: 'fr' }],
    ['timeZone', { timeZone: 'Europe/Atlantis' }],
    ['address', { address: '' }],
  ])('refuses a bad %s with BAD_USER_INPUT at that field', async (field, input) => {
    const result = await api.gql(UPDATE, { id: await debtorOf(db, ids.assigned), input }, lead);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('a lead marks an address unknown: the pending letter is held, with the reason on the case', async () => {
    const debtorId = await debtorOf(db, ids.unknown);
    const data = await api.ok(UPDATE, { id: debtorId, input: { addressUnknown: true } }, lead);
    expect(data.updateDebtor.addressUnknown).toBe(true);
    await writeLetters(api);
    const letters = (await api.ok(LETTERS, { id: ids.unknown }, lead)).case;
    expect(letters).toEqual({
      debtor: { addressUnknown: true }, letters: [{ id: ids.pendingLetter, status: 'PENDING', heldReason: HELD_ADDRESS_UNKNOWN }],
    });
  });

  it('the dunning run writes no letter for that debtor (the letter step waits) and writes the others with payment details', async () => {
    const run = (await api.ok(RUN, { d: AS_OF }, lead)).runDunning;
    expect(run.status).toBe('DONE');
    await writeLetters(api);
    const caseIds = [ids.assigned, ids.unknown, ids.unknownDue, ids.danish];
    const stages = (await db.query('SELECT id, stage FROM cases WHERE id = ANY($1::uuid[])', [caseIds])).rows;
    expect(Object.fromEntries(stages.map((r) => [r.id, r.stage]))).toEqual({
      [ids.assigned]: 'DUNNING_1', [ids.unknown]: 'DUNNING_1', [ids.unknownDue]: 'REMINDER', [ids.danish]: 'DUNNING_1',
    });
    const held = (await db.query('SELECT status FROM letters WHERE debtor_id = $1', [await debtorOf(db, ids.unknown)])).rows;
    expect(held).toEqual([{ status: 'PENDING' }]);

    const letterOf = async (caseId: string) =>
      (await db.query(
        `SELECT l.status, l.error, l.content, l.pdf FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id
          WHERE c.id = $1 AND l.written_on = $2`, [caseId, AS_OF],
      )).rows[0];
    const german = await letterOf(ids.assigned);
    expect(german.status).toBe('READY');
    const debtorRef = (await db.query('SELECT ref FROM debtors WHERE id = $1', [await debtorOf(db, ids.assigned)])).rows[0].ref;
    expect(german.content.payment).toMatchObject({
      accountHolder: 'Stadtwerke Test GmbH', iban: 'DE37 6705 0505 0038 1245 07', bic: 'MANSDE66XXX',
      reference: `INV-1/${debtorRef}`, currency: 'EUR', deadline: german.content.deadline,
    });
    expect(german.content.payment.amountCents).toBeGreaterThanOrEqual(100_000);
    const text = german.content.paragraphs.join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('IBAN DE37 6705 0505 0038 1245 07, BIC MANSDE66XXX');
    expect(text).toContain(`INV-1/${debtorRef}`);
    expect(german.content.payment.epcPayload.split('\n').slice(0, 8)).toEqual([
      'BCD', '002', '1', 'SCT', 'MANSDE66XXX', 'Stadtwerke Test GmbH', 'DE37670505050038124507',
      `EUR${Math.floor(german.content.payment.amountCents / 100)}.${String(german.content.payment.amountCents % 100).padStart(2, '0')}`,
    ]);
    // The GiroCode is drawn as vector rectangles (one per run of dark modules).
    expect(rectanglesIn(german.pdf)).toBeGreaterThan(100);
    // Sent by the agency the config names (AGENCY_NAME, AGENCY_ADDRESS; their defaults here).
    expect(german.content.sender).toEqual(['Mahnwerk Inkasso GmbH', 'Musterstraße 1', '20095 Hamburg']);

    const danish = await letterOf(ids.danish);
    expect(danish.status).toBe('READY');
    // No IBAN of the Danish creditor: the agency's collection account from the config.
    expect(danish.content.payment).toMatchObject({
      accountHolder: 'Mahnwerk Inkasso GmbH', iban: 'DE87 2004 0000 0627 3849 00', bic: 'COBADEHHXXX', currency: 'DKK', epcPayload: null,
    });
    // No GiroCode: the only QR code is the debtor's portal link.
    expect(danish.content.portal.url).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
    expect(rectanglesIn(danish.pdf)).toBe(epcQrRuns(danish.content.portal.url).runs.length);
  });

  it('a known address again releases the held letter, dated the day of release', async () => {
    const debtorId = await debtorOf(db, ids.unknown);
    await api.ok(UPDATE, { id: debtorId, input: { addressUnknown: false, address: 'Neue Straße 1\n50667 Köln' } }, lead);
    await writeLetters(api);
    const letter = (await db.query('SELECT status, written_on, content FROM letters WHERE id = $1', [ids.pendingLetter])).rows[0];
    expect(letter).toMatchObject({ status: 'READY', written_on: AS_OF });
    expect(letter.content.recipient).toEqual(['Debtor 2', 'Neue Straße 1', '50667 Köln']);
    // Both open cases of the debtor for the creditor: the debtor reference is the payment reference.
    expect(letter.content.tables[0].rows.map((r: string[]) => r[1]).sort()).toEqual(['INV-2', 'INV-4']);
    expect(letter.content.payment.reference).toMatch(/^D-/);
    const timeline = (await api.ok(TIMELINE, { id: ids.unknown }, lead)).case.timeline;
    expect(timeline.map((a: { note: string }) => a.note)).toContain(
      'Debtor details changed: Address Alte Straße 9, 50667 Köln → Neue Straße 1, 50667 Köln; Address unknown yes → no',
    );
  });
});

describe('dunning e-mails carry the payment block', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let caseId: string;

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      // The first dunning notice goes by e-mail.
      await updateCreditor(db, fx.creditorDE, {
        account: { legalName: 'Stadtwerke Test GmbH', iban: 'DE37670505050038124507', bic: 'MANSDE66XXX' },
        dunningStrategy: {
          ...DEFAULT_STRATEGY_DE,
          stages: DEFAULT_STRATEGY_DE.stages.map((s) => (s.stage === 'DUNNING_1' ? { ...s, channel: 'EMAIL' } : s)),
        },
      });
      caseId = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 100_000, priority: 1, stage: 'REMINDER', stageEnteredOn: '2026-11-11', reference: 'INV-7',
      });
    },
  });
  beforeAll(() => void ({ api, db, fx } = bed));

  it('names amount, deadline, account holder, IBAN, BIC and the payment reference', async () => {
    const lead = await api.login(fx.lead.email);
    const run = (await api.ok(RUN, { d: AS_OF }, lead)).runDunning;
    expect(run.advanced).toBe(1);
    const mail = (await db.query('SELECT body FROM outbox WHERE case_id = $1', [caseId])).rows[0];
    const ref = (await db.query('SELECT d.ref FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = $1', [caseId])).rows[0].ref;
    const window = DEFAULT_STRATEGY_DE.stages.find((s) => s.stage === 'DUNNING_1')!.paymentWindowDays;
    const deadline = new Date(Date.UTC(2026, 10, 25 + window));
    const dotted = `${String(deadline.getUTCDate()).padStart(2, '0')}.${String(deadline.getUTCMonth() + 1).padStart(2, '0')}.${deadline.getUTCFullYear()}`;
    const body = (mail.body as string).replace(/\u00a0/g, ' ');
    expect(body).toContain(`Bitte überweisen Sie den Gesamtbetrag von 1.000,00 € bis zum ${dotted}.`);
    expect(body).toContain(
      `Zahlungsempfänger: Stadtwerke Test GmbH, IBAN DE37 6705 0505 0038 1245 07, BIC MANSDE66XXX. Bitte geben Sie als Verwendungszweck INV-7/${ref} an`,
    );
  });
});
