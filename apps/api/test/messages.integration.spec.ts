import { DEFAULT_STRATEGY_DE } from '@mahnwerk/domain';
import type pg from 'pg';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { OutboxService } from '../src/outbox/outbox.service.js';
import { addCase, setCreditorAddress, type Fixture } from './fixtures.js';
import { updateCase, updateCreditor, updateDebtorOf } from './factories.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

interface Received { to: string[]; raw: string }

/** A real SMTP server on a free port: keeps what arrives, refuses recipients at refuse.example.org. */
function startSmtp(): Promise<{ server: SMTPServer; port: number; received: Received[]; next: () => Promise<Received> }> {
  const received: Received[] = [];
  const waiting: ((r: Received) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refuse.example.org')) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') };
        received.push(mail);
        waiting.shift()?.(mail);
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      resolve({
        server, port, received,
        next: () => new Promise<Received>((res, rej) => {
          const timer = setTimeout(() => rej(new Error('no mail arrived within 10 s')), 10_000);
          waiting.push((m) => { clearTimeout(timer); res(m); });
        }),
      });
    });
  });
}

/** The text part of a raw mail, quoted-printable decoded. */
function textOf(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const qp = /content-transfer-encoding:\s*quoted-printable/i.test(raw);
  if (!qp) return body.replace(/\r\n/g, '\n');
  return Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8').replace(/\r\n/g, '\n');
}

/** Waits until the outbox made its first attempt at a message (the send wakes it; another round may be under way). */
async function handled(api: ApiInstance, db: pg.Pool, id: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await api.app.get(OutboxService).deliverPending();
    const { rows } = await db.query('SELECT attempts FROM outbox WHERE id = $1', [id]);
    if (rows[0].attempts > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`message ${id} was not handled`);
}

const SEND = `mutation($input: SendCaseMessageInput!) {
  sendCaseMessage(input: $input) { id channel to subject body status language templateVersion templateStage }
}`;
const MESSAGES = `query($id: ID!) { case(id: $id) { messages { id channel status attempts lastError templateVersion language subject }
  activities { channel note } } }`;

describe('messages: templates per stage and language, sent through the outbox to a real SMTP server', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let danishCase: string;
  let germanCase: string;

  const bed = withApi({
    collectors: 2, cases: 0,
    env: () => ({ MAIL_TRANSPORT: `smtp://127.0.0.1:${smtp.port}` }),
    arrange: async () => {
      ({ db, fx } = bed);
      smtp = await startSmtp();
      bed.onClose(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));
      danishCase = await addCase(db, { creditorId: fx.creditorDK, principalCents: 250_000, priority: 1, stage: 'DUNNING_1', currency: 'DKK', country: 'DK', reference: 'F-77' });
      await updateDebtorOf(db, danishCase, { language: 'da', timeZone: 'Europe/Copenhagen' });
      germanCase = await addCase(db, { creditorId: fx.creditorDE, principalCents: 80_000, priority: 2, stage: 'REMINDER', reference: 'R-5' });
      // A Danish-speaking debtor of a German creditor: German creditors write in de or en only.
      await updateDebtorOf(db, germanCase, { language: 'da' });
      await updateCase(db, [danishCase, germanCase], { assigneeId: fx.collectors[0]!.id });
    },
  });
  beforeAll(() => void ({ api, db, fx } = bed));

  it('a collector\'s e-mail arrives at the SMTP server with the stage template\'s text in the debtor\'s language', async () => {
    const token = await api.login(fx.collectors[0]!.email);
    const arrived = smtp.next();
    const sent = (await api.ok(SEND, { input: { caseId: danishCase, channel: 'EMAIL' } }, token)).sendCaseMessage;
    expect(sent).toMatchObject({ channel: 'EMAIL', to: 'debtor@example.org', language: 'da', templateVersion: 1, templateStage: 'DUNNING_1' });
    expect(sent.subject).toBe('Rykker F-77/' + (await db.query('SELECT d.ref FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = $1', [danishCase])).rows[0].ref);
    const mail = await arrived;
    expect(mail.to).toEqual(['debtor@example.org']);
    const text = textOf(mail.raw).replace(/\u00a0/g, ' ');
    expect(text).toContain('Kære Debtor 1');
    expect(text).toContain('Selv om beløbet er forfaldent, er kravet fra');
    expect(text).toMatch(/Der udestår 2\.500,00 kr\./);
    expect(text).toContain('Med venlig hilsen');
    expect(textOf(mail.raw)).not.toContain('{');

    // Final state on the case and its timeline. The two fields are read by separate queries, so one
    // read can catch the delivery's commit between them: wait until both show it.
    const emailEntry = (t: any) => t.channel === 'EMAIL' && /E-mail "Rykker .*" sent to debtor@example.org/.test(t.note);
    const deadline = Date.now() + 5_000;
    let state: any;
    do {
      state = (await api.ok(MESSAGES, { id: danishCase }, token)).case;
      if (state.messages[0].status !== 'PENDING' && state.activities.some(emailEntry)) break;
      await new Promise((r) => setTimeout(r, 100));
    } while (Date.now() < deadline);
    expect(state.messages[0]).toMatchObject({ status: 'SENT', attempts: 1, templateVersion: 1, language: 'da' });
    expect(state.activities.some(emailEntry)).toBe(true);
  });

  it('a German creditor writes to a Danish-speaking debtor in its own default language', async () => {
    const token = await api.login(fx.collectors[0]!.email);
    const arrived = smtp.next();
    const sent = (await api.ok(SEND, { input: { caseId: germanCase, channel: 'EMAIL' } }, token)).sendCaseMessage;
    expect(sent.language).toBe('de');
    const text = textOf((await arrived).raw);
    expect(text).toContain('Guten Tag Debtor 2,');
    expect(text).toContain('sicher ist es Ihrer Aufmerksamkeit entgangen');
  });

  it('an admin\'s edit is the next version; the message records the version it used; bad merge fields are refused', async () => {
    const admin = await api.login(fx.admin.email);
    const collector = await api.login(fx.collectors[0]!.email);
    const UPDATE = `mutation($input: MessageTemplateInput!) { updateMessageTemplate(input: $input) { version stage language subject } }`;
    const input = { channel: 'EMAIL', stage: 'REMINDER', language: 'de', subject: 'Erinnerung {caseRef}', body: 'Hallo {debtorName}, offen: {totalDue}.\n\n{paymentDetails}' };
    const refused = await api.gql(UPDATE, { input }, collector);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.gql(UPDATE, { input: { ...input, body: 'Hallo {name}' } }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(bad.errors?.[0]?.message).toMatch(/^Unknown merge field \{name\}; known are \{debtorName\}/);
    const inGerman = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, 'accept-language': 'de' },
      body: JSON.stringify({ query: UPDATE, variables: { input: { ...input, body: 'Hallo {name}' } } }),
    });
    expect(((await inGerman.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^Unbekanntes Einfügefeld \{name\}; bekannt sind \{debtorName\}/);
    expect((await api.ok(UPDATE, { input }, admin)).updateMessageTemplate).toMatchObject({ version: 2, stage: 'REMINDER', language: 'de' });

    const preview = (await api.ok(
      `query($id: ID!) { messagePreview(caseId: $id, channel: EMAIL) { language templateVersion subject body to } }`, { id: germanCase }, collector,
    )).messagePreview;
    expect(preview).toMatchObject({ language: 'de', templateVersion: 2, to: 'debtor@example.org' });
    expect(preview.body.replace(/\u00a0/g, ' ')).toContain('Hallo Debtor 2, offen: 800,00 €.');

    const arrived = smtp.next();
    const sent = (await api.ok(SEND, { input: { caseId: germanCase, channel: 'EMAIL' } }, collector)).sendCaseMessage;
    expect(sent.templateVersion).toBe(2);
    expect(textOf((await arrived).raw)).toContain('Hallo Debtor 2');
    const versions = (await api.ok(`{ messageTemplateVersions(channel: EMAIL, stage: REMINDER, language: "de") { version createdByName } }`, {}, admin))
      .messageTemplateVersions;
    expect(versions.map((v: any) => v.version)).toEqual([2, 1]);
    expect(versions[0].createdByName).toBe('admin');
  });

  it('a refused mail is tried again and ends FAILED with the reason, on the timeline', async () => {
    const token = await api.login(fx.collectors[0]!.email);
    await db.query(`UPDATE debtors SET email = 'nobody@refuse.example.org' WHERE id = (SELECT debtor_id FROM cases WHERE id = $1)`, [germanCase]);
    const sent = (await api.ok(SEND, { input: { caseId: germanCase, channel: 'EMAIL' } }, token)).sendCaseMessage;
    const outbox = api.app.get(OutboxService);
    await handled(api, db, sent.id);
    const row = (await db.query('SELECT status, attempts, last_error, next_attempt_at FROM outbox WHERE id = $1', [sent.id])).rows[0];
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.last_error).toMatch(/Mailbox unavailable/);
    expect(row.next_attempt_at).not.toBeNull();
    // The last attempt: due now.
    await db.query('UPDATE outbox SET attempts = 4, next_attempt_at = NULL WHERE id = $1', [sent.id]);
    for (let i = 0; i < 100 && (await db.query('SELECT status FROM outbox WHERE id = $1', [sent.id])).rows[0].status === 'PENDING'; i++) {
      await outbox.deliverPending();
      await new Promise((r) => setTimeout(r, 50));
    }
    const state = (await api.ok(MESSAGES, { id: germanCase }, token)).case;
    const failed = state.messages.find((m: any) => m.id === sent.id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 5 });
    expect(failed.lastError).toMatch(/Mailbox unavailable/);
    // Not a reminder that reached the debtor: a SYSTEM entry.
    expect(state.activities.some((t: any) => t.channel === 'SYSTEM' && /FAILED after 5 attempts: .*Mailbox unavailable/.test(t.note))).toBe(true);
  });

  it('an SMS keeps to the contact hours (refused on a Sunday with the next allowed time) and the default adapter stores it', async () => {
    const sunday = await bed.startApi(new FixedClock(new Date('2026-11-29T10:00:00Z')));
    const token = await sunday.login(fx.collectors[0]!.email);
    const refused = await sunday.gql(SEND, { input: { caseId: germanCase, channel: 'SMS' } }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel', nextAllowedAt: '2026-11-30T07:00:00.000Z' });
    expect(refused.errors?.[0]?.message).toMatch(/Outside contact hours/);

    const weekday = await api.login(fx.collectors[0]!.email);
    const sent = (await api.ok(SEND, { input: { caseId: germanCase, channel: 'SMS' } }, weekday)).sendCaseMessage;
    expect(sent).toMatchObject({ channel: 'SMS', to: '+49 30 1234567', subject: '', language: 'de' });
    await handled(api, db, sent.id);
    const { rows } = await db.query('SELECT to_number, body FROM sms_messages WHERE outbox_id = $1', [sent.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].body).toMatch(/^Mahnwerk Inkasso GmbH: Guten Tag Debtor 2, für .* sind 800,00.€ offen\./);
    expect((await db.query('SELECT status FROM outbox WHERE id = $1', [sent.id])).rows[0].status).toBe('STORED');
  });

  it('a collector cannot write about a case in another collector\'s queue', async () => {
    const other = await api.login(fx.collectors[1]!.email);
    const refused = await api.gql(SEND, { input: { caseId: germanCase, channel: 'EMAIL' } }, other);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('messages: the dunning run sends its stage\'s e-mail from the template in the debtor\'s language', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let caseId: string;

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCreditor(db, fx.creditorDE, {
        dunningStrategy: { ...DEFAULT_STRATEGY_DE, stages: DEFAULT_STRATEGY_DE.stages.map((s) => (s.stage === 'DUNNING_1' ? { ...s, channel: 'EMAIL' } : s)) },
      });
      caseId = await addCase(db, { creditorId: fx.creditorDE, principalCents: 100_000, priority: 1, stage: 'REMINDER', stageEnteredOn: '2026-11-11', reference: 'INV-9' });
      await updateDebtorOf(db, caseId, { language: 'en' });
    },
  });
  beforeAll(() => void ({ api, db, fx } = bed));

  it('renders the DUNNING_1 template in English and records its version', async () => {
    const lead = await api.login(fx.lead.email);
    const run = (await api.ok(`mutation($d: Date!) { runDunning(asOf: $d) { advanced } }`, { d: '2026-11-25' }, lead)).runDunning;
    expect(run.advanced).toBe(1);
    const { rows } = await db.query(
      `SELECT o.subject, o.body, o.language, t.version, t.stage FROM outbox o JOIN message_templates t ON t.id = o.template_id WHERE o.case_id = $1`, [caseId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ language: 'en', version: 1, stage: 'DUNNING_1' });
    expect(rows[0].subject).toMatch(/^Demand for payment INV-9\//);
    expect(rows[0].body).toContain('Although it is due, the claim of');
    expect(rows[0].body.replace(/\u00a0/g, ' ')).toContain('Please pay the total of €1,000.00');
  });
});

describe('letters: in the debtor\'s language where the creditor\'s country allows it, else the creditor\'s', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let english: string;
  let danish: string;

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      english = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 50_000, priority: 1, stage: 'REMINDER', stageEnteredOn: '2026-11-11',
        address: 'Hauptstraße 1, 10115 Berlin', reference: 'L-1',
      });
      await updateDebtorOf(db, english, { language: 'en' });
      danish = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 60_000, priority: 2, stage: 'REMINDER', stageEnteredOn: '2026-11-11',
        address: 'Alte Straße 9, 50667 Köln', reference: 'L-2',
      });
      await updateDebtorOf(db, danish, { language: 'da' });
    },
  });
  beforeAll(() => void ({ api, db, fx } = bed));

  it('writes an English letter to an English-speaking debtor of a German creditor, a German one to a Danish-speaking debtor', async () => {
    const lead = await api.login(fx.lead.email);
    expect((await api.ok(`mutation($d: Date!) { runDunning(asOf: $d) { advanced } }`, { d: '2026-11-25' }, lead)).runDunning.advanced).toBe(2);
    const writer = api.app.get(LetterWriterService);
    for (let i = 0; i < 20; i++) {
      await writer.writeAll();
      await new Promise((r) => setTimeout(r, 50));
    }
    const salutation = async (caseId: string) => (await db.query(
      `SELECT l.status, l.error, l.content->>'salutation' AS salutation FROM letters l WHERE l.debtor_id = (SELECT debtor_id FROM cases WHERE id = $1)`, [caseId],
    )).rows[0];
    expect(await salutation(english)).toMatchObject({ status: 'READY', salutation: 'Dear Debtor 1,' });
    expect(await salutation(danish)).toMatchObject({ status: 'READY', salutation: 'Guten Tag Debtor 2,' });
  });
});
