import { toUser } from './users.repository.js';

describe('users repository mapping', () => {
  const row = { id: 'u1', email: 'c1@test.example', name: 'c1', role: 'COLLECTOR' as const, capacity: 25 };

  it('maps a user with a team', () => {
    expect(toUser({ ...row, team_id: 't1', team_name: 'Team A' })).toEqual({
      id: 'u1', email: 'c1@test.example', name: 'c1', role: 'COLLECTOR', capacity: 25, team: { id: 't1', name: 'Team A' },
    });
  });

  it('maps a user without a team to team null', () => {
    expect(toUser({ ...row, team_id: null, team_name: null }).team).toBeNull();
  });
});
