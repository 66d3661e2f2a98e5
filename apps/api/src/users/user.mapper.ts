import type { UserEntity } from './user.entity.js';
import type { UserModel } from './user.model.js';

export function toUserModel(user: UserEntity, online = false): UserModel {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    team: user.team ? { id: user.team.id, name: user.team.name } : null,
    capacity: user.capacity,
    online,
  };
}
