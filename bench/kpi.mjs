// npm run bench:kpi [-- --cases 1000000 --keep /var/tmp/mahnwerk-bench --payments 5000000 --requests 200 --concurrency 8 --naive-requests 48]
// The `kpis` query over GraphQL (read models kept by triggers) against the naive GROUP BY over the
// raw tables that answered it before, on the same copy of the data, for the same mix of filters.
// The copy's payments are topped up to --payments (default 5 per case) before the API starts, so its
// migrations build the read models over all of them. --keep DIR reuses a generated data set, which
// stays as it is: the bench works on a copy and drops it at the end.
import pg from 'pg';
import { argValue, cleanUpOnExit, cloneDatabase, dropDatabase, prepareDataSet, startApi, startPostgresWhenFree } from './lib.mjs';

const { toReportingCents } = await import(new URL('../packages/domain/dist/index.js', import.meta.url));

const BENCH_DB = 'bench_kpi';
const KPI_FIELDS = 'casesPlaced casesPaidInFull placedCents collectedCents recoveredCents paymentRate recoveryRate promiseKeptRate dunningDurationDaysMedian dunningDurationDaysP90';

async function main() {
  const cases = Number(argValue('cases', '1000000'));
  const today = argValue('today', '2026-11-25');
  const keep = argValue('keep', undefined);
  const paymentTarget = Number(argValue('payments', String(cases * 5)));
  const requests = Number(argValue('requests', '200'));
  const concurrency = Number(argValue('concurrency', '8'));
  // The naive queries scan the raw tables on every request: fewer of them keep the run short.
  const naiveRequests = Number(argValue('naive-requests', '48'));

  const { cleanups, cleanUp } = cleanUpOnExit();

  const benchStarted = performance.now();
  const postgres = await startPostgresWhenFree(keep);
  cleanups.push(() => postgres.stop());
  try {
    await prepareDataSet(postgres, { cases, today, keep });

    let started = performance.now();
    await cloneDatabase(postgres.adminUrl, 'mahnwerk', BENCH_DB);
    cleanups.push(() => dropDatabase(postgres.adminUrl, BENCH_DB));
    const url = postgres.urlOf(BENCH_DB);
    console.log(`  copy ${BENCH_DB} made in ${seconds(started)} s`);

    const pool = new pg.Pool({ connectionString: url, max: 20 });
    pool.on('error', (error) => console.error('pg pool:', error.message));
    cleanups.push(() => pool.end());
    const topUp = await topUpPayments(pool, paymentTarget, today);
    console.log(`  payments: ${topUp.before.toLocaleString('en')} generated + ${topUp.added.toLocaleString('en')} added = ${topUp.after.toLocaleString('en')} (${topUp.seconds} s)`);

    // The API migrates the copy on start; the KPI read-model migration rebuilds them over all rows.
    started = performance.now();
    const api = await startApi(url);
    cleanups.push(() => api.stop());
    const apiStartSeconds = seconds(started);
    console.log(`  API start on the copy (migrations + read-model rebuild): ${apiStartSeconds} s`);

    const filters = await filterMix(pool, today);
    console.log(`  ${filters.length} filters: ${describeFilters(filters)}`);

    const { login } = await api.gql(
      'mutation { login(email: "manager@demo.mahnwerk", password: "mahnwerk-demo") { token } }',
    );
    const graphql = (filter) => api.gql(`query($f: KpiFilter!) { kpis(filter: $f) { ${KPI_FIELDS} } }`, { f: filter }, login.token)
      .then((data) => data.kpis);
    const naive = (filter) => naiveKpis(pool, filter, today);

    // Same figures from both, for the widest filter.
    const check = filters[0];
    const [viaApi, viaRaw] = [await graphql(check), await naive(check)];
    const compared = ['casesPlaced', 'recoveredCents', 'placedCents'].map((key) => ({ key, api: viaApi[key], raw: viaRaw[key] }));
    const agree = compared.every((c) => c.api === c.raw);

    // Each contender: one untimed pass over the filters (plans, caches), then sequential, then concurrent.
    console.log(`\nkpis over GraphQL: ${requests} sequential, then ${requests} with ${concurrency} concurrent`);
    const api1 = await measure(graphql, filters, requests, 1);
    const api8 = await measure(graphql, filters, requests, concurrency);
    console.log(`  sequential   ${describe(api1)}`);
    console.log(`  concurrent   ${describe(api8)}`);
    console.log(`naive GROUP BY over the raw tables (six queries, pg pool of 20): ${naiveRequests} sequential, then ${naiveRequests} with ${concurrency} concurrent`);
    const raw1 = await measure(naive, filters, naiveRequests, 1);
    const raw8 = await measure(naive, filters, naiveRequests, concurrency);
    console.log(`  sequential   ${describe(raw1)}`);
    console.log(`  concurrent   ${describe(raw8)}`);

    const verdict = (ok) => (ok ? 'PASS' : 'MISS');
    console.log('');
    console.log(`kpi bench over ${cases.toLocaleString('en')} cases, ${topUp.after.toLocaleString('en')} payments, ${seconds(benchStarted)} s in all; API start (migrations + rebuild) ${apiStartSeconds} s`);
    console.log(`kpis p50/p95 ms sequential: GraphQL ${ms(api1.p50)}/${ms(api1.p95)}, naive ${ms(raw1.p50)}/${ms(raw1.p95)} (p95 ratio naive / GraphQL ${ratio(raw1.p95, api1.p95)}x)`);
    console.log(`kpis p50/p95 ms ${concurrency} concurrent: GraphQL ${ms(api8.p50)}/${ms(api8.p95)}, naive ${ms(raw8.p50)}/${ms(raw8.p95)} (p95 ratio naive / GraphQL ${ratio(raw8.p95, api8.p95)}x)`);
    console.log(`  ${verdict(api1.p95 < 100)}  GraphQL kpis p95 sequential ${ms(api1.p95)} ms (goal: under 100 ms)`);
    console.log(`  ${verdict(api8.p95 < 100)}  GraphQL kpis p95 at ${concurrency} concurrent ${ms(api8.p95)} ms (goal: under 100 ms)`);
    console.log(`  ${agree ? 'SAME' : 'DIFFERENT'}  figures for ${describeFilter(check)}: ${compared.map((c) => `${c.key} GraphQL ${c.api} / naive ${c.raw}`).join(', ')}`);
    if (!agree) process.exitCode = 1;
  } catch (error) {
    console.error('bench failed:', error);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

/**
 * Tops the payments up to `target` in one statement: instalments of about 15 to 600 (log-uniform,
 * in the case's currency) received on days of the last 12 months, not before the case was placed,
 * spread round-robin over the OPEN and PAID cases.
 */
async function topUpPayments(pool, target, today) {
  const started = performance.now();
  const before = Number((await pool.query('SELECT count(*) AS n FROM payments')).rows[0].n);
  const missing = Math.max(0, target - before);
  if (missing > 0) {
    const client = await pool.connect();
    try {
      // A data set generated after the read models came keeps them by triggers: those would carry
      // millions of rows in one transition table, so the top-up skips them and rebuilds instead.
      const { rows: kpiTriggers } = await client.query(
        `SELECT tgname FROM pg_trigger WHERE tgrelid = 'payments'::regclass AND tgname LIKE 'kpi\\_%' AND NOT tgisinternal`,
      );
      const kept = kpiTriggers.length > 0;
      for (const { tgname } of kpiTriggers) await client.query(`ALTER TABLE payments DISABLE TRIGGER "${tgname}"`);
      const eligible = Number((await client.query(`SELECT count(*) AS n FROM cases WHERE status IN ('OPEN', 'PAID')`)).rows[0].n);
      await client.query('SELECT setseed(0.42)');
      // The case count is a parameter, so the join on the case's position stays a hash join.
      await client.query(
        `WITH pool AS (
           SELECT id, currency, placed_at, row_number() OVER (ORDER BY id) - 1 AS i
             FROM cases WHERE status IN ('OPEN', 'PAID'))
         INSERT INTO payments (case_id, amount_cents, currency, received_at, reference, source, idempotency_key)
         SELECT c.id, round(exp(ln(1500) + random() * ln(40)))::bigint, c.currency,
                greatest(c.placed_at, $2::date - (random() * 364)::int), 'BENCH-' || g, 'BANK', 'bench-kpi-' || g
           FROM generate_series(0, $1::int - 1) g
           JOIN pool c ON c.i = g % $3::bigint`,
        [missing, today, eligible],
      );
      if (kept) {
        for (const { tgname } of kpiTriggers) await client.query(`ALTER TABLE payments ENABLE TRIGGER "${tgname}"`);
        await client.query('SELECT kpi_rebuild()');
        console.log('  (the data set already had the KPI read models: rebuilt them after the top-up)');
      }
      await client.query('ANALYZE payments');
    } finally {
      client.release();
    }
  }
  const after = Number((await pool.query('SELECT count(*) AS n FROM payments')).rows[0].n);
  return { before, added: after - before, after, seconds: seconds(started) };
}

/** The last 12 months; each of those months; each creditor and the four busiest collectors over the 12 months. */
async function filterMix(pool, today) {
  const monthStart = (offset) => {
    const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + offset);
    return d.toISOString().slice(0, 10);
  };
  const dayBefore = (date) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const year = { from: monthStart(-11), to: dayBefore(monthStart(1)) };
  const months = Array.from({ length: 12 }, (_, i) => ({ from: monthStart(i - 11), to: dayBefore(monthStart(i - 10)) }));
  const { rows: creditors } = await pool.query('SELECT id FROM creditors ORDER BY ref');
  const { rows: collectors } = await pool.query(
    `SELECT last_assignee_id AS id FROM cases WHERE last_assignee_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 4`,
  );
  return [
    year,
    ...months,
    ...creditors.map((c) => ({ ...year, creditorId: c.id })),
    ...collectors.map((c) => ({ ...year, collectorId: c.id })),
  ];
}

/** The six queries `kpis` ran over the raw tables before the read models, as they were. */
async function naiveKpis(pool, filter, today) {
  const scope = `($3::uuid IS NULL OR c.creditor_id = $3) AND ($4::uuid IS NULL OR c.last_assignee_id = $4)`;
  const params = [filter.from, filter.to, filter.creditorId ?? null, filter.collectorId ?? null];
  const [placed, placedCents, collected, recovered, durations, promises] = await Promise.all([
    pool.query(
      `SELECT count(*)::int AS cases, count(*) FILTER (WHERE c.status = 'PAID')::int AS paid
         FROM cases c WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope}`,
      params,
    ),
    pool.query(
      `SELECT c.currency, sum(cl.principal_cents)::bigint AS cents
         FROM cases c JOIN claims cl ON cl.case_id = c.id
        WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
      params,
    ),
    pool.query(
      `SELECT c.currency, sum(p.amount_cents)::bigint AS cents
         FROM cases c JOIN payments p ON p.case_id = c.id
        WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
      params,
    ),
    pool.query(
      `SELECT c.currency, sum(p.amount_cents)::bigint AS cents
         FROM payments p JOIN cases c ON c.id = p.case_id
        WHERE p.received_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
      params,
    ),
    pool.query(
      `SELECT (c.paid_at AT TIME ZONE 'UTC')::date - c.placed_at AS days
         FROM cases c
        WHERE c.status = 'PAID' AND (c.paid_at AT TIME ZONE 'UTC')::date BETWEEN $1 AND $2 AND ${scope}`,
      params,
    ),
    pool.query(
      `SELECT count(*) FILTER (WHERE p.status = 'KEPT')::int AS kept,
              count(*) FILTER (WHERE p.status = 'BROKEN' OR (p.status = 'OPEN' AND p.due_date < $5 AND c.status <> 'PAID'))::int AS broken
         FROM promises p JOIN cases c ON c.id = p.case_id
        WHERE p.due_date BETWEEN $1 AND $2 AND ${scope}`,
      [...params, today],
    ),
  ]);
  const reporting = (rows) => rows.reduce((sum, r) => sum + toReportingCents(Number(r.cents), r.currency), 0);
  return {
    casesPlaced: placed.rows[0].cases,
    casesPaidInFull: placed.rows[0].paid,
    placedCents: reporting(placedCents.rows),
    collectedCents: reporting(collected.rows),
    recoveredCents: reporting(recovered.rows),
    paidCases: durations.rows.length,
    promisesKept: promises.rows[0].kept,
    promisesBroken: promises.rows[0].broken,
  };
}

/** One untimed pass over the filters, then `count` timed calls by `workers` loops, the filters in turn. */
async function measure(call, filters, count, workers) {
  for (const filter of filters) await call(filter);
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t0 = performance.now();
        await call(filters[i % filters.length]);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { count: latencies.length, perSecond: latencies.length / elapsed, ...percentiles(latencies) };
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

function describe(r) {
  return `p50 ${ms(r.p50).padStart(8)} ms  p95 ${ms(r.p95).padStart(8)} ms  max ${ms(r.max).padStart(8)} ms  (${r.count} requests, ${r.perSecond.toFixed(1)}/s)`;
}

function describeFilter(f) {
  const scope = f.creditorId ? `, creditor ${f.creditorId}` : f.collectorId ? `, collector ${f.collectorId}` : '';
  return `${f.from}..${f.to}${scope}`;
}

function describeFilters(filters) {
  const creditors = filters.filter((f) => f.creditorId).length;
  const collectors = filters.filter((f) => f.collectorId).length;
  return `12 months (${filters[0].from}..${filters[0].to}), each of its 12 months, ${creditors} creditors and ${collectors} collectors over the 12 months`;
}

const ms = (value) => value.toFixed(1);
const ratio = (a, b) => (a / b).toFixed(a / b >= 10 ? 0 : 1);
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

await main();
