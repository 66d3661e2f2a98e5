import type pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock, type GraphQLResult } from './harness.js';
import { withApi } from './with-api.js';

// Sunday 2026-11-29 12:00 in Berlin: no outbound calls on Sundays.
const SUNDAY = new Date('2026-11-29T11:00:00Z');
// Wednesday 2026-11-25 11:00 in Berlin: within contact hours.
const WEDNESDAY = new Date('2026-11-25T10:00:00Z');
const RECORD = 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }';

describe('server messages in the caller\'s language', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let token: string;
  let caseId: string;
  const clock = new FixedClock(new Date(WEDNESDAY));
  const bed = withApi({ collectors: 1, cases: 0, clock });

  beforeAll(async () => {
    ({ api, db, fx } = bed);
    token = await api.login(fx.collectors[0].email);
    caseId = await addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority: 10, assigneeId: fx.collectors[0].id, reference: 'INV-LANG-1' });
  });
  beforeEach(() => {
    clock.instant = new Date(WEDNESDAY);
  });

  /** The first error's message of a recordOutcome sent with `language` as Accept-Language (none: no header). */
  async function refusal(input: Record<string, unknown>, language?: string): Promise<string | undefined> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify({ query: RECORD, variables: { input } }),
    });
    const result = (await response.json()) as GraphQLResult<unknown>;
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors?.[0]?.message;
  }

  it('answers a validation error in German, Danish or English', async () => {
    const input = { caseId: 'not-a-case', type: 'NO_CONTACT' };
    expect(await refusal(input)).toBe('Invalid input: caseId must be a case id (UUID).');
    expect(await refusal(input, 'de-DE,de;q=0.9,en;q=0.8')).toBe('Ungültige Eingabe: caseId muss eine Fall-ID (UUID) sein.');
    expect(await refusal(input, 'da')).toBe('Ugyldigt input: caseId skal være et sags-id (UUID).');
    expect(await refusal(input, 'fr-FR')).toBe('Invalid input: caseId must be a case id (UUID).');
  });

  it('answers a contact-policy refusal with the debtor\'s local time written as the language writes it', async () => {
    clock.instant = new Date(SUNDAY);
    const input = { caseId, type: 'NO_CONTACT' };
    expect(await refusal(input)).toMatch(/^Outside contact hours: it is Sunday 2026-11-29 12:00 in Europe\/Berlin;.* Next allowed at Monday 2026-11-30 08:00 \(Europe\/Berlin\)\.$/);
    expect(await refusal(input, 'de')).toMatch(
      /^Außerhalb der Kontaktzeiten: Es ist Sonntag, 29\.11\.2026, 12:00 Uhr in Europe\/Berlin;.* Nächster möglicher Zeitpunkt: Montag, 30\.11\.2026, 08:00 Uhr \(Europe\/Berlin\)\.$/,
    );
    expect(await refusal(input, 'da')).toMatch(/^Uden for kontakttiden: Klokken er søndag 29\.11\.2026 kl\. 12:00 i Europe\/Berlin;.* Næste tilladte tidspunkt: mandag 30\.11\.2026 kl\. 08:00/);
  });

  it('answers a broken rule with the amounts and dates of the language', async () => {
    const input = { caseId, type: 'PROMISE_TO_PAY', promiseAmountCents: 20_000, promiseDate: '2026-11-20' };
    expect(await refusal(input)).toBe('Promise date 2026-11-20 is in the past; choose today or a later date');
    expect(await refusal(input, 'de')).toBe('Das Datum der Zahlungszusage 20.11.2026 liegt in der Vergangenheit; bitte wählen Sie heute oder ein späteres Datum');
    expect(await refusal(input, 'da')).toBe('Datoen for betalingsløftet 20.11.2026 ligger i fortiden; vælg i dag eller en senere dato');
    const tooMuch = { caseId, type: 'PROMISE_TO_PAY', promiseAmountCents: 123_456_789, promiseDate: '2026-11-30' };
    expect(await refusal(tooMuch, 'de')).toMatch(/^Der zugesagte Betrag von 1\.234\.567,89 EUR übersteigt den offenen Saldo von [\d.]+,\d\d EUR$/);
  });

  it('explains the balance and the contact policy in the caller\'s language', async () => {
    clock.instant = new Date(SUNDAY);
    const query = 'query($id: ID!) { case(id: $id) { contactPolicyReason(channel: PHONE) balance { lines { kind explanation } } } }';
    const read = async (language?: string) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(language ? { 'accept-language': language } : {}) },
        body: JSON.stringify({ query, variables: { id: caseId } }),
      });
      return ((await response.json()) as GraphQLResult<{ case: { contactPolicyReason: string; balance: { lines: { kind: string; explanation: string }[] } } }>).data!.case;
    };
    const [en, de, da] = [await read(), await read('de'), await read('da')];
    expect(en.balance.lines[0]).toEqual({ kind: 'PRINCIPAL', explanation: expect.stringMatching(/^Invoice INV-LANG-1 due \d{4}-\d\d-\d\d$/) });
    expect(de.balance.lines[0]).toEqual({ kind: 'PRINCIPAL', explanation: expect.stringMatching(/^Rechnung INV-LANG-1, fällig am \d\d\.\d\d\.\d{4}$/) });
    expect(da.balance.lines[0]).toEqual({ kind: 'PRINCIPAL', explanation: expect.stringMatching(/^Faktura INV-LANG-1, forfalden \d\d\.\d\d\.\d{4}$/) });
    expect(de.balance.lines.map((l) => l.kind)).toEqual(en.balance.lines.map((l) => l.kind));
    expect(en.contactPolicyReason).toMatch(/^Outside contact hours/);
    expect(de.contactPolicyReason).toMatch(/^Außerhalb der Kontaktzeiten: Es ist Sonntag, 29\.11\.2026/);
    expect(da.contactPolicyReason).toMatch(/^Uden for kontakttiden: Klokken er søndag 29\.11\.2026/);
  });

  it('answers an HTTP route\'s error in the language of its Accept-Language header', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const document = `${api.url.replace(/\/graphql$/, '')}/cases/nope/disputes/${id}/documents/${id}`;
    const answer = async (headers: Record<string, string>) => {
      const response = await fetch(document, { headers });
      expect(response.status).toBe(400);
      return (await response.json()) as { code: string; message: string };
    };
    expect(await answer({})).toMatchObject({ code: 'BAD_USER_INPUT', message: 'caseId "nope" is not a valid id.' });
    expect(await answer({ 'accept-language': 'de-AT' })).toMatchObject({ code: 'BAD_USER_INPUT', message: 'caseId „nope“ ist keine gültige ID.' });
    expect(await answer({ 'accept-language': 'da-DK,en;q=0.5' })).toMatchObject({ code: 'BAD_USER_INPUT', message: 'caseId "nope" er ikke et gyldigt id.' });
  });

  it('answers a subscription\'s error in the language of the socket\'s connectionParams', async () => {
    const errorOver = async (connectionParams: Record<string, unknown>) => {
      const client = createClient({ url: api.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}`, ...connectionParams }, retryAttempts: 0 });
      bed.onClose(() => client.dispose());
      // graphql-ws hands an operation's errors to `error` (a list of GraphQL errors), or to `next` with data.
      return new Promise<string | undefined>((resolve) => {
        client.subscribe({ query: 'subscription($id: ID!) { caseUpdated(caseId: $id) { id } }', variables: { id: 'nope' } }, {
          next: (message) => resolve(message.errors?.[0]?.message),
          error: (errors) => resolve((errors as { message: string }[])[0]?.message),
          complete: () => undefined,
        });
      });
    };
    expect(await errorOver({ language: 'de' })).toBe('caseId „nope“ ist keine gültige ID.');
    expect(await errorOver({ language: 'da' })).toBe('caseId "nope" er ikke et gyldigt id.');
    expect(await errorOver({})).toBe('caseId "nope" is not a valid id.');
  });
});
