import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/current-user.js';
import { notFound } from '../common/errors.js';
import type { Queryable } from '../database/queryable.js';
import { PresenceService } from '../realtime/presence.service.js';
import { toUserModel } from './user.mapper.js';
import type { TeamModel, UserModel } from './user.model.js';
import { UsersRepository } from './users.repository.js';

/** A lead's scope when their token names no team: an id no team has, so they see none. */
const NO_TEAM = '00000000-0000-0000-0000-000000000000';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly presence: PresenceService,
  ) {}

  /** Teams the caller may filter by: a lead's own team, every team for managers and admins. */
  teams(user: AuthUser): Promise<TeamModel[]> {
    return this.users.teams(user.role === 'LEAD' ? (user.teamId ?? NO_TEAM) : null);
  }

  async me(user: AuthUser): Promise<UserModel> {
    return this.profile(user.id, (await this.onlineIds([user.id])).has(user.id));
  }

  /** A user's profile; `online` as the caller knows it (a user who just signed in has no workbench yet). */
  async profile(userId: string, online: boolean): Promise<UserModel> {
    const found = await this.users.userById(userId);
    if (!found) throw notFound('User', userId);
    return toUserModel(found, online);
  }

  /** Collectors the caller steers: a lead's own team, everyone for managers and admins. */
  async collectors(user: AuthUser): Promise<UserModel[]> {
    const users = await this.users.collectors(user.role === 'LEAD' ? { kind: 'TEAM', teamId: user.teamId } : { kind: 'ALL' });
    const online = await this.onlineIds(users.map((u) => u.id));
    return users.map((u) => toUserModel(u, online.has(u.id)));
  }

  /** The named users as shown on a board, with their presence now (read within `tx` when given). */
  async withPresence(userIds: string[], tx?: Queryable): Promise<UserModel[]> {
    const [users, online] = await Promise.all([this.users.usersByIds(userIds, tx), this.onlineIds(userIds)]);
    return users.map((u) => toUserModel(u, online.has(u.id)));
  }

  /** Those of the users who have a workbench connected. */
  onlineIds(userIds: string[]): Promise<Set<string>> {
    return this.presence.onlineIds(userIds);
  }
}
