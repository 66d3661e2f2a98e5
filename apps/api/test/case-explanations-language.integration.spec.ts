import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock, type GraphQLResult } from './harness.js';
import { withApi } from './with-api.js';

// Wednesday 2026-11-25 11:00 in Berlin. The built-in base-rate table ends on 2026-01-01, so interest
// after 2026-07-01 is computed on a stale table.
const NOW = new Date('2026-11-25T10:00:00Z');
const CASE = `query($id: ID!) { case(id: $id) {
  priorityParts { key label explanation }
  portalRequest
  limitation { date explanation steps }
  balance { warnings { code message } }
} }`;
const WORKLIST = 'query { limitationWorklist(days: 60) { id limitation { explanation } } }';
const COURT = 'mutation($input: RecordCourtEventInput!) { recordCourtEvent(input: $input) { id } }';
const ADD_RATE = 'mutation($input: AddInterestRateInput!) { addInterestRate(input: $input) { from } }';

interface CaseAnswer {
  priorityParts: { key: string; label: string; explanation: string }[];
  portalRequest: string | null;
  limitation: { date: string; explanation: string; steps: string[] };
  balance: { warnings: { code: string; message: string }[] };
}

describe('explanations on the case in the caller\'s language', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  let caseId: string;
  const bed = withApi({ collectors: 1, cases: 0, clock: new FixedClock(new Date(NOW)) });

  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
    caseId = await addCase(db, {
      creditorId: fx.creditorDE, principalCents: 10_567, priority: 5, dueDate: '2023-05-10', invoiceDate: '2023-04-10', stage: 'AGENCY', reference: 'INV-EXPL-1',
    });
  });

  async function ask<T>(query: string, variables: Record<string, unknown>, language?: string): Promise<GraphQLResult<T>> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  }
  const read = async (language?: string) => (await ask<{ case: CaseAnswer }>(CASE, { id: caseId }, language)).data!.case;

  it('keeps the English explanations without a language', async () => {
    const c = await read();
    const byKey = Object.fromEntries(c.priorityParts.map((p) => [p.key, p]));
    expect(byKey.balance).toMatchObject({ label: 'Open balance', explanation: expect.stringMatching(/^Open balance 105\.67 EUR: \d+ of 250 points \(log scale, full at 1,000,000\.00 EUR\)\.$/) });
    expect(byKey.stage!.explanation).toBe('Stage Agency hand-over: 100 of 100 points (100% of the stage maximum).');
    expect(c.limitation.explanation).toBe(
      'Claim INV-EXPL-1, due 2023-05-10. Regular limitation: 3 years from the end of 2023, the year the claim arose on 2023-05-10, to 2026-12-31 (BGB 195, 199(1)).',
    );
    expect(c.balance.warnings).toEqual([{ code: 'STALE_RATE_TABLE', message: expect.stringMatching(/^German base rate \(BGB 247\): rate table ends on 2026-01-01;/) }]);
  });

  it('answers in German', async () => {
    const c = await read('de-DE,de;q=0.9');
    const byKey = Object.fromEntries(c.priorityParts.map((p) => [p.key, p]));
    expect(byKey.balance).toMatchObject({
      label: 'Offener Saldo', explanation: expect.stringMatching(/^Offener Saldo 105,67 EUR: \d+ von 250 Punkten \(logarithmische Skala, voll ab 1\.000\.000,00 EUR\)\.$/),
    });
    expect(byKey.stage!.explanation).toBe('Mahnstufe „Übergabe ans Inkasso“: 100 von 100 Punkten (100 % des Höchstwerts für die Mahnstufe).');
    expect(byKey.limitation!.explanation).toBe('Verjährung am 31.12.2026, in 36 Tagen: 54 von 90 Punkten (steigt in den letzten 90 Tagen an).');
    expect(byKey.brokenPromises!.explanation).toBe('Keine gebrochene Zahlungszusage und keine versäumte Rate: 0 von 150 Punkten.');
    expect(c.limitation).toEqual({
      date: '2026-12-31',
      steps: [
        'Forderung INV-EXPL-1, fällig am 10.05.2023',
        'Regelmäßige Verjährung: 3 Jahre ab dem Ende des Jahres 2023, in dem der Anspruch am 10.05.2023 entstand, bis 31.12.2026 (§§ 195, 199 Abs. 1 BGB)',
      ],
      explanation: 'Forderung INV-EXPL-1, fällig am 10.05.2023. Regelmäßige Verjährung: 3 Jahre ab dem Ende des Jahres 2023, in dem der Anspruch am 10.05.2023 entstand, '
        + 'bis 31.12.2026 (§§ 195, 199 Abs. 1 BGB).',
    });
    expect(c.balance.warnings[0]!.message).toMatch(/^Basiszinssatz \(§ 247 BGB\): Die Zinstabelle endet am 01\.01\.2026; Zinsen nach dem 01\.07\.2026 werden mit -?\d+,\d\d % berechnet/);
  });

  it('answers in Danish', async () => {
    const c = await read('da');
    const byKey = Object.fromEntries(c.priorityParts.map((p) => [p.key, p]));
    expect(byKey.overdue!.label).toBe('Dage i restance');
    expect(byKey.overdue!.explanation).toMatch(/^\d+ dage i restance: 150 af 150 point \(fuld efter 365 dage\)\.$/);
    expect(byKey.callback!.explanation).toBe('Intet tilbageopkald forfaldent: 0 af 120 point.');
    expect(c.limitation.steps[0]).toBe('Krav INV-EXPL-1, forfalden 10.05.2023');
    expect(c.balance.warnings[0]!.message).toMatch(/^Tysk basisrente \(BGB § 247\): rentetabellen slutter den 01\.01\.2026;/);
  });

  it('words the limitation worklist\'s reasons in the caller\'s language', async () => {
    const answer = await ask<{ limitationWorklist: { id: string; limitation: { explanation: string } }[] }>(WORKLIST, {}, 'de');
    const row = answer.data!.limitationWorklist.find((r) => r.id === caseId);
    expect(row?.limitation.explanation).toMatch(/^Forderung INV-EXPL-1, fällig am 10\.05\.2023\. Regelmäßige Verjährung:/);
  });

  it('refuses a court step in the caller\'s language', async () => {
    const input = { caseId, event: 'ORDER_SERVED', on: '2026-11-20' };
    const [en, de, da] = await Promise.all([undefined, 'de', 'da'].map((language) => ask(COURT, { input }, language)));
    expect(en.errors?.[0]).toMatchObject({ message: 'The application for the court dunning order has not been recorded for this case yet.', extensions: { code: 'CONFLICT' } });
    expect(de.errors?.[0]?.message).toBe('Der Antrag auf den Mahnbescheid wurde für diesen Fall noch nicht erfasst.');
    expect(da.errors?.[0]?.message).toBe('Anmodningen om betalingspåkrav (Mahnbescheid) er endnu ikke registreret for denne sag.');
  });

  it('refuses a published rate in the caller\'s language', async () => {
    const wrongDay = { input: { country: 'DE', from: '2026-03-01', ratePercent: '1.02', source: 'Bundesbank' } };
    expect((await ask(ADD_RATE, wrongDay, 'de')).errors?.[0]?.message).toBe('Ein Referenzzinssatz gilt ab dem 1. Januar oder dem 1. Juli; „2026-03-01“ ist keines von beiden.');
    const noSource = { input: { country: 'DE', from: '2026-07-01', ratePercent: '1.02', source: 'x' } };
    expect((await ask(ADD_RATE, noSource, 'da')).errors?.[0]?.message).toBe('Angiv, hvor satsen blev offentliggjort (mindst 3 tegn).');
  });
});
