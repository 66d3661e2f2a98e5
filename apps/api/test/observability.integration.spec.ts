import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import { createServer } from '../src/bootstrap.js';
import { ConfigError, loadConfig, type AppConfig } from '../src/config/config.js';
import { MetricsServer } from '../src/observability/metrics.server.js';
import { updateUser } from './factories.js';
import { ApiInstance, FixedClock, PASSWORD, apiRoleUrl, createTestDatabase, runLogDestination } from './harness.js';
import { withApi } from './with-api.js';

const CLAIM = 'mutation { claimNextCase { id } }';
const TEST_ENV = { JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', PORT: '1', DUNNING_SCHEDULE: 'off', KPI_CATCH_UP_MS: '0' };

/** An API on `databaseUrl` with settings the harness's `ApiInstance.start` does not offer. */
async function startApi(
  databaseUrl: string,
  settings: Partial<AppConfig> = {},
  logDestination?: DestinationStream,
  clock = new FixedClock(),
): Promise<ApiInstance> {
  const config = { ...loadConfig(TEST_ENV), port: 0, databaseUrl: await apiRoleUrl(databaseUrl), webDist: '/nonexistent', ...settings };
  const app = await createServer(config, clock, { logDestination: logDestination ?? runLogDestination() });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return new ApiInstance(app, `http://127.0.0.1:${port}/graphql`);
}

/** The value of one sample (`name{labels} value`) in Prometheus text, 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('operating the API: metrics, readiness, logs (embedded Postgres)', () => {
  // Each test starts the API it needs (metrics port, log level, a database to lose).
  const bed = withApi({ collectors: 2, cases: 5, api: false });

  describe('metrics on their own port', () => {
    let api: ApiInstance;
    let metricsUrl: string;

    beforeAll(async () => {
      api = await startApi(bed.url, { metricsPort: 0 });
      metricsUrl = api.app.get(MetricsServer, { strict: false }).url!;
    });
    afterAll(async () => {
      await api.close();
    });

    it('listen on loopback, apart from the public port', async () => {
      expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(metricsUrl).not.toContain(`:${new URL(api.url).port}/`);
      expect((await fetch(api.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
      expect((await fetch(metricsUrl.replace(/\/metrics$/, '/other'))).status).toBe(404);
    });

    it('count a claim, its latency and the events it sent; report the outbox backlog', async () => {
      const before = await (await fetch(metricsUrl)).text();
      const token = await api.login(bed.fx.collectors[0].email);
      const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, token);
      expect(claimNextCase).not.toBeNull();

      const response = await fetch(metricsUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const after = await response.text();
      expect(sample(after, 'mahnwerk_claims_total{result="claimed"}')).toBe(sample(before, 'mahnwerk_claims_total{result="claimed"}') + 1);
      expect(sample(after, 'mahnwerk_claim_duration_seconds_count')).toBe(sample(before, 'mahnwerk_claim_duration_seconds_count') + 1);
      expect(sample(after, 'mahnwerk_outbox_backlog')).toBe(0);
      // Default process metrics come along.
      expect(after).toContain('process_cpu_user_seconds_total');
      // Every metric named in the README is registered.
      for (const name of [
        'mahnwerk_claims_total', 'mahnwerk_claim_duration_seconds', 'mahnwerk_events_sent_total', 'mahnwerk_event_send_duration_seconds',
        'mahnwerk_dunning_phase_duration_seconds', 'mahnwerk_outbox_backlog', 'mahnwerk_import_rows_total',
      ]) {
        expect(after).toContain(`# TYPE ${name} `);
      }

      // The claim's live events go out after its answer: wait for the counter to move.
      let events = 0;
      for (let i = 0; i < 40 && events === 0; i++) {
        const text = await (await fetch(metricsUrl)).text();
        events = sample(text, 'mahnwerk_events_sent_total{topic="queue"}');
        if (events === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(events).toBeGreaterThan(0);
    });

    it('count an empty claim as empty', async () => {
      await updateUser(bed.db, bed.fx.collectors[1].id, { capacity: 0 });
      const token = await api.login(bed.fx.collectors[1].email);
      const before = sample(await (await fetch(metricsUrl)).text(), 'mahnwerk_claims_total{result="empty"}');
      const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, token);
      expect(claimNextCase).toBeNull();
      expect(sample(await (await fetch(metricsUrl)).text(), 'mahnwerk_claims_total{result="empty"}')).toBe(before + 1);
    });
    it('time the phases of a dunning run and count the rows of a bank statement by result', async () => {
      const lead = await api.login(bed.fx.lead.email);
      await api.ok('mutation($d: Date!) { runDunning(asOf: $d) { id } }', { d: '2026-11-25' }, lead);
      const header = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';
      const csv = `${header}\n2026-11-24,,1.00,EUR,nothing,,,OBS-1\n2026-11-24,,2.00,EUR,nothing,,,OBS-2\n2026-11-24,,oops,EUR,x,,,OBS-3\n`;
      const importFile = (content: string) => api.ok(
        'mutation($c: String!) { importBankStatement(format: CSV, content: $c, fileName: "obs.csv", accountIban: "DE87200400000627384900") { imported } }', { c: content }, lead,
      );
      await importFile(csv);
      await importFile(csv);

      const text = await (await fetch(metricsUrl)).text();
      for (const phase of ['set-based steps', 'case-by-case steps', 'promises broken']) {
        expect(sample(text, `mahnwerk_dunning_phase_duration_seconds_count{phase="${phase}"}`)).toBe(1);
      }
      expect(sample(text, 'mahnwerk_import_rows_total{kind="bank_statement",result="imported"}')).toBe(2);
      expect(sample(text, 'mahnwerk_import_rows_total{kind="bank_statement",result="duplicate"}')).toBe(2);
      expect(sample(text, 'mahnwerk_import_rows_total{kind="bank_statement",result="rejected"}')).toBe(2);
    });
  });

  it('serve no metrics port unless METRICS_PORT is set', async () => {
    const api = await startApi(bed.url);
    try {
      expect(api.app.get(MetricsServer, { strict: false }).url).toBeNull();
    } finally {
      await api.close();
    }
  });

  describe('readiness', () => {
    it('/ready is 200 with the database; /health keeps its answer', async () => {
      const api = await startApi(bed.url);
      try {
        const ready = await fetch(api.url.replace(/\/graphql$/, '/ready'));
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
        const health = await fetch(api.healthUrl);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
      } finally {
        await api.close();
      }
    });

    it('/ready is 503 when the database is gone', async () => {
      const doomed = await createTestDatabase();
      const api = await startApi(doomed);
      const admin = new pg.Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
      await admin.connect();
      try {
        expect((await fetch(api.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
        // Cuts every open connection and refuses new ones: what an API sees when its database goes.
        await admin.query(`DROP DATABASE "${new URL(doomed).pathname.slice(1)}" WITH (FORCE)`);
        const ready = await fetch(api.url.replace(/\/graphql$/, '/ready'));
        expect(ready.status).toBe(503);
        expect(await ready.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
        expect((await fetch(api.healthUrl)).ok).toBe(false);
      } finally {
        await admin.end();
        await api.close();
      }
    });
  });

  it('logs JSON lines with a request id and no token, e-mail or password', async () => {
    const lines: string[] = [];
    const api = await startApi(bed.url, { logLevel: 'log' }, { write: (line: string) => void lines.push(line) });
    try {
      const email = bed.fx.collectors[0].email;
      const post = (body: object, headers: Record<string, string>) =>
        fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      const login = await post(
        { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: PASSWORD } },
        { 'x-request-id': 'login-1' },
      );
      const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
      const response = await post({ query: '{ me { id email } }' }, { authorization: `Bearer ${token}`, 'x-request-id': 'probe-42' });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('probe-42');
      expect(login.headers.get('x-request-id')).toBe('login-1');
      // A request id that does not look like one is replaced, not logged.
      const odd = await fetch(api.healthUrl, { headers: { 'x-request-id': 'a b"c' } });
      expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const records = lines.map((line) => JSON.parse(line) as Record<string, any>);
      const ofProbe = records.filter((r) => r.reqId === 'probe-42');
      expect(ofProbe.map((r) => r.msg)).toEqual(['incoming request', 'request completed']);
      expect(ofProbe[0].req).toEqual({ method: 'POST', path: '/graphql' });
      expect(ofProbe[1].res).toEqual({ statusCode: 200 });
      expect(records.filter((r) => r.msg === 'incoming request').every((r) => typeof r.reqId === 'string')).toBe(true);
      const all = lines.join('\n');
      for (const secret of [token, email, PASSWORD, 'authorization', 'Bearer']) expect(all).not.toContain(secret);
    } finally {
      await api.close();
    }
  });

  it('gives a service\'s log lines the id of the request they serve', async () => {
    const lines: string[] = [];
    // The next day's run (the 25th ran above): the clock is on the 26th.
    const api = await startApi(bed.url, { logLevel: 'log' }, { write: (line: string) => void lines.push(line) },
      new FixedClock(new Date('2026-11-26T10:00:00Z')));
    try {
      const token = await api.login(bed.fx.lead.email);
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'run-7' },
        body: JSON.stringify({ query: 'mutation($d: Date!) { runDunning(asOf: $d) { id } }', variables: { d: '2026-11-26' } }),
      });
      expect(response.status).toBe(200);
      const records = lines.map((line) => JSON.parse(line) as Record<string, any>);
      const runLine = records.find((r) => r.context === 'DunningService' && String(r.msg).startsWith('Dunning run 2026-11-26'));
      expect(runLine?.reqId).toBe('run-7');
    } finally {
      await api.close();
    }
  });

  it('validates the metrics settings at start-up', () => {
    expect(loadConfig(TEST_ENV)).toMatchObject({ metricsPort: undefined, metricsHost: '127.0.0.1', logLevel: 'warn' });
    expect(loadConfig({ ...TEST_ENV, METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toMatchObject({ metricsPort: 9464, metricsHost: '0.0.0.0' });
    expect(() => loadConfig({ ...TEST_ENV, METRICS_PORT: 'on' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...TEST_ENV, METRICS_PORT: 'on' })).toThrow(/METRICS_PORT/);
  });
});
