import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addDunningRun, addLetter, debtorOf, updateCase } from './factories.js';
import type { Fixture } from './fixtures.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

/**
 * A case outside the caller's scope answers exactly as a missing one: the same code and the same
 * message with only the id in it; a malformed id is BAD_USER_INPUT before any SQL runs.
 */
describe('case scope: out of scope is NOT_FOUND like a missing case; ids are checked at the edge', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let tokens: Record<'germanOnly' | 'danishOnly' | 'admin', string>;

  const bed = withApi({
    collectors: 2, cases: 2,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCase(db, fx.cases[0]!, { assigneeId: fx.collectors[1]!.id });
      await updateCase(db, fx.danishCase, { assigneeId: fx.collectorB.id });
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

  it('probe', async () => {
    const run = await addDunningRun(db, '2026-11-01');
    const letter = await addLetter(db, fx.danishCase, { runId: run, writtenOn: '2026-11-01' });
    for (const path of [`/letters/${letter}.pdf`, '/letters/nope.pdf', `/cases/nope/disputes/${randomUUID()}/documents/${randomUUID()}`, `/cases/${fx.danishCase}/disputes/${randomUUID()}/documents/${randomUUID()}`, `/audit/export.csv?creditorId=x`]) {
      const res = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${tokens.germanOnly}` } });
      console.log(path, res.status, await res.text());
    }
    void debtorOf;
  });
});
