import type pg from 'pg';
import { addReadyLetter } from './factories.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

/** What must never reach a client: PostgreSQL's own words, names of the schema, SQL. */
const DATABASE_TEXT = /violates|constraint|relation "|column "|select |update |insert |sqlstate|postgres|secret_rule|letters_hidden|does not exist|syntax error/i;

describe('errors carry no database text', () => {
  const bed = withApi({ collectors: 1, cases: 1 });
  let api: ApiInstance;
  let db: pg.Pool;

  beforeAll(() => {
    ({ api, db } = bed);
  });

  const login = () => api.login(bed.fx.collectors[0]!.email);

  it('a check constraint the input breaks: BAD_USER_INPUT in our words, not the constraint', async () => {
    const token = await login();
    await db.query('ALTER TABLE sessions ADD CONSTRAINT sessions_secret_rule CHECK (ended_at IS NULL) NOT VALID');
    try {
      const result = await api.gql('mutation { logout }', {}, token);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result)).not.toMatch(DATABASE_TEXT);
    } finally {
      await db.query('ALTER TABLE sessions DROP CONSTRAINT sessions_secret_rule');
    }
  });

  it('any other database fault: INTERNAL_SERVER_ERROR with a fixed message', async () => {
    const token = await login();
    await db.query(`
      CREATE FUNCTION test_refuse_session_end() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'secret_rule: SELECT password_hash FROM users WHERE email = %', 'someone@example.org'; END $$;
      CREATE TRIGGER test_refuse_session_end BEFORE UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION test_refuse_session_end();
    `);
    try {
      const result = await api.gql('mutation { logout }', {}, token);
      expect(result.errors).toEqual([expect.objectContaining({ message: 'Internal error; it has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(JSON.stringify(result)).not.toMatch(DATABASE_TEXT);
      expect(JSON.stringify(result)).not.toContain('someone@example.org');
    } finally {
      await db.query('DROP TRIGGER test_refuse_session_end ON sessions; DROP FUNCTION test_refuse_session_end()');
    }
  });

  it('an HTTP route whose query fails: a bare 500', async () => {
    const token = await login();
    const letterId = await addReadyLetter(db, bed.fx.cases[0]!, Buffer.from('%PDF-1.4\n'));
    const url = `${api.url.replace(/\/graphql$/, '')}/letters/${letterId}.pdf`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    await db.query('ALTER TABLE letters RENAME TO letters_hidden');
    try {
      const answer = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(500);
      const text = await answer.text();
      expect(JSON.parse(text)).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal error; it has been logged.' });
      expect(text).not.toMatch(DATABASE_TEXT);
    } finally {
      await db.query('ALTER TABLE letters_hidden RENAME TO letters');
    }
  });

  it('a malformed request body: the parser\'s status and message, no stack', async () => {
    const answer = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(answer.status).toBe(400);
    const text = await answer.text();
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
