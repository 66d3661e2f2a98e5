import { toCredentials } from './auth.repository.js';

describe('auth repository mapping', () => {
  it('maps a users row to the user, whether they may sign in, and the password hash', () => {
    expect(
      toCredentials({
        id: 'u1', email: 'lead@test.example', name: 'Lea', role: 'LEAD', team_id: 't1', password_hash: '$argon2id$x',
        active: true, must_change_password: true,
      }),
    ).toEqual({
      user: { id: 'u1', email: 'lead@test.example', role: 'LEAD', teamId: 't1', mustChangePassword: true },
      name: 'Lea',
      passwordHash: '$argon2id$x',
      active: true,
    });
  });
});
