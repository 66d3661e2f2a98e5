import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, setCreditorAddress, type Fixture } from './fixtures.js';
import { addDunningStep } from './factories.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { id advanced } }';
const STEPS = `query($id: ID!) { case(id: $id) {
  dunningSteps { stage channel feeCents on letterId }
  letters { id kind }
} }`;

interface CaseSteps {
  case: {
    dunningSteps: { stage: string; channel: string; feeCents: number; on: string; letterId: string | null }[];
    letters: { id: string; kind: string }[];
  };
}

/** The dunning history the case screen lists with its letters: the same steps the timeline tells of. */
describe('case { dunningSteps }', () => {
  const clock = new FixedClock(new Date('2026-11-25T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      const de = { creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin' };
      // A history without stored letters (as imported), and a case the run below takes a step on.
      ids.history = await addCase(db, { ...de, priority: 1, stage: 'DUNNING_2', stageEnteredOn: '2026-11-20' });
      await addDunningStep(db, ids.history, { fromStage: 'REMINDER', toStage: 'DUNNING_1', steppedOn: '2026-11-06' });
      await addDunningStep(db, ids.history, { fromStage: 'DUNNING_1', toStage: 'DUNNING_2', steppedOn: '2026-11-20' });
      ids.due = await addCase(db, { ...de, priority: 2, stage: 'REMINDER', stageEnteredOn: '2026-11-11' });
      ids.fresh = await addCase(db, { ...de, priority: 3, stage: 'REMINDER', stageEnteredOn: '2026-11-24' });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
  });

  it('lists the steps newest first, without a letter where none is stored', async () => {
    const { case: c } = await api.ok<CaseSteps>(STEPS, { id: ids.history }, lead);
    expect(c.dunningSteps).toEqual([
      { stage: 'DUNNING_2', channel: 'LETTER', feeCents: 0, on: '2026-11-20', letterId: null },
      { stage: 'DUNNING_1', channel: 'LETTER', feeCents: 0, on: '2026-11-06', letterId: null },
    ]);
    expect(c.letters).toEqual([]);
  });

  it('links the step of a run to the letter that run wrote to the debtor', async () => {
    await api.ok(RUN, { d: '2026-11-25' }, lead);
    await api.app.get(LetterWriterService).writeAll();
    const { case: c } = await api.ok<CaseSteps>(STEPS, { id: ids.due }, lead);
    expect(c.letters).toEqual([{ id: expect.any(String), kind: 'DUNNING' }]);
    expect(c.dunningSteps).toEqual([{ stage: 'DUNNING_1', channel: 'LETTER', feeCents: expect.any(Number), on: '2026-11-25', letterId: c.letters[0]!.id }]);
  });

  it('is empty for a case the run has not moved', async () => {
    const { case: c } = await api.ok<CaseSteps>(STEPS, { id: ids.fresh }, lead);
    expect(c.dunningSteps).toEqual([]);
  });
});
