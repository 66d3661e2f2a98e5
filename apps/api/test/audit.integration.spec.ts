import type pg from 'pg';
import { withApi } from './with-api.js';

/** The audit trail is append-only by the database's own rules, whoever connects (here: the owner). */
describe('audit_events is append-only in the database', () => {
  let db: pg.Pool;
  let firstId: number;

  const count = async (): Promise<number> => (await db.query('SELECT count(*)::int AS n FROM audit_events')).rows[0].n;
  const refusal = async (sql: string, params: unknown[] = []) => {
    const error = await db.query(sql, params).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
    expect(error).not.toBeNull();
    return error!;
  };

  const bed = withApi({ api: false, fixture: false });
  beforeAll(() => void ({ db } = bed));

  it('INSERT works', async () => {
    const { rows } = await db.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id, before, after)
       VALUES (NULL, 'test.insert', 'case', 'c-1', '{"status":"OPEN"}', '{"status":"PAID"}'),
              (NULL, 'test.insert', 'case', 'c-2', NULL, NULL)
       RETURNING id, at`,
    );
    expect(rows).toHaveLength(2);
    firstId = rows[0].id;
    expect(rows[0].at).toBeInstanceOf(Date);
    expect(await count()).toBe(2);
  });

  it.each([
    ['UPDATE of one row', `UPDATE audit_events SET action = 'tampered' WHERE id = $1`, true],
    ['UPDATE of every row', `UPDATE audit_events SET after = NULL`, false],
    ['DELETE of one row', `DELETE FROM audit_events WHERE id = $1`, true],
    ['DELETE of every row', `DELETE FROM audit_events`, false],
    ['TRUNCATE', `TRUNCATE audit_events`, false],
    ['TRUNCATE ... CASCADE', `TRUNCATE audit_events CASCADE`, false],
  ])('%s is refused', async (_name, sql, byId) => {
    const before = (await db.query('SELECT id, action, after FROM audit_events ORDER BY id')).rows;
    const error = await refusal(sql, byId ? [firstId] : []);
    expect(error.message).toMatch(/audit_events is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed/);
    expect(error.code).toBe('42501'); // insufficient_privilege
    expect((await db.query('SELECT id, action, after FROM audit_events ORDER BY id')).rows).toEqual(before);
  });

  it('a refused change inside a transaction rolls back with it, and the rows stay', async () => {
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO audit_events (action, entity, entity_id) VALUES ('test.tx', 'case', 'c-3')`);
      const error = await client.query(`DELETE FROM audit_events WHERE entity_id = 'c-3'`).then(() => null, (e: Error) => e);
      expect(error?.message).toMatch(/append-only/);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await count()).toBe(2);
    // Appending still works after all the refusals.
    await db.query(`INSERT INTO audit_events (action, entity, entity_id) VALUES ('test.after', 'case', 'c-4')`);
    expect(await count()).toBe(3);
  });
});
