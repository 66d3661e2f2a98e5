import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { connected, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const ISSUE = `mutation($id: ID!) { issuePortalLink(caseId: $id) { url expiresAt } }`;
const SIGN_IN = `mutation($t: String!, $c: String!) { portalSignIn(linkToken: $t, check: $c) { token expiresAt } }`;
const DISPUTE = `mutation { portalDispute(reason: ALREADY_PAID, text: "Ich habe am 1. Oktober bezahlt.") { status } }`;
const STAFF_DISPUTES = `query($id: ID!) { case(id: $id) { disputes { id status documents { id fileName contentType sizeBytes sha256 } } } }`;

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('receipt of the transfer')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('the debtor portal: documents for a dispute', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let collector: string;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 1, cases: 0,
    env: () => ({ PORTAL_BASE_URL: 'https://portal.example.org' }),
    arrange: async () => {
      ({ db, fx } = bed);
      const de = (priority: number) => addCase(db, {
        creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', stage: 'REMINDER',
        stageEnteredOn: '2026-10-01', assigneeId: fx.collectors[0].id, priority,
      });
      ids.disputed = await de(1);
      ids.undisputed = await de(2);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    collector = await api.login(fx.collectors[0].email);
  });

  const base = () => api.url.replace(/\/graphql$/, '');
  const signIn = async (caseId: string): Promise<string> => {
    const url = (await api.ok<{ issuePortalLink: { url: string } }>(ISSUE, { id: caseId }, collector)).issuePortalLink.url;
    return (await api.ok<{ portalSignIn: { token: string } }>(SIGN_IN, { t: url.split('/p/')[1]!, c: '10115' })).portalSignIn.token;
  };
  const upload = (name: string, content: Buffer, token: string | null, path = '/portal/dispute/documents') => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    return fetch(`${base()}${path}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  };

  it('attaches the debtor\'s file to the open dispute: checked, hashed, on the timeline, audited, live for the collector', async () => {
    const portal = await signIn(ids.disputed);
    expect((await upload('receipt.pdf', PDF, portal)).status).toBe(404); // no dispute yet
    await api.ok(DISPUTE, {}, portal);

    const socket = api.socket(collector);
    await connected(socket);
    const updates = subscribe<{ caseUpdated: { id: string } }>(socket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { id } }', { id: ids.disputed });
    await api.untilListening('case', 1);
    const stored = await upload('receipt.pdf', PDF, portal);
    expect(stored.status).toBe(201);
    const doc = (await stored.json()) as { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };
    expect(doc).toEqual(expect.objectContaining({ fileName: 'receipt.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }));
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await updates.next()).toEqual({ caseUpdated: { id: ids.disputed } });

    // The same checks as a collector's upload: type by the first bytes, no duplicate, the size limit.
    expect((await upload('receipt.pdf', PDF, portal)).status).toBe(409);
    expect((await upload('invoice.pdf', Buffer.from('MZ not a pdf at all'), portal)).status).toBe(400);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload('big.pdf', big, portal)).status).toBe(413);
    expect((await upload('photo.png', PNG, portal)).status).toBe(201);

    const { case: staff } = await api.ok(STAFF_DISPUTES, { id: ids.disputed }, collector);
    expect(staff.disputes).toHaveLength(1);
    expect(staff.disputes[0].documents.map((d: { fileName: string }) => d.fileName).sort()).toEqual(['photo.png', 'receipt.pdf']);
    const uploader = await db.query(`SELECT uploaded_by FROM dispute_documents WHERE id = $1`, [doc.id]);
    expect(uploader.rows).toEqual([{ uploaded_by: null }]);

    const timeline = await db.query(
      `SELECT channel, direction, note FROM activities WHERE case_id = $1 AND note LIKE '%document%' ORDER BY note`, [ids.disputed],
    );
    expect(timeline.rows).toEqual([
      { channel: 'PORTAL', direction: 'INBOUND', note: expect.stringContaining('photo.png') },
      { channel: 'PORTAL', direction: 'INBOUND', note: expect.stringContaining('receipt.pdf') },
    ]);
    const audit = await db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'portal.dispute-document' AND entity_id = $1 ORDER BY id`, [ids.disputed]);
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows[0]).toEqual({ actor_id: null, after: expect.objectContaining({ documentId: doc.id, sha256: doc.sha256, disputeId: staff.disputes[0].id }) });
  });

  it('keeps portal and staff tokens apart: each route refuses the other\'s token', async () => {
    const portal = await signIn(ids.undisputed);
    // A staff token on the portal route.
    expect((await upload('receipt.pdf', PDF, collector)).status).toBe(403);
    expect((await upload('receipt.pdf', PDF, null)).status).toBe(401);
    expect((await upload('receipt.pdf', PDF, 'mwp_not-a-session')).status).toBe(401);
    // A portal token on the staff route, even for the disputed case's own dispute.
    const { case: staff } = await api.ok(STAFF_DISPUTES, { id: ids.disputed }, collector);
    const staffPath = `/cases/${ids.disputed}/disputes/${staff.disputes[0].id}/documents`;
    expect((await upload('other.pdf', Buffer.concat([PDF, Buffer.from('x')]), portal, staffPath)).status).toBe(403);
    // A session's upload reaches only its own case: this case has no dispute, so nothing is attached.
    expect((await upload('other.pdf', Buffer.concat([PDF, Buffer.from('y')]), portal)).status).toBe(404);
    const count = await db.query(`SELECT count(*)::int AS n FROM dispute_documents WHERE dispute_id = $1`, [staff.disputes[0].id]);
    expect(count.rows[0].n).toBe(2);
  });
});
