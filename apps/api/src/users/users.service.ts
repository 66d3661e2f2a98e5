import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { notFound } from '../common/errors.js';
import { PRESENCE_TTL_SECONDS } from '../realtime/presence.service.js';
import { toUserModel } from './user.mapper.js';
import type { TeamModel, UserModel } from './user.model.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Teams the caller may filter by: a lead's own team, every team for managers and admins. */
  async teams(user: AuthUser): Promise<TeamModel[]> {
    return this.db.query(
      `SELECT id, name FROM teams WHERE $1::uuid IS NULL OR id = $1 ORDER BY name, id`,
      [user.role === 'LEAD' ? (user.teamId ?? '00000000-0000-0000-0000-000000000000') : null],
    );
  }

  async me(user: AuthUser): Promise<UserModel> {
    const found = await this.db.manager.findOne(UserEntity, { where: { id: user.id }, relations: { team: true } });
    if (!found) throw notFound('User', user.id);
    return toUserModel(found, (await this.onlineIds([found.id])).has(found.id));
  }

  /** Collectors the caller steers: a lead's own team, everyone for managers and admins. */
  async collectors(user: AuthUser): Promise<UserModel[]> {
    const q = this.db.manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.team', 'team')
      .where("u.role = 'COLLECTOR'")
      .orderBy('team.name')
      .addOrderBy('u.name');
    if (user.role === 'LEAD') q.andWhere('u.teamId = :teamId', { teamId: user.teamId });
    const users = await q.getMany();
    const online = await this.onlineIds(users.map((u) => u.id));
    return users.map((u) => toUserModel(u, online.has(u.id)));
  }

  async onlineIds(userIds: string[]): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT DISTINCT user_id FROM presence
        WHERE user_id = ANY($1) AND seen_at > now() - make_interval(secs => $2)`,
      [userIds, PRESENCE_TTL_SECONDS],
    );
    return new Set(rows.map((r) => r.user_id));
  }
}
