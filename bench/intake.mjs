// npm run bench:intake [-- --rows 1000000 --debtor-share 0.4]
// A generated case file of --rows rows through the intake upload route (POST /imports/cases, streamed,
// written in batches) against Postgres' own COPY of the same file into a bare table on the same
// database. Prints both times, the ratio (goal: at most 3x COPY) and the API's peak memory during the
// import (resident set size sampled from /proc every 50 ms; goal: under 300 MB).
import { chmodSync, createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { clearInterval, setInterval } from 'node:timers';
import pg from 'pg';
import { argValue, cleanUpOnExit, repoRoot, startApi, startPostgres } from './lib.mjs';

const { runMigrations } = await import(path.join(repoRoot, 'apps/api/dist/database/migrate.js'));
const { hash } = await import('@node-rs/argon2');

const HEADER = 'creditor_ref,debtor_ref,debtor_name,debtor_kind,debtor_country,debtor_email,debtor_phone,invoice_ref,principal_cents,currency,invoice_date,due_date,default_date';
const PASSWORD = 'bench-intake-password-0001';

async function main() {
  const rows = Number(argValue('rows', '1000000'));
  const debtorShare = Number(argValue('debtor-share', '0.4'));
  const { cleanups, cleanUp } = cleanUpOnExit();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-intake-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'cases.csv');

  let started = performance.now();
  await writeCaseFile(file, rows, debtorShare);
  const bytes = statSync(file).size;
  // The database server reads the file itself for COPY, possibly as another user.
  chmodSync(dir, 0o755);
  chmodSync(file, 0o644);
  console.log(`  ${rows.toLocaleString('en')} rows (${(bytes / 1e6).toFixed(1)} MB) generated in ${seconds(started)} s`);

  const postgres = await startPostgres(undefined);
  cleanups.push(() => postgres.stop());
  try {
    await runMigrations(postgres.url);
    const pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
    pool.on('error', (error) => console.error('pg pool:', error.message));
    cleanups.push(() => pool.end());
    await pool.query("INSERT INTO creditors (ref, name, country, currency, time_zone) VALUES ('BENCH', 'Bench Versand GmbH', 'DE', 'EUR', 'Europe/Berlin')");
    await pool.query("INSERT INTO users (email, name, role, password_hash) VALUES ('intake@bench.mahnwerk', 'Intake bench', 'ADMIN', $1)", [await hash(PASSWORD)]);

    // Postgres alone: COPY of the same file into a bare table (typed like the file, no index, no trigger).
    await pool.query(`CREATE TABLE intake_copy (creditor_ref text, debtor_ref text, debtor_name text, debtor_kind text, debtor_country text,
      debtor_email text, debtor_phone text, invoice_ref text, principal_cents bigint, currency text, invoice_date date, due_date date, default_date date)`);
    await pool.query('CHECKPOINT');
    started = performance.now();
    await pool.query(`COPY intake_copy FROM '${file}' WITH (FORMAT csv, HEADER true)`);
    const copySeconds = (performance.now() - started) / 1000;
    const copied = Number((await pool.query('SELECT count(*) AS n FROM intake_copy')).rows[0].n);
    console.log(`  COPY into a bare table: ${copySeconds.toFixed(2)} s (${copied.toLocaleString('en')} rows)`);
    await pool.query('DROP TABLE intake_copy');
    await pool.query('CHECKPOINT');

    // The API runs with the Node options of the product's start (`npm start` in apps/api: heap limits),
    // or with BENCH_API_NODE_OPTIONS when given.
    const nodeOptions = process.env.BENCH_API_NODE_OPTIONS ?? startNodeOptions();
    console.log(`  API Node options: ${nodeOptions || '(none)'}`);
    const api = await startApi(postgres.url, nodeOptions ? { NODE_OPTIONS: nodeOptions } : {});
    cleanups.push(() => api.stop());
    const { login } = await api.gql(`mutation { login(email: "intake@bench.mahnwerk", password: "${PASSWORD}") { token } }`);
    const idleRss = rssMb(api.pid);
    let peakRss = idleRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(api.pid))), 50);

    started = performance.now();
    const job = await upload(api.base, file, bytes, login.token);
    const uploadSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, rssMb(api.pid));

    if (job.status !== 'DONE' || job.imported !== rows) throw new Error(`The import did not place every row: ${JSON.stringify(job)}`);
    const ratio = uploadSeconds / copySeconds;
    console.log(`  upload route (parse, validate, debtors, cases, claims, KPI triggers): ${uploadSeconds.toFixed(2)} s`
      + ` (${Math.round(rows / uploadSeconds).toLocaleString('en')} rows/s; ${job.casesCreated.toLocaleString('en')} cases)`);
    console.log('');
    console.log(`intake ${rows.toLocaleString('en')} rows: upload ${uploadSeconds.toFixed(2)} s, COPY ${copySeconds.toFixed(2)} s, ratio ${ratio.toFixed(1)}x (goal <= 3x) ${ratio <= 3 ? 'OK' : 'ABOVE GOAL'}`);
    console.log(`API memory: peak RSS ${peakRss.toFixed(0)} MB during the import (idle before: ${idleRss.toFixed(0)} MB; goal < 300 MB) ${peakRss < 300 ? 'OK' : 'ABOVE GOAL'}`);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

/** A case file: debtors with 1 to 4 invoices each on consecutive rows, every invoice reference unique. */
async function writeCaseFile(file, rows, debtorShare) {
  const out = createWriteStream(file);
  out.write(`${HEADER}\n`);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const perDebtor = 1 / debtorShare;
  let debtor = 0;
  let left = 0;
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    if (left === 0) {
      debtor++;
      left = Math.max(1, Math.round(random() * (2 * perDebtor - 2)) + 1);
    }
    left--;
    const kind = debtor % 5 === 0 ? 'business' : 'consumer';
    const day = 1 + (i % 28);
    const month = 1 + (debtor % 9);
    const invoice = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const due = `2026-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    chunk += `BENCH,D${debtor},Debtor ${debtor},${kind},DE,d${debtor}@example.org,+49 30 ${100000 + (debtor % 900000)},INV-${i + 1},${1000 + Math.floor(random() * 500000)},EUR,${invoice},${due},\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Streams the file to the upload route and resolves with the finished job. */
function upload(base, file, bytes, token) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: hostname, port, path: '/imports/cases?fileName=bench.csv', method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': bytes },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (c) => (text += c));
      response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${response.statusCode}: ${text.slice(0, 300)}`))));
    });
    request.on('error', reject);
    createReadStream(file).pipe(request);
  });
}

/** The Node options of apps/api's start script (`node --opt ... dist/main.js`). */
function startNodeOptions() {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'apps/api/package.json'), 'utf8'));
  const match = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/main\.js/.exec(scripts.start ?? '');
  return match ? match[1].trim() : '';
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

await main();
