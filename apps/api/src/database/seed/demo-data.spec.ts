import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeBalance, daysBetween, DEFAULT_STRATEGIES, DUNNING_STAGES, type BalanceInput } from '@mahnwerk/domain';
import { verify } from '@node-rs/argon2';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '../embedded-postgres.js';
import { runMigrations } from '../migrate.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './demo-data.js';

const TODAY = '2026-11-25';
const SEED = 4711;
const CASES = 300;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Two fresh databases: in the run's shared PostgreSQL when jest's global setup provides one
 * (TEST_PG_ADMIN_URL), else in a throw-away embedded PostgreSQL of our own.
 */
async function freshDatabases(names: string[]): Promise<{ urls: string[]; stop: () => Promise<void> }> {
  let adminUrl = process.env.TEST_PG_ADMIN_URL;
  let server: EmbeddedDatabase | undefined;
  let parent: string | undefined;
  if (!adminUrl) {
    parent = mkdtempSync(path.join(tmpdir(), 'mahnwerk-seed-'));
    chmodSync(parent, 0o777); // initdb runs as user postgres when we are root
    server = await startEmbeddedPostgres({ dataDir: path.join(parent, 'db'), port: await freePort(), persistent: false });
    adminUrl = server.url.replace(/\/[^/]+$/, '/postgres');
  }
  const suffix = `${process.pid}_${Date.now()}`;
  const urls: string[] = [];
  for (const name of names) {
    const database = `${name}_${suffix}`;
    await ensureDatabase(adminUrl, database);
    const url = adminUrl.replace(/\/postgres$/, `/${database}`);
    await runMigrations(url);
    urls.push(url);
  }
  return {
    urls,
    stop: async () => {
      await server?.stop();
      if (parent) rmSync(parent, { recursive: true, force: true });
    },
  };
}

/** A digest of what a seed produces: cases, claims, payments and activities, ids included. */
async function checksum(pool: pg.Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<Record<string, string>>(`
    SELECT
      (SELECT md5(string_agg(concat_ws('|', id, creditor_id, debtor_id, status, stage, assignee_id, priority, open_cents,
              oldest_due_date, placed_at, next_action_at, hold_reason, paid_at), ',' ORDER BY id)) FROM cases) AS cases,
      (SELECT md5(string_agg(concat_ws('|', id, case_id, reference, principal_cents, invoice_date, due_date, default_date), ','
              ORDER BY id)) FROM claims) AS claims,
      (SELECT md5(string_agg(concat_ws('|', id, case_id, amount_cents, received_at, source, idempotency_key), ','
              ORDER BY id)) FROM payments) AS payments,
      (SELECT md5(string_agg(concat_ws('|', id, case_id, actor_id, channel, outcome, note, note_texts::text, occurred_at), ','
              ORDER BY id)) FROM activities) AS activities,
      (SELECT md5(string_agg(concat_ws('|', id, case_id, amount_cents, status, valid_until, offered_by), ',' ORDER BY id))
         FROM settlements) AS settlements,
      (SELECT md5(string_agg(concat_ws('|', id, ref, name, email, phone, address), ',' ORDER BY id)) FROM debtors) AS debtors,
      (SELECT md5(string_agg(concat_ws('|', id, run_id, case_id, from_stage, to_stage, channel, fee_cents, stepped_on), ','
              ORDER BY id)) FROM dunning_steps) AS steps,
      (SELECT md5(string_agg(concat_ws('|', id, closed_on), ',' ORDER BY id)) FROM cases) AS closed,
      (SELECT md5(string_agg(concat_ws('|', l.id, l.case_id, l.created_at, s.id, s.created_at, p.id, p.plan), ',' ORDER BY l.id))
         FROM portal_links l LEFT JOIN portal_sessions s ON s.link_id = l.id LEFT JOIN portal_plan_proposals p ON p.case_id = l.case_id) AS portal`);
  return rows[0]!;
}

describe('seedDemoData', () => {
  let databases: Awaited<ReturnType<typeof freshDatabases>>;
  let pool: pg.Pool;
  let twin: pg.Pool;
  let other: pg.Pool;
  let first: Awaited<ReturnType<typeof seedDemoData>>;
  const progress: [number, number][] = [];

  const rows = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await pool.query<T>(sql, params)).rows;
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await pool.query<{ n: string }>(sql, params)).rows[0]!.n);

  beforeAll(async () => {
    databases = await freshDatabases(['seed_a', 'seed_b', 'seed_c']);
    [pool, twin, other] = databases.urls.map((url) => new pg.Pool({ connectionString: url, max: 2 })) as [pg.Pool, pg.Pool, pg.Pool];
    first = await seedDemoData(pool, { cases: CASES, today: TODAY, seed: SEED, onProgress: (done, total) => progress.push([done, total]) });
  }, 120_000);

  afterAll(async () => {
    await Promise.all([pool, twin, other].map((p) => p?.end()));
    await databases?.stop();
  });

  it('reports what it did, batch by batch', () => {
    expect(first).toEqual({ seeded: true, cases: CASES });
    expect(progress.at(-1)).toEqual([CASES, CASES]);
  });

  it('creates the demo logins, all with the demo password hashed once', async () => {
    const users = await rows<{ email: string; role: string; team: string | null; capacity: number; password_hash: string }>(
      `SELECT u.email, u.role, t.name AS team, u.capacity, u.password_hash FROM users u LEFT JOIN teams t ON t.id = u.team_id`,
    );
    const expected = [
      'admin@demo.mahnwerk',
      'manager@demo.mahnwerk',
      'lead@demo.mahnwerk',
      'lead2@demo.mahnwerk',
      ...Array.from({ length: 12 }, (_, i) => `collector${i + 1}@demo.mahnwerk`),
    ];
    expect(users.map((u) => u.email).sort()).toEqual([...expected].sort());
    expect(DEMO_USERS.map((u) => u.email)).toEqual(expected);
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get('admin@demo.mahnwerk')!.role).toBe('ADMIN');
    expect(byEmail.get('manager@demo.mahnwerk')!.role).toBe('MANAGER');
    expect(byEmail.get('lead@demo.mahnwerk')).toMatchObject({ role: 'LEAD', team: 'Team Nord' });
    expect(byEmail.get('lead2@demo.mahnwerk')).toMatchObject({ role: 'LEAD', team: 'Team Süd' });
    for (let n = 1; n <= 12; n++) {
      expect(byEmail.get(`collector${n}@demo.mahnwerk`)).toMatchObject({
        role: 'COLLECTOR',
        team: n <= 6 ? 'Team Nord' : 'Team Süd',
        capacity: 25,
      });
    }
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    await expect(verify(users[0]!.password_hash, DEMO_PASSWORD)).resolves.toBe(true);
    await expect(verify(users[0]!.password_hash, 'wrong-password')).resolves.toBe(false);
  });

  it('creates two German and one Danish creditor, worked by the right collectors', async () => {
    const creditors = await rows<{ ref: string; country: string; currency: string; time_zone: string; address: string }>(
      'SELECT ref, country, currency, time_zone, address FROM creditors ORDER BY ref',
    );
    expect(creditors.map((c) => [c.ref, c.country, c.currency, c.time_zone])).toEqual([
      ['FWN', 'DE', 'EUR', 'Europe/Berlin'],
      ['NEA', 'DK', 'DKK', 'Europe/Copenhagen'],
      ['SWR', 'DE', 'EUR', 'Europe/Berlin'],
    ]);
    expect(creditors.every((c) => c.address.length > 10)).toBe(true);

    const links = await rows<{ email: string; refs: string }>(
      `SELECT u.email, string_agg(c.ref, ',' ORDER BY c.ref) AS refs
       FROM user_creditors uc JOIN users u ON u.id = uc.user_id JOIN creditors c ON c.id = uc.creditor_id GROUP BY u.email`,
    );
    const refs = new Map(links.map((l) => [l.email, l.refs]));
    for (let n = 1; n <= 12; n++) {
      expect(refs.get(`collector${n}@demo.mahnwerk`)).toBe(n <= 6 ? 'FWN,SWR' : n <= 10 ? 'FWN,NEA' : 'NEA');
    }
    expect(refs.size).toBe(12); // leads, manager and admin see everything without rows
  });

  it('creates the cases with their debtors in the creditor country', async () => {
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(CASES);
    expect(await count('SELECT count(*) AS n FROM debtors')).toBe(Math.round(CASES * 0.4));
    expect(await count('SELECT count(*) AS n FROM debtors d WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.debtor_id = d.id)')).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM cases c JOIN creditors cr ON cr.id = c.creditor_id JOIN debtors d ON d.id = c.debtor_id
         WHERE d.country <> cr.country OR c.currency <> cr.currency
            OR (cr.country = 'DK' AND d.time_zone <> 'Europe/Copenhagen')`,
      ),
    ).toBe(0);
    const kinds = await rows<{ kind: string; n: string }>('SELECT kind, count(*) AS n FROM debtors GROUP BY kind');
    const consumers = Number(kinds.find((k) => k.kind === 'consumer')?.n ?? 0);
    expect(consumers / Math.round(CASES * 0.4)).toBeGreaterThan(0.6);
    expect(consumers / Math.round(CASES * 0.4)).toBeLessThan(0.9);
    // 1-3 claims per case; oldest_due_date is the earliest claim due date; due = invoice + 14 days.
    expect(
      await count(
        `SELECT count(*) AS n FROM cases c JOIN LATERAL (SELECT count(*) AS k, min(due_date) AS due FROM claims WHERE case_id = c.id) cl ON true
         WHERE cl.k NOT BETWEEN 1 AND 3 OR cl.due <> c.oldest_due_date OR c.placed_at <= c.oldest_due_date`,
      ),
    ).toBe(0);
    expect(await count('SELECT count(*) AS n FROM claims WHERE due_date - invoice_date <> 14')).toBe(0);
    const statuses = await rows<{ status: string }>('SELECT DISTINCT status FROM cases');
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['OPEN', 'PAID', 'ON_HOLD']));
    expect(await count(`SELECT count(*) AS n FROM cases WHERE status = 'ON_HOLD' AND coalesce(hold_reason, '') = ''`)).toBe(0);
  });

  it("fills each collector's queue from the creditors they work, within capacity", async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM cases c WHERE c.assignee_id IS NOT NULL
           AND (c.status <> 'OPEN' OR NOT EXISTS (
             SELECT 1 FROM user_creditors uc WHERE uc.user_id = c.assignee_id AND uc.creditor_id = c.creditor_id))`,
      ),
    ).toBe(0);
    const queues = await rows<{ email: string; capacity: number; queue: string }>(
      `SELECT u.email, u.capacity, count(c.id) AS queue FROM users u LEFT JOIN cases c ON c.assignee_id = u.id
       WHERE u.role = 'COLLECTOR' GROUP BY u.id`,
    );
    expect(queues).toHaveLength(12);
    for (const q of queues) {
      expect(Number(q.queue)).toBeLessThanOrEqual(q.capacity);
      expect(Number(q.queue)).toBeGreaterThanOrEqual(1);
    }
    expect(await count(`SELECT count(*) AS n FROM cases c JOIN users u ON u.id = c.assignee_id WHERE u.role <> 'COLLECTOR'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE status = 'OPEN' AND assignee_id IS NULL`)).toBeGreaterThan(0);
  });

  it('closes PAID cases with payments covering at least the principal', async () => {
    const paid = await rows<{ id: string; paid: string | null; principal: string; open_cents: string; paid_at: Date | null }>(
      `SELECT c.id, c.open_cents, c.paid_at,
              (SELECT sum(amount_cents) FROM payments p WHERE p.case_id = c.id) AS paid,
              (SELECT sum(principal_cents) FROM claims cl WHERE cl.case_id = c.id) AS principal
       FROM cases c WHERE c.status = 'PAID'`,
    );
    expect(paid.length).toBeGreaterThan(CASES * 0.1);
    for (const c of paid) {
      expect(Number(c.paid ?? 0)).toBeGreaterThanOrEqual(Number(c.principal));
      expect(Number(c.open_cents)).toBe(0);
      expect(c.paid_at).not.toBeNull();
    }
  });

  it('keeps the history consistent: nothing after today, nothing before placement', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM activities a JOIN cases c ON c.id = a.case_id
         WHERE a.occurred_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Berlin' OR (a.occurred_at AT TIME ZONE 'Europe/Berlin')::date < c.placed_at`,
        [TODAY],
      ),
    ).toBe(0);
    expect(
      await count(
        'SELECT count(*) AS n FROM payments p JOIN cases c ON c.id = p.case_id WHERE p.received_at > $1::date OR p.received_at < c.placed_at',
        [TODAY],
      ),
    ).toBe(0);
    // Kept promises are matched by a payment no later than their due date; open ones are not yet due.
    expect(
      await count(
        `SELECT count(*) AS n FROM promises pr WHERE pr.status = 'KEPT' AND NOT EXISTS (
           SELECT 1 FROM payments p WHERE p.case_id = pr.case_id AND p.received_at <= pr.due_date AND p.amount_cents >= pr.amount_cents)`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM promises WHERE status = 'OPEN' AND due_date < $1::date - 1`, [TODAY])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM promises WHERE status <> 'OPEN' AND resolved_at IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE next_action_at > now() AND status = 'OPEN'`)).toBeGreaterThan(0);
    // The claim pool's copies: each case carries its debtor's language, and waits while its next action lies ahead.
    expect(await count('SELECT count(*) AS n FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.debtor_language <> d.language')).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE (NOT waiting AND next_action_at > now()) OR (waiting AND next_action_at IS NULL)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM payments WHERE idempotency_key NOT LIKE 'seed-%'`)).toBe(0);
    // Payments carry their allocation (costs, then interest, then principal), as recorded ones do.
    expect(await count(`SELECT count(*) AS n FROM payments WHERE interest_cents > 0`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM payments WHERE fees_cents > 0`)).toBeGreaterThan(0);
  });

  it('words its timeline in every language, the system entries and what its collectors "wrote"', async () => {
    // Every entry the system wrote (no actor) has its words in English, German and Danish, the English as its note.
    expect(await count(`SELECT count(*) AS n FROM activities WHERE actor_id IS NULL AND (note_texts IS NULL OR note_texts->>'en' <> note)`)).toBe(0);
    const [placed] = await rows<{ de: string; da: string }>(
      `SELECT note_texts->>'de' AS de, note_texts->>'da' AS da FROM activities WHERE note LIKE 'Case placed by %' ORDER BY id LIMIT 1`,
    );
    expect(placed!.de).toMatch(/^Fall übergeben von .+: \d+ Rechnung(en)?, [\d.]+,\d\d (EUR|DKK)\.$/);
    expect(placed!.da).toMatch(/^Sag overdraget af .+: \d+ faktura(er)?, /);
    expect(await count(`SELECT count(*) AS n FROM activities WHERE note = 'Payment reminder sent by post.' AND note_texts->>'de' = 'Zahlungserinnerung per Post versandt.'`))
      .toBeGreaterThan(0);
    // The demo's collectors' notes too, so that a German or Danish workbench shows no English on the demo.
    expect(await count(`SELECT count(*) AS n FROM activities WHERE note IS NOT NULL AND note <> '' AND note_texts IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM activities WHERE note = 'No answer.' AND note_texts->>'de' = 'Niemand erreicht.'`)).toBeGreaterThan(0);
    // A hold's reason is kept as the creditor's collector wrote it: German for a German creditor, Danish for a Danish one.
    expect(await count(`SELECT count(*) AS n FROM cases WHERE hold_reason LIKE 'Debtor %'`)).toBe(0);
  });

  it('offers a few settlements: live ones before their last day, expired ones past it with their timeline entry', async () => {
    const settlements = await rows<{ status: string; valid_until: string; amount_cents: string; open_cents: string; expiry_notes: string }>(
      `SELECT s.status, s.valid_until::text AS valid_until, s.amount_cents, s.open_cents,
              (SELECT count(*) FROM activities a WHERE a.case_id = s.case_id AND a.note LIKE 'Settlement of % expired unpaid on %') AS expiry_notes
         FROM settlements s ORDER BY s.status`,
    );
    const perCreditor = ['EXPIRED', 'EXPIRED', 'OFFERED', 'OFFERED', 'PENDING_APPROVAL'];
    const creditors = await count('SELECT count(*) AS n FROM creditors');
    expect(settlements.map((s) => s.status).sort()).toEqual(perCreditor.flatMap((s) => Array<string>(creditors).fill(s)));
    for (const s of settlements) {
      expect(Number(s.amount_cents)).toBeLessThan(Number(s.open_cents));
      expect(s.status === 'EXPIRED' ? s.valid_until < TODAY : s.valid_until >= TODAY).toBe(true);
      expect(Number(s.expiry_notes)).toBe(s.status === 'EXPIRED' ? 1 : 0);
    }
  });

  it("stores each case's open balance as the domain computes it today", async () => {
    const cases = await rows<{ id: string; open_cents: string; country: 'DE' | 'DK'; kind: 'consumer' | 'business'; currency: string }>(
      `SELECT c.id, c.open_cents, cr.country, d.kind, c.currency
       FROM cases c JOIN creditors cr ON cr.id = c.creditor_id JOIN debtors d ON d.id = c.debtor_id`,
    );
    const group = async <T extends pg.QueryResultRow>(sql: string): Promise<Map<string, T[]>> => {
      const map = new Map<string, T[]>();
      for (const row of await rows<T & { case_id: string }>(sql)) map.set(row.case_id, [...(map.get(row.case_id) ?? []), row]);
      return map;
    };
    const claims = await group<{ reference: string; principal: string; due: string; dflt: string | null; invoiced: string; contracted: string | null }>(
      `SELECT case_id, reference, principal_cents AS principal, due_date::text AS due, default_date::text AS dflt, invoice_date::text AS invoiced,
              contract_date::text AS contracted FROM claims`,
    );
    const fees = await group<{ label: string; amount: string; charged: string }>(
      'SELECT case_id, label, amount_cents AS amount, charged_on::text AS charged FROM fees',
    );
    const payments = await group<{ amount: string; received: string }>(
      'SELECT case_id, amount_cents AS amount, received_at::text AS received FROM payments',
    );
    for (const c of cases) {
      const input: BalanceInput = {
        country: c.country,
        debtorKind: c.kind,
        currency: c.currency,
        asOf: TODAY,
        claims: (claims.get(c.id) ?? []).map((cl) => ({
          reference: cl.reference,
          principalCents: Number(cl.principal),
          dueDate: cl.due,
          defaultDate: cl.dflt,
          invoiceDate: cl.invoiced,
          contractDate: cl.contracted,
        })),
        fees: (fees.get(c.id) ?? []).map((f) => ({ label: f.label, amountCents: Number(f.amount), chargedOn: f.charged })),
        payments: (payments.get(c.id) ?? []).map((p) => ({ amountCents: Number(p.amount), receivedOn: p.received })),
      };
      expect(Number(c.open_cents)).toBe(Math.max(0, computeBalance(input, { statutoryFlatFees: true }).totalCents));
    }
  });

  it('writes the dunning steps each case went through, on its stage days, with the run of each day', async () => {
    const steps = await rows<{
      case_id: string; from_stage: string; to_stage: string; channel: string; fee: string; on: string; run_on: string | null;
      run_status: string | null; fees_that_day: string;
    }>(
      `SELECT s.case_id, s.from_stage, s.to_stage, s.channel, s.fee_cents AS fee, s.stepped_on::text AS on, r.as_of::text AS run_on,
              r.status AS run_status,
              (SELECT coalesce(sum(f.amount_cents), 0) FROM fees f WHERE f.case_id = s.case_id AND f.charged_on = s.stepped_on) AS fees_that_day
         FROM dunning_steps s LEFT JOIN dunning_runs r ON r.id = s.run_id ORDER BY s.id`,
    );
    const cases = await rows<{ id: string; stage: string; placed: string; entered: string; closed: string | null; country: 'DE' | 'DK' }>(
      `SELECT c.id, c.stage, c.placed_at::text AS placed, c.stage_entered_on::text AS entered, c.closed_on::text AS closed, cr.country
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id`,
    );
    const byCase = new Map<string, typeof steps>();
    for (const s of steps) byCase.set(s.case_id, [...(byCase.get(s.case_id) ?? []), s]);
    let stepped = 0;
    for (const c of cases) {
      const own = byCase.get(c.id) ?? [];
      if (c.stage === 'REMINDER') {
        expect(own).toEqual([]);
        continue;
      }
      stepped++;
      const strategy = DEFAULT_STRATEGIES[c.country].stages;
      // A chain from the first stage to the case's stage, in the order of the strategy.
      expect(own[0]!.from_stage).toBe('REMINDER');
      expect(own.at(-1)!.to_stage).toBe(c.stage);
      expect(own.at(-1)!.on).toBe(c.entered);
      let previous = c.placed;
      own.forEach((s, k) => {
        if (k > 0) expect(s.from_stage).toBe(own[k - 1]!.to_stage);
        expect(DUNNING_STAGES.indexOf(s.to_stage as never)).toBeGreaterThan(DUNNING_STAGES.indexOf(s.from_stage as never));
        // A stage of the strategy is entered no earlier than its wait days after the previous one; one
        // it skips (PHONE for a Danish creditor) only by a case sitting in it.
        const rule = strategy.find((r) => r.stage === s.to_stage);
        if (rule) {
          expect(daysBetween(previous, s.on)).toBeGreaterThanOrEqual(rule.waitDays);
          expect(s.channel).toBe(rule.channel);
        } else {
          expect(s.to_stage).toBe(c.stage);
        }
        expect(s.on < TODAY).toBe(true);
        if (c.closed) expect(s.on < c.closed).toBe(true);
        expect(Number(s.fee)).toBe(Number(s.fees_that_day));
        expect([s.run_on, s.run_status]).toEqual([s.on, 'DONE']);
        previous = s.on;
      });
    }
    expect(stepped).toBeGreaterThan(CASES / 2);
    // A run on every day before today (as the scheduler runs), each tallying its steps and fees; none today.
    const runs = await rows<{ as_of: string; advanced: number; fees_charged: number; steps: string; fees: string; dow: number }>(
      `SELECT r.as_of::text, r.advanced, r.fees_charged, extract(isodow FROM r.as_of)::int AS dow,
              (SELECT count(*) FROM dunning_steps s WHERE s.run_id = r.id) AS steps,
              (SELECT count(*) FROM dunning_steps s WHERE s.run_id = r.id AND s.fee_cents > 0) AS fees
         FROM dunning_runs r`,
    );
    expect(runs.every((r) => r.as_of < TODAY)).toBe(true);
    expect(runs.some((r) => r.dow === 7 && r.advanced > 0)).toBe(true);
    expect(runs.every((r) => r.advanced === Number(r.steps) && r.fees_charged === Number(r.fees))).toBe(true);
    // A case leaves the dunning stages on the day it was paid, written off or handed to legal, not on the day of seeding.
    expect(await count(`SELECT count(*) AS n FROM cases WHERE status IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') AND NOT (closed_on BETWEEN placed_at AND $1::date - 1)`, [TODAY]))
      .toBe(0);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE status = 'PAID' AND closed_on <> (paid_at AT TIME ZONE 'Europe/Berlin')::date`)).toBe(0);
  });

  it('keeps the KPI read models as kpi_rebuild() computes them, with forward rolls in recent months', async () => {
    const readModels = async () => {
      const out: Record<string, string[]> = {};
      for (const table of ['kpi_cohort', 'kpi_daily', 'kpi_duration', 'kpi_open', 'kpi_stage_moves']) {
        out[table] = (await rows<{ r: string }>(`SELECT t::text AS r FROM ${table} t`)).map((x) => x.r).sort();
      }
      return out;
    };
    const seeded = await readModels();
    await pool.query('SELECT kpi_rebuild()');
    expect(await readModels()).toEqual(seeded);
    // Cases rolled from each early dunning stage to the next in the last 30 days.
    const forward = await rows<{ from_stage: string; to_stage: string; cases: number }>(
      `SELECT from_stage, to_stage, sum(cases)::int AS cases FROM kpi_stage_moves
        WHERE day BETWEEN $1::date - 30 AND $1::date - 1 GROUP BY 1, 2`,
      [TODAY],
    );
    const moved = (from: string, to: string) => forward.find((m) => m.from_stage === from && m.to_stage === to)?.cases ?? 0;
    expect(moved('REMINDER', 'DUNNING_1')).toBeGreaterThan(0);
    expect(moved('DUNNING_1', 'DUNNING_2')).toBeGreaterThan(0);
  });

  it('has debtor portal activity: links, sign-ins some followed by a payment, proposals for review on the timeline', async () => {
    const { rows: [portal] } = await pool.query(
      `SELECT (SELECT count(*) FROM portal_links)::int AS links, (SELECT count(*) FROM portal_sessions)::int AS sessions,
              (SELECT count(*) FROM portal_sign_in_attempts WHERE ok)::int AS attempts,
              (SELECT count(DISTINCT s.case_id) FROM portal_sessions s JOIN payments p ON p.case_id = s.case_id
                 AND p.received_at BETWEEN (s.created_at AT TIME ZONE 'Europe/Berlin')::date AND (s.created_at AT TIME ZONE 'Europe/Berlin')::date + 14)::int AS cured,
              (SELECT count(*) FROM portal_plan_proposals WHERE status = 'PENDING' AND jsonb_array_length(plan) = installments)::int AS pending,
              (SELECT count(*) FROM portal_plan_proposals pp JOIN activities a ON a.case_id = pp.case_id AND a.channel = 'PORTAL' AND a.direction = 'INBOUND')::int AS on_timeline`,
    );
    expect(portal.links).toBeGreaterThan(portal.sessions);
    expect(portal.sessions).toBeGreaterThan(0);
    expect(portal.attempts).toBe(portal.sessions);
    expect(portal.cured).toBeGreaterThan(0);
    expect(portal.cured).toBeLessThan(portal.sessions);
    expect(portal.pending).toBeGreaterThan(0);
    expect(portal.on_timeline).toBe(portal.pending);
  });

  it('does nothing when the database already has users', async () => {
    const before = await checksum(pool);
    await expect(seedDemoData(pool, { cases: CASES, today: TODAY, seed: SEED })).resolves.toEqual({ seeded: false, cases: 0 });
    expect(await checksum(pool)).toEqual(before);
  });

  it('produces the same data, ids included, for the same seed; different data for another seed', async () => {
    await seedDemoData(twin, { cases: CASES, today: TODAY, seed: SEED });
    await seedDemoData(other, { cases: CASES, today: TODAY, seed: SEED + 1 });
    const a = await checksum(pool);
    expect(await checksum(twin)).toEqual(a);
    const b = await checksum(other);
    expect(b.cases).not.toBe(a.cases);
    expect(b.claims).not.toBe(a.claims);
  }, 60_000);

  it('rejects options it cannot honour', async () => {
    await expect(seedDemoData(other, { cases: -1, today: TODAY })).rejects.toThrow(/cases/);
    await expect(seedDemoData(other, { cases: 10, today: '2026-02-30' })).rejects.toThrow(/today/);
  });
});
