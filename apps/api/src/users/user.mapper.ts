import type { UserModel } from './user.model.js';
import type { UserRecord } from './users.repository.js';

/** A user record (or anything shaped like one) as the GraphQL `User`. */
export function toUserModel(user: UserRecord, online = false): UserModel {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    team: user.team ? { id: user.team.id, name: user.team.name } : null,
    capacity: user.capacity,
    online,
    active: user.active,
    languages: user.languages,
    language: user.uiLanguage,
    creditorIds: user.creditors.map((c) => c.id),
    creditors: user.creditors.map((c) => ({ id: c.id, ref: c.ref, name: c.name })),
    mustChangePassword: user.mustChangePassword,
  };
}
