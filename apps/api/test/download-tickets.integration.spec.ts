import type pg from 'pg';
import { addReadyLetter } from './factories.js';
import type { Fixture } from './fixtures.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const ISSUE = 'mutation($url: String!) { issueDownloadTicket(url: $url) { ticket url expiresAt } }';
const PDF = Buffer.from('%PDF-1.4\nletter for the ticket test\n%%EOF\n');

interface Ticket { ticket: string; url: string; expiresAt: string }

describe('download tickets for document links', () => {
  const clock = new FixedClock(new Date('2026-11-25T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let letterId: string;
  let collector: string;
  let lead: string;
  let collectorB: string;

  const bed = withApi({ collectors: 1, cases: 1, clock });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    letterId = await addReadyLetter(db, fx.cases[0]!, PDF);
    collector = await api.login(fx.collectors[0]!.email);
    lead = await api.login(fx.lead.email);
    collectorB = await api.login(fx.collectorB.email);
  });
  afterEach(() => {
    clock.instant = new Date('2026-11-25T10:00:00Z');
  });

  const base = () => api.url.replace(/\/graphql$/, '');
  const pdfPath = () => `/letters/${letterId}.pdf`;
  const issue = async (url: string, token: string) => (await api.ok<{ issueDownloadTicket: Ticket }>(ISSUE, { url }, token)).issueDownloadTicket;

  it('opens the letter once with its ticket, valid 60 seconds, stored only as a hash', async () => {
    const ticket = await issue(pdfPath(), collector);
    expect(ticket.url).toBe(`${pdfPath()}?ticket=${ticket.ticket}`);
    expect(ticket.expiresAt).toBe('2026-11-25T10:01:00.000Z');
    const stored = await db.query('SELECT ticket_hash, path FROM download_tickets');
    expect(stored.rows).toEqual([{ ticket_hash: expect.any(Buffer), path: pdfPath() }]);
    expect(stored.rows[0].ticket_hash.toString('base64url')).not.toBe(ticket.ticket);

    const first = await fetch(base() + ticket.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await first.arrayBuffer()).equals(PDF)).toBe(true);
    // Single use: the same link again is refused.
    expect((await fetch(base() + ticket.url)).status).toBe(401);
    expect((await db.query('SELECT 1 FROM download_tickets')).rowCount).toBe(0);
  });

  it('refuses a ticket after 60 seconds', async () => {
    const ticket = await issue(pdfPath(), collector);
    clock.instant = new Date('2026-11-25T10:00:59Z');
    const late = await issue(pdfPath(), collector);
    clock.instant = new Date('2026-11-25T10:01:00Z');
    expect((await fetch(base() + ticket.url)).status).toBe(401);
    expect((await fetch(base() + late.url)).status).toBe(200);
  });

  it('is bound to its path: another document with it is refused, and the ticket is used up', async () => {
    const ticket = await issue(pdfPath(), lead);
    const other = await fetch(`${base()}/print-batches/${letterId}.pdf?ticket=${ticket.ticket}`);
    expect(other.status).toBe(401);
    expect((await fetch(base() + ticket.url)).status).toBe(401);
  });

  it('checks who may see the document as the user the ticket was issued to', async () => {
    // Team B's collector works the Danish creditor only: the German letter is not theirs.
    const ticket = await issue(pdfPath(), collectorB);
    expect((await fetch(base() + ticket.url)).status).toBe(404);
    // A collector may not download print batches, whoever's ticket they hold.
    const batch = await issue(`/print-batches/${letterId}.csv`, collector);
    expect((await fetch(base() + batch.url)).status).toBe(403);
  });

  it('dies with the session that asked for it', async () => {
    const token = await api.login(fx.collectors[0]!.email);
    const ticket = await issue(pdfPath(), token);
    await api.ok('mutation { logout }', {}, token);
    expect((await fetch(base() + ticket.url)).status).toBe(401);
  });

  it('no longer accepts a token in the URL; the Authorization header still works', async () => {
    const viaQuery = await fetch(`${base()}${pdfPath()}?token=${encodeURIComponent(collector)}`);
    expect(viaQuery.status).toBe(401);
    expect(await viaQuery.text()).toMatch(/not accepted/);
    const printBatch = await fetch(`${base()}/print-batches/${letterId}.csv?token=${encodeURIComponent(lead)}`);
    expect(printBatch.status).toBe(401);
    const viaHeader = await fetch(base() + pdfPath(), { headers: { authorization: `Bearer ${collector}` } });
    expect(viaHeader.status).toBe(200);
    expect((await fetch(`${base()}${pdfPath()}?ticket=made-up`)).status).toBe(401);
  });

  it('issues tickets for document links only, to signed-in staff', async () => {
    for (const url of ['/graphql', '/letters/not-a-uuid.pdf', 'https://evil.example/x', `/letters/${letterId}.pdf/../../health`]) {
      const result = await api.gql(ISSUE, { url }, collector);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const anonymous = await api.gql(ISSUE, { url: pdfPath() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A full URL of the same path is fine: the ticket is for the path, the query stays.
    expect((await issue(`http://localhost:4000${pdfPath()}?x=1`, collector)).url).toMatch(new RegExp(`^${pdfPath()}\\?x=1&ticket=`));
  });

  it('opens an audit export once with a ticket that keeps its creditor and period; never with a token in the URL', async () => {
    const admin = await api.login(fx.admin.email);
    const exportUrl = `/audit/export.csv?creditorId=${fx.creditorDE}&from=2026-11-01&to=2026-11-30`;
    expect((await fetch(`${base()}${exportUrl}&token=${encodeURIComponent(admin)}`)).status).toBe(401);
    const { url } = await issue(exportUrl, admin);
    expect(url).toMatch(/^\/audit\/export\.csv\?creditorId=.+&from=2026-11-01&to=2026-11-30&ticket=/);
    const first = await fetch(base() + url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/text\/csv/);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(base() + url)).status).toBe(401);
    // A lead's ticket gets the lead's answer: the export is for admins.
    expect((await fetch(base() + (await issue(exportUrl, lead)).url)).status).toBe(403);
  });
});
