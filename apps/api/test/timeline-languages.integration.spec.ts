import type pg from 'pg';
import { addDunningRun, addDunningStep } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock, type GraphQLResult } from './harness.js';
import { withApi } from './with-api.js';

// Wednesday 2026-11-25 11:00 in Berlin: within contact hours.
const WEDNESDAY = new Date('2026-11-25T10:00:00Z');

interface Entry { id: string; channel: string; note: string }

describe('the case timeline in the caller\'s language', () => {
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
    caseId = await addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority: 10, assigneeId: fx.collectors[0].id, reference: 'INV-TL-1' });
    // A step of the dunning run (worded when the timeline is read) ...
    const runId = await addDunningRun(db, '2026-11-20', 'DONE');
    await addDunningStep(db, caseId, { runId, fromStage: 'REMINDER', toStage: 'AGENCY', steppedOn: '2026-11-20' });
    // ... an outcome with the collector's own note, and a hold (stored with their words in every language).
    await api.ok('mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }', {
      input: { caseId, type: 'NO_CONTACT', note: 'Mailbox voll, morgen wieder' },
    }, token);
    await api.ok('mutation($id: ID!, $input: HoldInput!) { placeHold(caseId: $id, input: $input) { id } }', {
      id: caseId, input: { type: 'CEASE_CONTACT', reason: 'Asked for written contact only' },
    }, token);
  });

  /** The case's timeline notes read with `language` as Accept-Language (none: no header). */
  async function timeline(language?: string): Promise<Entry[]> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify({ query: 'query($id: ID!) { case(id: $id) { activities { id channel note } } }', variables: { id: caseId } }),
    });
    const result = (await response.json()) as GraphQLResult<{ case: { activities: Entry[] } }>;
    expect(result.errors).toBeUndefined();
    return result.data!.case.activities;
  }

  it('words the dunning run\'s steps and the stored system entries in German, Danish or English; a person\'s words stay as written', async () => {
    const [en, de, da] = [await timeline(), await timeline('de-DE,de;q=0.9'), await timeline('da')];
    const byId = (entries: Entry[]) => Object.fromEntries(entries.map((e) => [e.id, e.note]));
    const step = en.find((e) => e.id.startsWith('step-'))!;
    expect(step).toMatchObject({ channel: 'SYSTEM', note: 'Dunning run 2026-11-20: moved to Agency hand-over' });
    expect(byId(de)[step.id]).toBe('Mahnlauf 20.11.2026: in Übergabe ans Inkasso verschoben');
    expect(byId(da)[step.id]).toBe('Rykkerkørsel 20.11.2026: flyttet til Overdragelse til inkasso');

    const outcome = en.find((e) => e.note.startsWith('No contact'))!;
    expect(outcome.note).toMatch(/^No contact; next attempt from \d{4}-\d\d-\d\d \d\d:\d\d UTC — Mailbox voll, morgen wieder$/);
    expect(byId(de)[outcome.id]).toMatch(/^Kein Kontakt; nächster Versuch ab \d\d\.\d\d\.\d{4}, \d\d:\d\d UTC — Mailbox voll, morgen wieder$/);
    expect(byId(da)[outcome.id]).toMatch(/^Ingen kontakt; næste forsøg fra \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d UTC — Mailbox voll, morgen wieder$/);

    const hold = en.find((e) => e.note.includes('hold placed'))!;
    expect(hold).toMatchObject({ channel: 'SYSTEM', note: 'Cease contact hold placed: Asked for written contact only' });
    expect(byId(de)[hold.id]).toBe('Zurückstellung (Kontaktverbot) gesetzt: Asked for written contact only');
    expect(byId(da)[hold.id]).toBe('Pause (Kontaktstop) oprettet: Asked for written contact only');

    // The same entries in every language, newest first; an unknown language reads English.
    expect(de.map((e) => e.id)).toEqual(en.map((e) => e.id));
    expect(await timeline('fr-FR')).toEqual(en);
  });

  it('keeps the English in the note column (search, exports and the audit read it) and every language beside it', async () => {
    const { rows } = await db.query<{ note: string; note_texts: Record<string, string> | null }>(
      `SELECT note, note_texts FROM activities WHERE case_id = $1 AND channel = 'SYSTEM'`, [caseId],
    );
    expect(rows).toEqual([{
      note: 'Cease contact hold placed: Asked for written contact only',
      note_texts: {
        en: 'Cease contact hold placed: Asked for written contact only',
        de: 'Zurückstellung (Kontaktverbot) gesetzt: Asked for written contact only',
        da: 'Pause (Kontaktstop) oprettet: Asked for written contact only',
      },
    }]);
  });
});
