import type pg from 'pg';
import { IMPORT_INTERRUPTED_MESSAGE } from '../src/intake/interrupted-imports.service.js';
import { addCaseImport, ageCaseImportHeartbeat } from './factories.js';
import type { Fixture } from './fixtures.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const JOB = 'query($id: ID!) { caseImport(id: $id) { id status error finishedAt rowsProcessed imported } }';

interface Job {
  id: string;
  status: string;
  error: string | null;
  finishedAt: string | null;
  rowsProcessed: number;
  imported: number;
}

/** Waits for a job's status: the sweep at start-up runs beside the server's start. */
async function statusOf(api: ApiInstance, token: string, id: string, expected: string, timeoutMs = 5_000): Promise<Job> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = (await api.ok<{ caseImport: Job }>(JOB, { id }, token)).caseImport;
    if (job.status === expected || Date.now() > until) return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('import jobs of a stopped server', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const jobs: Record<'dead' | 'alive' | 'done', string> = { dead: '', alive: '', done: '' };
  const bed = withApi({
    collectors: 1,
    cases: 0,
    // Left behind before this instance started: one whose instance died ten minutes ago, one another
    // instance is still writing (heartbeat a moment ago), and one finished long ago.
    arrange: async ({ db, fx }) => {
      jobs.dead = await addCaseImport(db, { createdBy: fx.lead.id, heartbeatSecondsAgo: 600 });
      jobs.alive = await addCaseImport(db, { createdBy: fx.lead.id, heartbeatSecondsAgo: 5 });
      jobs.done = await addCaseImport(db, { createdBy: fx.lead.id, status: 'DONE', heartbeatSecondsAgo: 3_600 });
    },
  });
  beforeAll(() => void ({ api, db, fx } = bed));

  it('fails a RUNNING job whose heartbeat stopped at start-up, and leaves live and finished jobs alone', async () => {
    const lead = await api.login(fx.lead.email);
    const dead = await statusOf(api, lead, jobs.dead, 'FAILED');
    expect(dead).toMatchObject({ status: 'FAILED', error: IMPORT_INTERRUPTED_MESSAGE, rowsProcessed: 2000, imported: 1990 });
    expect(dead.error).toBe('interrupted: the server stopped during the import; re-import the file, rows already placed count as duplicates');
    expect(dead.finishedAt).not.toBeNull();
    expect((await api.ok<{ caseImport: Job }>(JOB, { id: jobs.alive }, lead)).caseImport.status).toBe('RUNNING');
    expect((await api.ok<{ caseImport: Job }>(JOB, { id: jobs.done }, lead)).caseImport).toMatchObject({ status: 'DONE', error: null });

    const { rows: audit } = await db.query(
      "SELECT actor_id, after FROM audit_events WHERE action = 'cases.import-interrupted' AND entity_id = $1", [jobs.dead],
    );
    expect(audit).toEqual([{ actor_id: null, after: { status: 'FAILED', rowsProcessed: 2000, imported: 1990 } }]);
  });

  it('another instance fails a job once its heartbeat is older than two minutes, not before', async () => {
    await ageCaseImportHeartbeat(db, jobs.alive, 100);
    const second = await bed.startApi();
    const lead = await second.login(fx.lead.email);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await second.ok<{ caseImport: Job }>(JOB, { id: jobs.alive }, lead)).caseImport.status).toBe('RUNNING');

    await ageCaseImportHeartbeat(db, jobs.alive, 130);
    const third = await bed.startApi();
    const job = await statusOf(third, lead, jobs.alive, 'FAILED');
    expect(job).toMatchObject({ status: 'FAILED', error: IMPORT_INTERRUPTED_MESSAGE });
    const { rows } = await db.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'cases.import-interrupted'");
    expect(rows[0].n).toBe(2);
  });

  it('an import writes its heartbeat as it goes', async () => {
    const lead = await api.login(fx.lead.email);
    const csv = 'creditor_ref,debtor_ref,debtor_name,debtor_kind,debtor_country,debtor_email,debtor_phone,invoice_ref,principal_cents,currency,invoice_date,due_date,default_date\n'
      + 'ALP,HB-1,Heart Beat,consumer,DE,,,HB-INV-1,1000,EUR,2026-09-01,2026-09-15,\n';
    const { importCases } = await api.ok<{ importCases: { importId: string } }>(
      'mutation($csv: String!) { importCases(csv: $csv) { importId } }', { csv }, lead,
    );
    const { rows } = await db.query(
      'SELECT status, clock_timestamp() - heartbeat_at < interval \'1 minute\' AS recent FROM case_imports WHERE id = $1', [importCases.importId],
    );
    expect(rows[0]).toEqual({ status: 'DONE', recent: true });
  });
});
