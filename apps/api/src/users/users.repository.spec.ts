import { toUser } from './users.repository.js';

describe('users repository mapping', () => {
  const row = {
    id: 'u1', email: 'c1@test.example', name: 'c1', role: 'COLLECTOR' as const, capacity: 25,
    active: true, must_change_password: false, languages: ['de'], ui_language: 'da' as const, creditors: null,
  };
  const mapped = {
    id: 'u1', email: 'c1@test.example', name: 'c1', role: 'COLLECTOR', capacity: 25,
    active: true, mustChangePassword: false, languages: ['de'], uiLanguage: 'da', creditors: [],
  };

  it('maps a user with a team', () => {
    expect(toUser({ ...row, team_id: 't1', team_name: 'Team A' })).toEqual({ ...mapped, team: { id: 't1', name: 'Team A' } });
  });

  it('maps a user without a team to team null, and their creditors', () => {
    const user = toUser({ ...row, team_id: null, team_name: null, creditors: [{ id: 'c1', ref: 'ACME', name: 'Acme' }] });
    expect(user.team).toBeNull();
    expect(user.creditors).toEqual([{ id: 'c1', ref: 'ACME', name: 'Acme' }]);
  });
});
