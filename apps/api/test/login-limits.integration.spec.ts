import type pg from 'pg';
import { DEFAULT_LOGIN_LOCK_AFTER, DEFAULT_LOGIN_RATE_LIMIT } from '../src/config/config.js';
import type { Fixture } from './fixtures.js';
import { ApiInstance, PASSWORD } from './harness.js';
import { withApi } from './with-api.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  errors?: { message: string; extensions?: { code?: string; retryAfter?: number; field?: string } }[];
}

async function login(api: ApiInstance, email: string, password: string): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  const body = (await response.json()) as { errors?: Answer['errors'] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), errors: body.errors };
}

const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('login limits: per address, per account, long passwords, unknown addresses', () => {
  /** The bed's instance, at the production limit per address. */
  let limited: ApiInstance;
  /** An instance with the harness' lenient limit per address, for the tests of the limit per account. */
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  // The production defaults, not the harness' lenient limit.
  const bed = withApi({
    collectors: 3, cases: 1,
    env: () => ({ LOGIN_RATE_LIMIT: String(DEFAULT_LOGIN_RATE_LIMIT), LOGIN_LOCK_AFTER: String(DEFAULT_LOGIN_LOCK_AFTER) }),
  });
  beforeAll(async () => {
    ({ api: limited, db, fx } = bed);
    api = await ApiInstance.start(bed.url, undefined, { LOGIN_LOCK_AFTER: String(DEFAULT_LOGIN_LOCK_AFTER) });
    bed.onClose(() => api.close());
  });

  it('30 wrong logins from one address: the ones over the limit get HTTP 429 and RATE_LIMITED; other requests are not counted', async () => {
    const own = limited;
    const answers: Answer[] = [];
    for (let i = 0; i < 30; i++) answers.push(await login(own, `guess-${i}@test.example`, 'wrong-password'));
    const allowed = answers.slice(0, DEFAULT_LOGIN_RATE_LIMIT);
    const throttled = answers.slice(DEFAULT_LOGIN_RATE_LIMIT);
    expect(allowed.map((a) => [a.status, code(a)])).toEqual(allowed.map(() => [200, 'UNAUTHENTICATED']));
    expect(throttled.map((a) => [a.status, code(a)])).toEqual(throttled.map(() => [429, 'RATE_LIMITED']));
    const last = throttled.at(-1)!;
    expect(Number(last.retryAfter)).toBeGreaterThan(0);
    expect(last.errors![0]!.extensions!.retryAfter).toBe(Number(last.retryAfter));
    // The right password from the same address waits too.
    const right = await login(own, fx.collectors[0].email, PASSWORD);
    expect([right.status, code(right)]).toEqual([429, 'RATE_LIMITED']);
    // The throttled attempts never reached the password check.
    const counted = await db.query("SELECT count(*)::int AS n FROM login_failures WHERE email LIKE 'guess-%'");
    expect(counted.rows[0].n).toBe(DEFAULT_LOGIN_RATE_LIMIT);
    // Everything else from the address still works.
    const token = await api.login(fx.collectors[0].email);
    expect((await own.ok<{ me: { id: string } }>('{ me { id } }', {}, token)).me.id).toBe(fx.collectors[0].id);
  });

  it('per account: after 5 failures in a row the address is locked (1 s, doubling), even for the right password; a success resets it', async () => {
    const person = fx.collectors[1];
    for (let i = 0; i < DEFAULT_LOGIN_LOCK_AFTER; i++) expect(code(await login(api, person.email, `wrong-${i}`))).toBe('UNAUTHENTICATED');
    const locked = await login(api, person.email, PASSWORD);
    expect([locked.status, code(locked)]).toEqual([429, 'RATE_LIMITED']);
    expect(locked.errors![0]!.extensions!.retryAfter).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    // One more failure doubles the lock.
    expect(code(await login(api, person.email, 'wrong-again'))).toBe('UNAUTHENTICATED');
    const doubled = await login(api, person.email, PASSWORD);
    expect(code(doubled)).toBe('RATE_LIMITED');
    expect(doubled.errors![0]!.extensions!.retryAfter).toBe(2);
    const row = await db.query('SELECT failures FROM login_failures WHERE email = $1', [person.email]);
    expect(row.rows).toEqual([{ failures: DEFAULT_LOGIN_LOCK_AFTER + 1 }]);
    await new Promise((r) => setTimeout(r, 2100));
    const ok = await login(api, person.email, PASSWORD);
    expect([ok.status, ok.errors]).toEqual([200, undefined]);
    expect((await db.query('SELECT 1 FROM login_failures WHERE email = $1', [person.email])).rows).toHaveLength(0);
  });

  it('an unknown address is locked the same way, so the lock tells nothing about which addresses exist', async () => {
    for (let i = 0; i < DEFAULT_LOGIN_LOCK_AFTER; i++) expect(code(await login(api, 'nobody@test.example', 'x'))).toBe('UNAUTHENTICATED');
    expect(code(await login(api, 'nobody@test.example', 'x'))).toBe('RATE_LIMITED');
  });

  it('a password over 256 characters is BAD_USER_INPUT before any hashing or counting; 256 are checked', async () => {
    const person = fx.collectors[2];
    const long = await login(api, person.email, 'a'.repeat(257));
    expect(code(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0]!.extensions!.field).toBe('password');
    expect((await db.query('SELECT 1 FROM login_failures WHERE email = $1', [person.email])).rows).toHaveLength(0);
    expect(code(await login(api, person.email, 'a'.repeat(256)))).toBe('UNAUTHENTICATED');
    expect((await db.query('SELECT failures FROM login_failures WHERE email = $1', [person.email])).rows).toEqual([{ failures: 1 }]);
  });

  it('an unknown address takes about as long as a wrong password (a dummy hash is checked)', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      expect(code(await login(api, email, 'wrong-password'))).toBe('UNAUTHENTICATED');
      return performance.now() - started;
    };
    await time('warm-up@test.example');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time(fx.lead.email));
      unknown.push(await time(`unknown-${i}@test.example`));
    }
    // Without the dummy check an unknown address would answer in a fraction of the hashing time.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
    expect(median(unknown)).toBeLessThan(median(known) * 3);
  });
});
