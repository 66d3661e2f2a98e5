import type pg from 'pg';
import { LOGIN_FAILED } from '../src/auth/auth.service.js';
import type { Fixture } from './fixtures.js';
import { ApiInstance, PASSWORD, closeCode, connected, failureOf, nextMatching, subscribe } from './harness.js';
import { withApi } from './with-api.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role mustChangePassword } } }';
const CREATE_USER = `mutation($i: CreateUserInput!) {
  createUser(input: $i) { user { id email role name team { id } creditorIds languages capacity active mustChangePassword } oneTimePassword }
}`;
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const DEACTIVATE = 'mutation($u: ID!) { deactivateUser(userId: $u) { id active } }';
const RESET = 'mutation($u: ID!) { resetPassword(userId: $u) { user { id mustChangePassword } oneTimePassword } }';
const UPDATE = 'mutation($u: ID!, $i: UpdateUserInput!) { updateUser(userId: $u, input: $i) { id name role team { id } creditorIds languages capacity } }';
const TEAM_CHANGED = 'subscription { teamQueuesChanged { collector { id } queueSize } }';
const STRONG = 'Kranich-Ufer-Wolke-1987!';

type Login = { login: { token: string; user: { id: string; email: string; role: string; mustChangePassword: boolean } } };
type Created = {
  createUser: {
    user: { id: string; email: string; role: string; name: string; team: { id: string } | null; creditorIds: string[]; languages: string[]; capacity: number; active: boolean; mustChangePassword: boolean };
    oneTimePassword: string;
  };
};
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const firstError = (errors: Errors) => errors?.[0];

describe('people and access: users, teams, one-time passwords, sessions, deactivation', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;

  const bed = withApi({ collectors: 2, cases: 6 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
  });

  async function createCollector(email: string): Promise<Created['createUser']> {
    const { createUser } = await api.ok<Created>(CREATE_USER, {
      i: { email, name: 'Nora Neu', role: 'COLLECTOR', teamId: fx.teamA, creditorIds: [fx.creditorDE, fx.creditorDK], languages: ['de', 'da'], capacity: 12 },
    }, admin);
    return createUser;
  }

  it('one-time password: create, sign in, everything but changePassword/logout/me refused, change, then work', async () => {
    const created = await createCollector('  Nora@Test.Example ');
    expect(created.user).toEqual({
      id: expect.any(String), email: 'nora@test.example', role: 'COLLECTOR', name: 'Nora Neu', team: { id: fx.teamA },
      creditorIds: expect.arrayContaining([fx.creditorDE, fx.creditorDK]),
      languages: ['de', 'da'], capacity: 12, active: true, mustChangePassword: true,
    });
    expect(created.user.creditorIds).toHaveLength(2);
    expect(created.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    // The creditor list is saved: the claim reads it from user_creditors.
    const saved = await db.query('SELECT creditor_id FROM user_creditors WHERE user_id = $1 ORDER BY creditor_id', [created.user.id]);
    expect(saved.rows.map((r) => r.creditor_id).sort()).toEqual([fx.creditorDE, fx.creditorDK].sort());

    const { login } = await api.ok<Login>(LOGIN, { e: 'nora@test.example', p: created.oneTimePassword });
    expect(login.user).toEqual({ id: created.user.id, email: 'nora@test.example', role: 'COLLECTOR', mustChangePassword: true });
    const token = login.token;

    for (const query of ['{ myQueue { id } }', 'mutation { claimNextCase { id } }', '{ creditors { id } }']) {
      const refused = await api.gql(query, {}, token);
      expect(firstError(refused.errors)?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    }
    // Subscriptions too.
    const socket = api.socket(token);
    await connected(socket);
    const queue = subscribe(socket, 'subscription { queueChanged { kind } }');
    expect((await failureOf(queue))?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    // me answers.
    const me = await api.ok<{ me: { id: string; mustChangePassword: boolean } }>('{ me { id mustChangePassword } }', {}, token);
    expect(me.me).toEqual({ id: created.user.id, mustChangePassword: true });

    // A weak password is refused, naming the rule; so is a wrong current password.
    const short = await api.gql(CHANGE, { c: created.oneTimePassword, n: 'kurz' }, token);
    expect(firstError(short.errors)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(firstError(short.errors)?.message).toMatch(/at least 12 characters/);
    const common = await api.gql(CHANGE, { c: created.oneTimePassword, n: 'password1234' }, token);
    expect(firstError(common.errors)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(firstError(common.errors)?.message).toMatch(/too easy to guess/);
    // The same refusals in the language the person reads.
    const inLanguage = async (language: string, n: string) =>
      ((await (await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': language },
        body: JSON.stringify({ query: CHANGE, variables: { c: created.oneTimePassword, n } }),
      })).json()) as { errors?: { message: string }[] }).errors?.[0]?.message;
    expect(await inLanguage('de', 'kurz')).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.');
    expect(await inLanguage('da', 'kurz')).toBe('Adgangskoden skal være på mindst 12 tegn.');
    expect(await inLanguage('de', 'password1234')).toMatch(/^Das Passwort ist zu leicht zu erraten: .*\. Dies ähnelt einem gängigen Passwort\./);
    expect(await inLanguage('da', 'password1234')).toMatch(/^Adgangskoden er for let at gætte: /);
    const own = await api.gql(CHANGE, { c: created.oneTimePassword, n: 'nora@test.example' }, token);
    expect(firstError(own.errors)?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrong = await api.gql(CHANGE, { c: 'not-the-password', n: STRONG }, token);
    expect(firstError(wrong.errors)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });

    expect((await api.ok<{ changePassword: boolean }>(CHANGE, { c: created.oneTimePassword, n: STRONG }, token)).changePassword).toBe(true);
    // The same token now works, and a new sign-in needs no change.
    await api.ok('{ myQueue { id } }', {}, token);
    const socket2 = api.socket(token);
    await connected(socket2);
    expect(await failureOf(subscribe(socket2, 'subscription { queueChanged { kind } }'), 300)).toBeNull();
    const again = await api.ok<Login>(LOGIN, { e: 'nora@test.example', p: STRONG });
    expect(again.login.user.mustChangePassword).toBe(false);
    const old = await api.gql(LOGIN, { e: 'nora@test.example', p: created.oneTimePassword });
    expect(firstError(old.errors)?.message).toBe(LOGIN_FAILED);

    // Audited, without password data.
    const audit = await db.query('SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY at, action', [created.user.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['user.create', 'auth.password-change']));
    expect(JSON.stringify(audit.rows)).not.toMatch(new RegExp(`${created.oneTimePassword}|${STRONG}|argon2|password_hash`, 'i'));
  });

  it('a collector (and a lead) cannot call admin operations', async () => {
    const collector = await api.login(fx.collectors[0].email);
    const lead = await api.login(fx.lead.email);
    const calls: [string, Record<string, unknown>][] = [
      ['{ users { id } }', {}],
      ['mutation { createTeam(name: "Rogue") { id } }', {}],
      [CREATE_USER, { i: { email: 'rogue@test.example', name: 'Rogue', role: 'ADMIN' } }],
      [UPDATE, { u: fx.collectors[0].id, i: { role: 'ADMIN' } }],
      [RESET, { u: fx.admin.id }],
      [DEACTIVATE, { u: fx.admin.id }],
    ];
    for (const token of [collector, lead]) {
      for (const [query, variables] of calls) {
        const result = await api.gql(query, variables, token);
        expect(firstError(result.errors)?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const users = await db.query("SELECT count(*)::int AS n FROM users WHERE email = 'rogue@test.example' OR role = 'ADMIN'");
    expect(users.rows[0].n).toBe(1);
    const teams = await db.query("SELECT count(*)::int AS n FROM teams WHERE name = 'Rogue'");
    expect(teams.rows[0].n).toBe(0);
    // teams stays open to leads (their own team).
    const leadTeams = await api.ok<{ teams: { id: string }[] }>('{ teams { id } }', {}, lead);
    expect(leadTeams.teams).toEqual([{ id: fx.teamA }]);
  });

  it('logout ends the token on the server and closes its websocket', async () => {
    const token = await api.login(fx.collectors[1].email);
    const socket = api.socket(token);
    await connected(socket);
    const closed = closeCode(socket);
    expect((await api.ok<{ logout: boolean }>('mutation { logout }', {}, token)).logout).toBe(true);
    const after = await api.gql('{ me { id } }', {}, token);
    expect(firstError(after.errors)?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await closed).toBe(4401);
    // Another session of the same user is untouched.
    const other = await api.login(fx.collectors[1].email);
    await api.ok('{ me { id } }', {}, other);
  });

  it('deactivation: token refused, socket closed within 5 s, login fails like a wrong password, cases back in the pool live', async () => {
    const victim = (await createCollector('leaving@test.example')).user;
    const otp = (await api.ok<{ resetPassword: { oneTimePassword: string } }>(RESET, { u: victim.id }, admin)).resetPassword.oneTimePassword;
    const first = (await api.ok<Login>(LOGIN, { e: 'leaving@test.example', p: otp })).login.token;
    await api.ok(CHANGE, { c: otp, n: STRONG }, first);
    const token = await api.login('leaving@test.example', STRONG);
    await api.ok('mutation { claimNextCase { id } }', {}, token);
    await api.ok('mutation { claimNextCase { id } }', {}, token);
    const held = await db.query('SELECT id FROM cases WHERE assignee_id = $1', [victim.id]);
    expect(held.rows).toHaveLength(2);

    const socket = api.socket(token);
    await connected(socket);
    const closed = closeCode(socket);
    // The lead's board, on a second instance: events cross instances through the database.
    const other = await bed.startApi();
    const leadSocket = other.socket(await other.login(fx.lead.email));
    await connected(leadSocket);
    await new Promise((r) => setTimeout(r, 150));
    const board = subscribe<{ teamQueuesChanged: { collector: { id: string }; queueSize: number }[] }>(leadSocket, TEAM_CHANGED);
    await new Promise((r) => setTimeout(r, 150));

    const started = Date.now();
    const { deactivateUser } = await api.ok<{ deactivateUser: { id: string; active: boolean } }>(DEACTIVATE, { u: victim.id }, admin);
    expect(deactivateUser).toEqual({ id: victim.id, active: false });

    const refused = await api.gql('{ myQueue { id } }', {}, token);
    expect(firstError(refused.errors)?.extensions?.code).toBe('UNAUTHENTICATED');
    const onOther = await other.gql('{ me { id } }', {}, token);
    expect(firstError(onOther.errors)?.extensions?.code).toBe('UNAUTHENTICATED');

    expect(await closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(5000);

    const rightPassword = await api.gql(LOGIN, { e: 'leaving@test.example', p: STRONG });
    const wrongPassword = await api.gql(LOGIN, { e: 'leaving@test.example', p: 'Wrong-Password-1234' });
    expect(firstError(rightPassword.errors)?.message).toBe(firstError(wrongPassword.errors)?.message);
    expect(firstError(rightPassword.errors)?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(firstError(rightPassword.errors)?.message).toBe(LOGIN_FAILED);

    const pool = await db.query('SELECT count(*)::int AS n FROM cases WHERE id = ANY($1) AND assignee_id IS NULL', [held.rows.map((r) => r.id)]);
    expect(pool.rows[0].n).toBe(2);
    const update = await nextMatching(board, (e) => !e.teamQueuesChanged.some((r) => r.collector.id === victim.id));
    expect(update.teamQueuesChanged.map((r) => r.collector.id)).not.toContain(victim.id);
    const released = await db.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'queue.release' AND entity_id = ANY($1)", [held.rows.map((r) => r.id)]);
    expect(released.rows[0].n).toBe(2);
    const deactivated = await db.query("SELECT actor_id FROM audit_events WHERE action = 'user.deactivate' AND entity_id = $1", [victim.id]);
    expect(deactivated.rows).toEqual([{ actor_id: fx.admin.id }]);
    // A lead can no longer steer cases to them.
    const lead = await api.login(fx.lead.email);
    const steer = await api.gql('mutation($c: ID!) { setCapacity(collectorId: $c, capacity: 3) { id } }', { c: victim.id }, lead);
    expect(firstError(steer.errors)?.extensions?.code).toBe('NOT_FOUND');
    board.stop();
  });

  it('resetPassword gives a new one-time password and ends the sessions', async () => {
    const token = await api.login(fx.collectorB.email);
    const { resetPassword } = await api.ok<{ resetPassword: { user: { id: string; mustChangePassword: boolean }; oneTimePassword: string } }>(
      RESET, { u: fx.collectorB.id }, admin,
    );
    expect(resetPassword.user).toEqual({ id: fx.collectorB.id, mustChangePassword: true });
    expect(firstError((await api.gql('{ me { id } }', {}, token)).errors)?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(firstError((await api.gql(LOGIN, { e: fx.collectorB.email, p: PASSWORD })).errors)?.message).toBe(LOGIN_FAILED);
    const { login } = await api.ok<Login>(LOGIN, { e: fx.collectorB.email, p: resetPassword.oneTimePassword });
    expect(login.user.mustChangePassword).toBe(true);
  });

  it('updateUser saves name, role, team, creditors, languages and capacity; users lists everyone for admins', async () => {
    const team = (await api.ok<{ createTeam: { id: string; name: string } }>('mutation { createTeam(name: "Team C") { id name } }', {}, admin)).createTeam;
    expect(team.name).toBe('Team C');
    const duplicate = await api.gql('mutation { createTeam(name: "Team C") { id } }', {}, admin);
    expect(firstError(duplicate.errors)?.extensions?.code).toBe('CONFLICT');

    const { updateUser } = await api.ok<{ updateUser: Record<string, unknown> }>(UPDATE, {
      u: fx.collectors[1].id, i: { name: 'Carla Zwei', teamId: team.id, creditorIds: [fx.creditorDK], languages: ['da'], capacity: 7 },
    }, admin);
    expect(updateUser).toEqual({
      id: fx.collectors[1].id, name: 'Carla Zwei', role: 'COLLECTOR', team: { id: team.id }, creditorIds: [fx.creditorDK], languages: ['da'], capacity: 7,
    });
    const saved = await db.query('SELECT creditor_id FROM user_creditors WHERE user_id = $1', [fx.collectors[1].id]);
    expect(saved.rows).toEqual([{ creditor_id: fx.creditorDK }]);
    const unknownCreditor = await api.gql(UPDATE, { u: fx.collectors[1].id, i: { creditorIds: ['00000000-0000-4000-8000-000000000001'] } }, admin);
    expect(firstError(unknownCreditor.errors)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditorIds' });
    const badCapacity = await api.gql(UPDATE, { u: fx.collectors[1].id, i: { capacity: 501 } }, admin);
    expect(firstError(badCapacity.errors)?.extensions?.code).toBe('BAD_USER_INPUT');
    const taken = await api.gql(CREATE_USER, { i: { email: fx.lead.email, name: 'Twin', role: 'LEAD' } }, admin);
    expect(firstError(taken.errors)?.extensions?.code).toBe('CONFLICT');

    const { users } = await api.ok<{ users: { id: string; active: boolean; creditors: { id: string; name: string }[] }[] }>(
      '{ users { id active creditors { id name } } }', {}, admin,
    );
    expect(users.find((u) => u.id === fx.collectors[1].id)?.creditors).toEqual([{ id: fx.creditorDK, name: 'Nordlys A/S' }]);
    expect(users.some((u) => u.id === fx.admin.id)).toBe(true);
    const audit = await db.query("SELECT before, after FROM audit_events WHERE action = 'user.update' AND entity_id = $1", [fx.collectors[1].id]);
    expect(audit.rows[0].after).toMatchObject({ name: 'Carla Zwei', capacity: 7, languages: ['da'] });
  });

  it("a case's assignee shows the admin fields too (loaded for whatever lists users)", async () => {
    const collector = await api.login(fx.collectors[0].email);
    const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } }>('mutation { claimNextCase { id } }', {}, collector);
    const { case: kase } = await api.ok<{ case: { assignee: Record<string, unknown> } }>(
      'query($id: ID!) { case(id: $id) { assignee { id active languages creditorIds mustChangePassword } } }', { id: claimNextCase.id }, admin,
    );
    expect(kase.assignee).toEqual({
      id: fx.collectors[0].id, active: true, languages: [], creditorIds: expect.arrayContaining([fx.creditorDE, fx.creditorDK]), mustChangePassword: false,
    });
  });
});
