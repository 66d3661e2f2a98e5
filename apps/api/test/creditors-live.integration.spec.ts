import type { Fixture } from './fixtures.js';
import { connected, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const CREATE = 'mutation($input: CreditorInput!) { createCreditor(input: $input) { id } }';
const UPDATE = 'mutation($id: ID!, $input: CreditorInput!) { updateCreditor(id: $id, input: $input) { id } }';
const LIVE = 'subscription { creditorChanged { id ref name iban } }';

const INPUT = {
  ref: 'LIVE-01', name: 'Live Versand', legalName: 'Live Versand GmbH', country: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin',
  street: 'Ballindamm 1', postcode: '20095', city: 'Hamburg', registerCourt: 'Amtsgericht Hamburg', registerNumber: 'HRB 1',
  iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', vatDeductible: true, letterLanguage: 'de', dunningStrategy: null,
};

interface Changed {
  creditorChanged: { id: string; ref: string; name: string; iban: string | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('creditor changes, live', () => {
  let api: ApiInstance;
  let fx: Fixture;
  const bed = withApi({ collectors: 1, cases: 0 });
  beforeAll(() => void ({ api, fx } = bed));

  it('a lead on another instance sees a creditor created and changed, once each change committed; a refused change sends nothing', async () => {
    const other = await bed.startApi();
    const lead = await other.login(fx.lead.email);
    const socket = other.socket(lead);
    await connected(socket);
    const live = subscribe<Changed>(socket, LIVE);
    await new Promise((r) => setTimeout(r, 150));

    const admin = await api.login(fx.admin.email);
    const id = (await api.ok<{ createCreditor: { id: string } }>(CREATE, { input: INPUT }, admin)).createCreditor.id;
    expect((await live.next()).creditorChanged).toEqual({ id, ref: 'LIVE-01', name: 'Live Versand', iban: 'DE89370400440532013000' });

    // Refused (a wrong IBAN checksum): nothing was written, nothing is announced.
    const refused = await api.gql(UPDATE, { id, input: { ...INPUT, iban: 'DE89 3704 0044 0532 0130 01' } }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await api.ok(UPDATE, { id, input: { ...INPUT, name: 'Live Versand Nord' } }, admin);
    expect((await live.next()).creditorChanged).toMatchObject({ id, name: 'Live Versand Nord' });
    await expect(live.next(400)).rejects.toThrow();
    live.stop();
  });

  it('collectors cannot subscribe', async () => {
    const collector = await api.login(fx.collectors[0]!.email);
    const socket = api.socket(collector);
    await connected(socket);
    const live = subscribe<Changed>(socket, LIVE);
    const first = await live.next().catch(() => null);
    const failure = (first?.errors?.[0] ?? (live.failure as { extensions?: { code?: string } }[] | null)?.[0]) as { extensions?: { code?: string } } | undefined;
    expect(failure?.extensions?.code).toBe('FORBIDDEN');
  });
});
