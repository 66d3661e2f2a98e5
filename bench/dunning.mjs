// npm run bench:dunning [-- --cases 1000000 --as-of 2026-12-28 --keep /var/tmp/mahnwerk-bench]
// The dunning run over generated cases, against the raw set-based UPDATE of the same rows, in one run.
// --keep DIR keeps the generated data set between runs (generating 1M cases takes about 15 minutes).
import { stripVTControlCharacters } from 'node:util';
import pg from 'pg';
import { argValue, cloneDatabase, dropDatabase, prepareDataSet, startApi, startPostgres } from './lib.mjs';

const cases = Number(argValue('cases', '1000000'));
const today = argValue('today', '2026-11-25');
// The API refuses a run dated after today in the dunning time zone: the reference date 2026-12-28,
// or today while that is still ahead.
const berlinToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const asOf = argValue('as-of', berlinToday < '2026-12-28' ? berlinToday : '2026-12-28');
if (asOf > berlinToday) {
  console.error(`--as-of ${asOf} is after today (${berlinToday}); the API runs dunning up to today at the latest.`);
  process.exit(1);
}

const postgres = await startPostgres(argValue('keep', undefined));
try {
  await prepareDataSet(postgres, { cases, today, keep: argValue('keep', undefined) });
  // Both contenders start from identical copies of the generated data.
  await cloneDatabase(postgres.adminUrl, 'mahnwerk', 'bench_run');
  await cloneDatabase(postgres.adminUrl, 'mahnwerk', 'bench_raw');
  const runUrl = postgres.urlOf('bench_run');
  const rawUrl = postgres.urlOf('bench_raw');

  // The run, through the API as a lead or admin would start it.
  const apiServer = await startApi(runUrl, { LOG_LEVEL: 'log' });
  const { login } = await apiServer.gql(
    'mutation { login(email: "admin@demo.mahnwerk", password: "mahnwerk-demo") { token } }',
  );
  let started = performance.now();
  const { runDunning: run } = await apiServer.gql(
    'mutation($d: Date!) { runDunning(asOf: $d) { advanced feesCharged letters emails promisesBroken } }',
    { d: asOf },
    login.token,
  );
  const runSeconds = (performance.now() - started) / 1000;
  const phases = apiServer.logLines('Dunning run ').map((line) => stripVTControlCharacters(line).replace(/^.*Dunning run /, '').replace(/"}$/, ''));
  await apiServer.stop();

  // The baseline: the same transitions as one bare UPDATE, nothing else.
  const client = new pg.Client({ connectionString: rawUrl });
  await client.connect();
  const rules = await transitionsOf(runUrl, asOf);
  started = performance.now();
  const raw = await client.query(
    `UPDATE cases c SET stage = r.to_stage, stage_entered_on = $2::date
       FROM jsonb_to_recordset($1::jsonb) AS r(creditor_id uuid, from_stage text, to_stage text, wait_days int)
      WHERE r.creditor_id = c.creditor_id AND r.from_stage = c.stage AND c.status = 'OPEN'
        AND c.stage_entered_on < $2::date AND c.stage_entered_on + r.wait_days <= $2::date`,
    [JSON.stringify(rules), asOf],
  );
  const rawSeconds = (performance.now() - started) / 1000;
  await client.end();

  console.log('');
  console.log(`dunning run (${asOf}) over ${cases.toLocaleString('en')} cases: ${runSeconds.toFixed(2)} s`);
  console.log(`  advanced ${run.advanced}, fees ${run.feesCharged}, letters queued ${run.letters}, e-mails ${run.emails}, promises broken ${run.promisesBroken}`);
  for (const line of phases) console.log(`  phases: ${line}`);
  console.log(`raw set-based UPDATE of the same rows: ${rawSeconds.toFixed(2)} s (${raw.rowCount} rows)`);
  console.log(`ratio run / raw: ${(runSeconds / rawSeconds).toFixed(2)}x (goal: at most 3x)`);
} catch (error) {
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  // Left behind, the copies (5 GB each at 1M) would keep autovacuum busy during the next bench on this data.
  for (const copy of ['bench_run', 'bench_raw']) await dropDatabase(postgres.adminUrl, copy).catch(() => undefined);
  await postgres.stop();
}

/** The same transitions the run applies, built by the API's own code from the creditors' strategies. */
async function transitionsOf(url, asOf) {
  const { buildTransitions } = await import(new URL('../apps/api/dist/dunning/transitions.js', import.meta.url));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT id, country, dunning_strategy FROM creditors');
  await client.end();
  return buildTransitions(rows, asOf).filter((t) => t.mode === 'SET');
}
