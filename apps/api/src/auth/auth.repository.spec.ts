import { toCredentials } from './auth.repository.js';

describe('auth repository mapping', () => {
  it('maps a users row to what a token carries plus the password hash', () => {
    expect(toCredentials({ id: 'u1', email: 'lead@test.example', role: 'LEAD', team_id: 't1', password_hash: '$argon2id$x' })).toEqual({
      user: { id: 'u1', email: 'lead@test.example', role: 'LEAD', teamId: 't1' },
      passwordHash: '$argon2id$x',
    });
  });
});
