import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const ME = '{ me { id language } }';
const SET = 'mutation($i: UpdateMyPreferencesInput!) { updateMyPreferences(input: $i) { id language } }';

describe('a person\'s own preferences: the workbench language', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const bed = withApi({ collectors: 2, cases: 2 });
  beforeAll(() => {
    ({ api, db, fx } = bed);
  });

  it('is unset at first, is set by the person and read back by me', async () => {
    const token = await api.login(fx.collectors[0]!.email);
    expect((await api.ok<{ me: { language: string | null } }>(ME, {}, token)).me.language).toBeNull();

    const { updateMyPreferences } = await api.ok<{ updateMyPreferences: { id: string; language: string } }>(SET, { i: { language: 'da' } }, token);
    expect(updateMyPreferences).toEqual({ id: fx.collectors[0]!.id, language: 'da' });
    expect((await api.ok<{ me: { language: string } }>(ME, {}, token)).me.language).toBe('da');
    const stored = await db.query('SELECT ui_language FROM users WHERE id = $1', [fx.collectors[0]!.id]);
    expect(stored.rows[0].ui_language).toBe('da');
  });

  it('changes only the caller: another person keeps theirs', async () => {
    const lead = await api.login(fx.lead.email);
    await api.ok(SET, { i: { language: 'de' } }, lead);
    const other = await api.login(fx.collectors[1]!.email);
    expect((await api.ok<{ me: { language: string | null } }>(ME, {}, other)).me.language).toBeNull();
    expect((await api.ok<{ me: { language: string } }>(ME, {}, lead)).me.language).toBe('de');
  });

  it('refuses a language the workbench does not speak, and keeps the one set', async () => {
    const token = await api.login(fx.manager.email);
    await api.ok(SET, { i: { language: 'en' } }, token);
    const refused = await api.gql(SET, { i: { language: 'fr' } }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/de, en, da/);
    expect((await api.ok<{ me: { language: string } }>(ME, {}, token)).me.language).toBe('en');
  });

  it('needs a signed-in person', async () => {
    const anonymous = await api.gql(SET, { i: { language: 'de' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
