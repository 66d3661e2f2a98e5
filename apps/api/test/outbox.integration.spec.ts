import type pg from 'pg';
import { OutboxService } from '../src/outbox/outbox.service.js';
import { addOutboxMail } from './factories.js';
import type { Fixture } from './fixtures.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

describe('outbox: e-mails written with a change are delivered once (MAIL_TRANSPORT=store keeps them)', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;

  const bed = withApi({ collectors: 1, cases: 2 });
  beforeAll(() => void ({ api, db, fx } = bed));

  it('stores each pending mail once; a delivery started while one runs adds nothing', async () => {
    for (const [i, caseId] of fx.cases.entries()) {
      await addOutboxMail(db, { caseId, dedupeKey: `test:${i}`, to: 'debtor@example.org', subject: 'Reminder', body: 'Please pay' });
    }
    const outbox = api.app.get(OutboxService);
    const handled = await Promise.all([outbox.deliverPending(), outbox.deliverPending()]);
    expect(handled.reduce((a, b) => a + b, 0)).toBe(2);
    const { rows } = await db.query('SELECT status, attempts, processed_at FROM outbox ORDER BY dedupe_key');
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([['STORED', 1], ['STORED', 1]]);
    expect(rows.every((r) => r.processed_at instanceof Date)).toBe(true);
    expect(await outbox.deliverPending()).toBe(0);
  });

  it('refuses a second mail with the same dedupe key', async () => {
    await expect(
      db.query(
        `INSERT INTO outbox (kind, to_address, subject, body, dedupe_key) VALUES ('EMAIL', 'x@example.org', 's', 'b', 'test:0')`,
      ),
    ).rejects.toThrow(/duplicate key/);
  });
});
