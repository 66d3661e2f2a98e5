import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import { ApiInstance, PASSWORD } from './harness.js';
import { withApi } from './with-api.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id role } } }';
const REFRESH = 'mutation { refreshSession { token user { id role } } }';
const UPDATE = 'mutation($u: ID!, $i: UpdateUserInput!) { updateUser(userId: $u, input: $i) { id role } }';
const DEACTIVATE = 'mutation($u: ID!) { deactivateUser(userId: $u) { id active } }';

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /** The refresh cookie's Set-Cookie line, if the answer set or cleared it. */
  cookie: string | undefined;
}

/** A GraphQL POST as a browser sends it: the refresh cookie (if any) and the access token (if any). */
async function post(api: ApiInstance, query: string, variables: Record<string, unknown> = {}, auth: { token?: string; cookie?: string } = {}): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('mahnwerk_refresh='));
  return { status: response.status, body: (await response.json()) as Answer['body'], cookie };
}

/** `name=value` of a Set-Cookie line, as the browser sends it back. */
const cookieValue = (setCookie: string | undefined) => setCookie?.split(';')[0] ?? '';
const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number; iat: number; role: string };

describe('sessions: short access tokens, rotating refresh cookie, state checked on every request', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  const bed = withApi({ collectors: 3, cases: 2 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
  });

  const signIn = async (email: string) => {
    const answer = await post(api, LOGIN, { e: email, p: PASSWORD });
    expect(answer.body.errors).toBeUndefined();
    return { token: answer.body.data!.login.token as string, cookie: cookieValue(answer.cookie), setCookie: answer.cookie };
  };

  it('login answers { token user } and sets the refresh token as an HttpOnly, Secure, SameSite=Strict cookie; the token lives 15 minutes', async () => {
    const answer = await post(api, LOGIN, { e: fx.collectors[0].email, p: PASSWORD });
    const token = answer.body.data!.login.token as string;
    const setCookie = answer.cookie;
    expect(answer.body.data!.login.user).toEqual({ id: fx.collectors[0].id, role: 'COLLECTOR' });
    const claims = claimsOf(token);
    expect(claims.exp - claims.iat).toBe(15 * 60);
    expect(claims.role).toBe('COLLECTOR');
    const attributes = setCookie!.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite=strict', 'path=/graphql']));
    expect(setCookie).toMatch(/Expires=/);
    // The refresh token is only in the cookie, never in the body.
    const refreshToken = setCookie!.split(';')[0]!.split('=')[1]!;
    expect(refreshToken.length).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(answer.body)).not.toContain(refreshToken);
    const stored = await db.query('SELECT token_hash FROM session_refresh_tokens');
    expect(stored.rows.map((r) => (r.token_hash as Buffer).toString('base64url'))).not.toContain(refreshToken);
  });

  it('refreshSession needs only the cookie, rotates it, and a used refresh token presented again ends the session', async () => {
    const first = await signIn(fx.collectors[1].email);
    const renewed = await post(api, REFRESH, {}, { cookie: first.cookie, token: 'expired-or-garbage' });
    expect(renewed.body.errors).toBeUndefined();
    expect(renewed.body.data!.refreshSession.user).toEqual({ id: fx.collectors[1].id, role: 'COLLECTOR' });
    const second = cookieValue(renewed.cookie);
    expect(second).not.toBe(first.cookie);
    const token2 = renewed.body.data!.refreshSession.token as string;
    expect((await api.ok<{ me: { id: string } }>('{ me { id } }', {}, token2)).me.id).toBe(fx.collectors[1].id);

    // The first cookie again (stolen and replayed): refused, and the whole session ends.
    const replay = await post(api, REFRESH, {}, { cookie: first.cookie });
    expect(code(replay)).toBe('UNAUTHENTICATED');
    expect(replay.cookie).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(code(await post(api, REFRESH, {}, { cookie: second }))).toBe('UNAUTHENTICATED');
    expect(code(await post(api, '{ me { id } }', {}, { token: token2 }))).toBe('UNAUTHENTICATED');
    const audit = await db.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.refresh-reused' AND entity_id = $1", [fx.collectors[1].id]);
    expect(audit.rows[0].n).toBe(1);
  });

  it('refreshSession without a cookie, or with an unknown one, is UNAUTHENTICATED', async () => {
    expect(code(await post(api, REFRESH))).toBe('UNAUTHENTICATED');
    expect(code(await post(api, REFRESH, {}, { cookie: 'mahnwerk_refresh=made-up' }))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token and clears the cookie; the access token stops at once', async () => {
    const { token, cookie } = await signIn(fx.lead.email);
    const out = await post(api, 'mutation { logout }', {}, { token, cookie });
    expect(out.body.data).toEqual({ logout: true });
    expect(out.cookie).toMatch(/^mahnwerk_refresh=;/);
    expect(out.cookie).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(code(await post(api, '{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
    expect(code(await post(api, REFRESH, {}, { cookie }))).toBe('UNAUTHENTICATED');
  });

  it('a role change makes the next request UNAUTHENTICATED; a renewal then carries the new role', async () => {
    const person = fx.collectors[2];
    const { token, cookie } = await signIn(person.email);
    expect((await api.ok<{ me: { id: string } }>('{ me { id } }', {}, token)).me.id).toBe(person.id);
    const started = Date.now();
    await api.ok(UPDATE, { u: person.id, i: { role: 'LEAD' } }, admin);
    const refused = await post(api, '{ me { id } }', {}, { token });
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(Date.now() - started).toBeLessThan(5000);
    const renewed = await post(api, REFRESH, {}, { cookie });
    expect(renewed.body.data!.refreshSession.user.role).toBe('LEAD');
    expect(claimsOf(renewed.body.data!.refreshSession.token).role).toBe('LEAD');
    await api.ok(UPDATE, { u: person.id, i: { role: 'COLLECTOR' } }, admin);
  });

  it('deactivation makes the next request UNAUTHENTICATED and the refresh cookie useless', async () => {
    const person = fx.manager;
    const { token, cookie } = await signIn(person.email);
    expect((await api.ok<{ me: { id: string } }>('{ me { id } }', {}, token)).me.id).toBe(person.id);
    await api.ok(DEACTIVATE, { u: person.id }, admin);
    expect(code(await post(api, '{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
    expect(code(await post(api, REFRESH, {}, { cookie }))).toBe('UNAUTHENTICATED');
  });
});
