import { randomUUID } from 'node:crypto';
import { updateDebtorOf, updateUser } from './factories.js';
import { ApiInstance, FixedClock } from './harness.js';
import { personalDataIn, personalDataInLog } from './personal-data.js';
import { withApi } from './with-api.js';

const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id version } }`;
const CLAIM = 'mutation { claimNextCase { id version } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

/**
 * No personal data in logs: the API at its most talkative (LOG_LEVEL=debug) runs a failed sign-in, a
 * validation error and a payment on a case whose debtor has a real-looking name and e-mail, and its log
 * names neither them nor the people signing in. (The whole test run's log is scanned too: global-teardown.mjs.)
 */
describe('the API log holds no personal data', () => {
  const bed = withApi({ collectors: 1, cases: 2, api: false });
  const lines: string[] = [];
  let api: ApiInstance;

  beforeAll(async () => {
    await updateDebtorOf(bed.db, bed.fx.cases[0]!, { name: 'Friederike Quellenhof-Sander', email: 'f.quellenhof@mail.example' });
    await updateDebtorOf(bed.db, bed.fx.cases[1]!, { name: 'Jörg Übelacker', email: 'joerg.uebelacker@mail.example' });
    await updateUser(bed.db, bed.fx.collectors[0]!.id, { password: 'a-collector-password-2026' });
    api = await ApiInstance.start(bed.url, new FixedClock(), { LOG_LEVEL: 'debug' }, { logDestination: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(async () => api?.close());

  it('after a failed sign-in, a validation error and a payment', async () => {
    const collector = bed.fx.collectors[0]!.email;
    const failed = await api.gql(LOGIN, { e: collector, p: 'not-the-password-0000' });
    expect(failed.errors?.length).toBeGreaterThan(0);
    const unknown = await api.gql(LOGIN, { e: 'nobody.known@mail.example', p: 'whatever-it-is-1234' });
    expect(unknown.errors?.length).toBeGreaterThan(0);

    const token = await api.login(collector, 'a-collector-password-2026');
    const caseId = (await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id;
    const invalid = await api.gql(PAY, {
      input: { caseId, amountCents: -5, receivedAt: '2026-11-20', reference: 'Friederike Quellenhof-Sander', idempotencyKey: randomUUID() },
    }, token);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paid = await api.gql(PAY, {
      input: { caseId, amountCents: 1500, receivedAt: '2026-11-20', reference: 'Überweisung f.quellenhof@mail.example', idempotencyKey: randomUUID() },
    }, token);
    expect(paid.errors).toBeUndefined();
    const debtor = await api.gql(`query($id: ID!) { case(id: $id) { debtor { name email } } }`, { id: caseId }, token);
    expect(JSON.stringify(debtor.data)).toMatch(/Quellenhof|Übelacker/);

    const log = lines.join('');
    // The log is written: the requests above are in it, so an empty log cannot pass for a clean one.
    expect(lines.length).toBeGreaterThan(3);
    const personal = [...(await personalDataIn(bed.db)), 'nobody.known@mail.example'];
    expect(personal).toEqual(expect.arrayContaining(['Friederike Quellenhof-Sander', 'f.quellenhof@mail.example', collector]));
    expect(personalDataInLog(log, personal)).toEqual([]);
  });

  it('the scan finds a name the way a leak would write it', () => {
    const leaked = JSON.stringify({ msg: 'payment for Jörg Übelacker', to: 'JOERG.UEBELACKER@mail.example' }) + '\n';
    expect(personalDataInLog(leaked, ['Jörg Übelacker', 'joerg.uebelacker@mail.example', 'someone.else@mail.example'])).toEqual([
      'Jörg Übelacker', 'joerg.uebelacker@mail.example',
    ]);
  });
});
