import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { auditVerify } from '../src/audit/audit-verify.js';
import { debtorOf, updateCase } from './factories.js';
import type { Fixture } from './fixtures.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const CASE = 'query($id: ID!) { case(id: $id) { id debtor { name address email } } }';
const CASES = '{ cases(page: { limit: 50 }) { items { id debtor { name } } } }';
const OUTCOME = 'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id } }';
const NOTE = 'mutation($id: ID!, $t: String!) { addNote(caseId: $id, text: $t) { id } }';
const HOLD = 'mutation($id: ID!, $i: HoldInput!) { placeHold(caseId: $id, input: $i) { id } }';
const EVENTS = `query($f: AuditEventFilter, $p: PageInput) {
  auditEvents(filter: $f, page: $p) { totalCount items { id at action entity entityId caseId summary actor { id email } } }
}`;
const SECRET = 'Debtor mentioned a divorce and a new job at Acme';

interface EventsPage { auditEvents: { totalCount: number; items: { id: string; action: string; entityId: string; caseId: string | null; summary: string; actor: { id: string } | null }[] } }

describe('audit trail: staff reads logged, no note texts, the audit screen\'s search, the export with its hash chain', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let tokens: Record<'collector' | 'lead' | 'admin', string>;
  let today: string;

  const bed = withApi({
    collectors: 1, cases: 3,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCase(db, fx.cases.slice(0, 2), { assigneeId: fx.collectors[0]!.id });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    tokens = { collector: await api.login(fx.collectors[0]!.email), lead: await api.login(fx.lead.email), admin: await api.login(fx.admin.email) };
    // The trail is stamped by the database's clock; the export's period is that day in the creditor's zone.
    today = (await db.query(`SELECT to_char(now() AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS d`)).rows[0].d;
  });
  const base = () => api.url.replace(/\/graphql$/, '');
  const reads = async (debtorId: string) =>
    (await db.query(`SELECT actor_id, before, after FROM audit_events WHERE action = 'debtor.read' AND entity = 'debtor' AND entity_id = $1 ORDER BY id`, [debtorId])).rows;

  describe('staff reads of a debtor\'s personal data', () => {
    it('opening a case logs debtor.read once per user and debtor (throttled), without the data itself', async () => {
      const caseId = fx.cases[0]!;
      const debtorId = await debtorOf(db, caseId);
      for (let i = 0; i < 3; i++) await api.ok(CASE, { id: caseId }, tokens.collector);
      expect(await reads(debtorId)).toEqual([{ actor_id: fx.collectors[0]!.id, before: null, after: { caseId, via: 'case' } }]);
      await api.ok(CASE, { id: caseId }, tokens.lead);
      const rows = await reads(debtorId);
      expect(rows.map((r) => r.actor_id)).toEqual([fx.collectors[0]!.id, fx.lead.id]);
      const { name, address, email } = (await db.query('SELECT name, address, email FROM debtors WHERE id = $1', [debtorId])).rows[0];
      const written = JSON.stringify(rows);
      for (const value of [name, address, email].filter(Boolean)) expect(written).not.toContain(value);
    });

    it('a read older than the window is logged again', async () => {
      const caseId = fx.cases[1]!;
      const debtorId = await debtorOf(db, caseId);
      await api.ok(CASE, { id: caseId }, tokens.lead);
      expect(await reads(debtorId)).toHaveLength(1);
      // Appended (never changed) as if six minutes ago: the next read is outside the window.
      await db.query(
        `INSERT INTO audit_events (actor_id, action, entity, entity_id, after, at) VALUES ($1, 'debtor.read', 'debtor', $2, '{}', now() - interval '6 minutes')`,
        [fx.admin.id, debtorId],
      );
      await api.ok(CASE, { id: caseId }, tokens.admin);
      expect((await reads(debtorId)).filter((r) => r.actor_id === fx.admin.id)).toHaveLength(2);
    });

    it('the case list (queue) writes no read rows', async () => {
      const before = (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'debtor.read'`)).rows[0].n;
      await api.ok(CASES, {}, tokens.lead);
      await api.ok(CASES, {}, tokens.collector);
      expect((await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'debtor.read'`)).rows[0].n).toBe(before);
    });
  });

  describe('free-text notes stay out of the trail', () => {
    it('an outcome\'s note, a plain note and a hold\'s reason: the trail names the entry and its length, not the text', async () => {
      const caseId = fx.cases[2]!;
      const from = (await db.query('SELECT max(id) AS id FROM audit_events')).rows[0].id;
      await api.ok(OUTCOME, { i: { caseId, type: 'NO_CONTACT', note: SECRET } }, tokens.lead);
      await api.ok(NOTE, { id: caseId, t: SECRET }, tokens.lead);
      await api.ok(HOLD, { id: caseId, i: { type: 'INSOLVENCY', reason: SECRET } }, tokens.lead);
      const rows = (await db.query('SELECT action, before, after FROM audit_events WHERE id > $1 AND entity_id = $2 ORDER BY id', [from, caseId])).rows;
      expect(rows.map((r) => r.action)).toEqual(['outcome.NO_CONTACT', 'case.note', 'hold.place']);
      expect(JSON.stringify(rows)).not.toContain('divorce');
      expect(rows[0].after).toMatchObject({ noteLength: SECRET.length, activityId: expect.any(String) });
      expect(rows[0].after).not.toHaveProperty('note');
      expect(rows[2].after).toMatchObject({ reasonLength: SECRET.length });
      // The text is where it belongs: on the case's timeline.
      expect((await db.query('SELECT count(*)::int AS n FROM activities WHERE case_id = $1 AND note LIKE $2', [caseId, `%${SECRET}%`])).rows[0].n).toBeGreaterThanOrEqual(2);
    });
  });

  describe('auditEvents (the audit screen)', () => {
    it('is for admins only', async () => {
      for (const token of [tokens.collector, tokens.lead]) {
        expect((await api.gql(EVENTS, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('filters by case, user, operation (or its prefix) and period, newest first, a page at a time', async () => {
      const caseId = fx.cases[2]!;
      const byCase = await api.ok<EventsPage>(EVENTS, { f: { caseId } }, tokens.admin);
      expect(byCase.auditEvents.items.every((e) => e.caseId === caseId)).toBe(true);
      expect(byCase.auditEvents.items.map((e) => e.action)).toEqual(expect.arrayContaining(['hold.place', 'case.note', 'outcome.NO_CONTACT']));
      const ids = byCase.auditEvents.items.map((e) => Number(e.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));

      // A case's events include the reads of its debtor made through it (a debtor event naming the case).
      const opened = await api.ok<EventsPage>(EVENTS, { f: { caseId: fx.cases[0]! } }, tokens.admin);
      expect(opened.auditEvents.items.filter((e) => e.action === 'debtor.read').map((e) => [e.caseId, e.actor?.id]))
        .toEqual([[fx.cases[0]!, fx.lead.id], [fx.cases[0]!, fx.collectors[0]!.id]]);

      const byUser = await api.ok<EventsPage>(EVENTS, { f: { userId: fx.collectors[0]!.id, action: 'debtor' } }, tokens.admin);
      expect(byUser.auditEvents.items.map((e) => [e.action, e.actor?.id])).toEqual([['debtor.read', fx.collectors[0]!.id]]);

      const exact = await api.ok<EventsPage>(EVENTS, { f: { action: 'hold.place', caseId } }, tokens.admin);
      expect(exact.auditEvents.items).toHaveLength(1);
      expect(exact.auditEvents.items[0]!.summary).toMatch(/type: INSOLVENCY/);
      expect((await api.ok<EventsPage>(EVENTS, { f: { action: 'hold.pla' } }, tokens.admin)).auditEvents.totalCount).toBe(0);

      const inPeriod = await api.ok<EventsPage>(EVENTS, { f: { caseId, from: today, to: today } }, tokens.admin);
      expect(inPeriod.auditEvents.totalCount).toBe(byCase.auditEvents.totalCount);
      const before = await api.ok<EventsPage>(EVENTS, { f: { caseId, from: '2020-01-01', to: '2020-12-31' } }, tokens.admin);
      expect(before.auditEvents).toEqual({ totalCount: 0, items: [] });

      const page = await api.ok<EventsPage>(EVENTS, { f: { caseId }, p: { offset: 1, limit: 1 } }, tokens.admin);
      expect(page.auditEvents.totalCount).toBe(byCase.auditEvents.totalCount);
      expect(page.auditEvents.items.map((e) => e.id)).toEqual([byCase.auditEvents.items[1]!.id]);
    });

    it('a malformed filter is BAD_USER_INPUT', async () => {
      expect((await api.gql(EVENTS, { f: { caseId: 'x' } }, tokens.admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await api.gql(EVENTS, { f: { action: "x' OR 1=1" } }, tokens.admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await api.gql(EVENTS, { f: { from: '2026-12-02', to: '2026-12-01' } }, tokens.admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('the export per creditor and period, and audit:verify', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'audit-export-'));
    });
    const download = (format: string, token = tokens.admin, creditorId = fx.creditorDE) =>
      fetch(`${base()}/audit/export.${format}?creditorId=${creditorId}&from=${today}&to=${today}`, { headers: { authorization: `Bearer ${token}` } });
    const verify = async (name: string, text: string) => {
      const path = join(dir, name);
      await writeFile(path, text);
      const out: string[] = [];
      const code = await auditVerify([path], { out: (t) => out.push(t), err: (t) => out.push(t) });
      return { code, out: out.join('\n') };
    };

    it('is for admins only', async () => {
      expect((await download('csv', tokens.lead)).status).toBe(403);
      expect((await download('csv', 'garbage')).status).toBe(401);
      expect((await download('xml')).status).toBe(400);
    });

    it('CSV: header names creditor, period, count and final hash; rows in order with prev_hash and hash; verify says OK', async () => {
      const res = await download('csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="audit-ALP-${today}-${today}.csv"`);
      const text = await res.text();
      const lines = text.split('\n');
      expect(lines[1]).toBe(`# creditor: ${fx.creditorDE} Alpha Versand GmbH`);
      expect(lines[2]).toBe(`# period: ${today} to ${today} (Europe/Berlin)`);
      const count = Number(/^# count: (\d+)$/m.exec(text)![1]);
      expect(count).toBeGreaterThan(5);
      const header = lines.find((l) => !l.startsWith('#'))!;
      expect(header).toBe('id,at,actor_id,actor_email,action,entity,entity_id,case_id,before,after,prev_hash,hash');
      // Only this creditor's cases: none of the Danish case's events.
      expect(text).not.toContain(fx.danishCase);
      const result = await verify('ok.csv', text);
      expect(result).toEqual({ code: 0, out: expect.stringMatching(new RegExp(`^OK: ${count} rows, final hash [0-9a-f]{64}$`)) });
      // The export itself is on the trail, with what it handed out.
      const logged = (await db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'audit.export' ORDER BY id DESC LIMIT 1`)).rows[0];
      expect(logged).toMatchObject({ actor_id: fx.admin.id, after: { format: 'csv', count, from: today, to: today } });
    });

    it('CSV: a changed cell, a deleted row, a reordered row each fail verify, naming the row', async () => {
      const text = await (await download('csv')).text();
      const lines = text.split('\n');
      const first = lines.findIndex((l) => !l.startsWith('#')) + 1; // the first data row
      const row = (n: number) => first + n - 1;
      const changed = [...lines];
      changed[row(3)] = changed[row(3)]!.replace(/,(hold\.place|case\.note|outcome\.NO_CONTACT|debtor\.read|queue\.[a-z]+),/, ',tampered,');
      expect(changed[row(3)]).not.toBe(lines[row(3)]);
      const deleted = lines.filter((_, i) => i !== row(2));
      const reordered = [...lines];
      [reordered[row(2)], reordered[row(4)]] = [reordered[row(4)]!, reordered[row(2)]!];
      const cutOff = lines.filter((_, i) => i !== lines.length - 2);
      for (const [name, broken, at] of [['changed', changed, 3], ['deleted', deleted, 2], ['reordered', reordered, 2], ['cut-off', cutOff, lines.length - 2 - first + 1]] as const) {
        const result = await verify(`${name}.csv`, broken.join('\n'));
        expect({ name, ...result }).toEqual({ name, code: 1, out: expect.stringMatching(new RegExp(`^BROKEN at row ${at}: `)) });
      }
    });

    it('JSON: the same chain; verify says OK, and a changed payload fails naming the row', async () => {
      const res = await download('json');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const doc = await res.json() as { creditor: { id: string }; period: { from: string; to: string }; count: number; finalHash: string; rows: { hash: string; prevHash: string; after: unknown }[] };
      expect(doc).toMatchObject({ creditor: { id: fx.creditorDE }, period: { from: today, to: today } });
      expect(doc.count).toBe(doc.rows.length);
      expect(doc.finalHash).toBe(doc.rows.at(-1)!.hash);
      expect(doc.rows[1]!.prevHash).toBe(doc.rows[0]!.hash);
      expect(await verify('ok.json', JSON.stringify(doc))).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: /) });
      doc.rows[4]!.after = { status: 'PAID' };
      expect(await verify('changed.json', JSON.stringify(doc))).toMatchObject({ code: 1, out: expect.stringMatching(/^BROKEN at row 5: /) });
    });

    it('verify: wrong usage is 2, an unreadable file is 1', async () => {
      const out: string[] = [];
      expect(await auditVerify([], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(2);
      expect(await auditVerify([join(dir, 'missing.csv')], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(1);
      await writeFile(join(dir, 'plain.csv'), 'a,b\n1,2\n');
      expect(await auditVerify([join(dir, 'plain.csv')], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(1);
      expect(await readFile(join(dir, 'plain.csv'), 'utf8')).toBe('a,b\n1,2\n');
    });
  });
});
