import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { Queryable } from '../database/queryable.js';
import { casesChangeEvents } from '../realtime/case-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { PresenceService } from '../realtime/presence.service.js';
import type { CreateUserInput, UpdateMyPreferencesInput, UpdateUserInput } from './dto/user.input.js';
import { toUserModel } from './user.mapper.js';
import type { CreatedUserModel, TeamModel, UserModel } from './user.model.js';
import { UsersRepository, type UserRecord } from './users.repository.js';

/** A lead's scope when their token names no team: an id no team has, so they see none. */
const NO_TEAM = '00000000-0000-0000-0000-000000000000';

/** What the audit trail keeps of a user (never a password or its hash). */
const audited = (u: UserRecord) => ({
  email: u.email, name: u.name, role: u.role, teamId: u.team?.id ?? null, languages: u.languages,
  capacity: u.capacity, creditorIds: u.creditors.map((c) => c.id), active: u.active,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly presence: PresenceService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  /** Teams the caller may filter by: a lead's own team, every team for managers and admins. */
  teams(user: AuthUser): Promise<TeamModel[]> {
    return this.users.teams(user.role === 'LEAD' ? (user.teamId ?? NO_TEAM) : null);
  }

  async me(user: AuthUser): Promise<UserModel> {
    return this.profile(user.id, (await this.onlineIds([user.id])).has(user.id));
  }

  async updateMyPreferences(user: AuthUser, input: UpdateMyPreferencesInput): Promise<UserModel> {
    await this.users.setUiLanguage(user.id, input.language);
    return this.me(user);
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

  /** Every user (for admins), with presence. */
  async all(): Promise<UserModel[]> {
    const users = await this.users.allUsers();
    const online = await this.onlineIds(users.map((u) => u.id));
    return users.map((u) => toUserModel(u, online.has(u.id)));
  }

  /** The named users as shown on a board, with their presence now (read within `tx` when given). */
  async withPresence(userIds: string[], tx?: Queryable): Promise<UserModel[]> {
    const [users, online] = await Promise.all([this.users.usersByIds(userIds, tx), this.onlineIds(userIds)]);
    return users.map((u) => toUserModel(u, online.has(u.id)));
  }

  /** The named users as records, in the order asked (null for an unknown id): what field resolvers load. */
  async records(userIds: readonly string[]): Promise<(UserRecord | null)[]> {
    const found = new Map((await this.users.usersByIds([...userIds])).map((u) => [u.id, u]));
    return userIds.map((id) => found.get(id) ?? null);
  }

  /** Those of the users who have a workbench connected. */
  onlineIds(userIds: string[]): Promise<Set<string>> {
    return this.presence.onlineIds(userIds);
  }

  async createTeam(actor: AuthUser, name: string): Promise<TeamModel> {
    const trimmed = name.trim();
    if (!trimmed) throw badInput('A team needs a name.', 'name');
    if (trimmed.length > 100) throw badInput('A team name can be at most 100 characters long.', 'name');
    return this.db.transaction(async (tx) => {
      const team = await this.users.insertTeam(trimmed, tx);
      if (!team) throw conflict(`A team named "${trimmed}" exists already.`);
      await this.audit.record(tx, { actorId: actor.id, action: 'team.create', entity: 'team', entityId: team.id, after: { name: team.name } });
      return team;
    });
  }

  /** Creates a user with a one-time password (shown once), the creditors they work for saved with them. */
  async create(actor: AuthUser, input: CreateUserInput): Promise<CreatedUserModel> {
    const email = input.email.trim().toLowerCase();
    const { password, passwordHash } = await this.auth.oneTimeCredentials();
    const id = await this.db.transaction(async (tx) => {
      await this.checkReferences(tx, input.teamId ?? null, input.creditorIds ?? []);
      const created = await this.users.insertUser(
        {
          email, name: input.name.trim(), role: input.role, teamId: input.teamId ?? null,
          languages: [...new Set(input.languages ?? [])], capacity: input.capacity ?? 25, passwordHash,
        },
        tx,
      );
      if (!created) throw conflict(`A user with the e-mail address ${email} exists already.`);
      await this.users.setCreditors(created, [...new Set(input.creditorIds ?? [])], tx);
      const user = (await this.users.userById(created, tx))!;
      await this.audit.record(tx, { actorId: actor.id, action: 'user.create', entity: 'user', entityId: created, after: audited(user) });
      await this.announceTeams(tx, [user.team?.id ?? null]);
      return created;
    });
    return { user: await this.profile(id, false), oneTimePassword: password };
  }

  /** Changes what an admin manages of a user; fields left out stay. */
  async update(actor: AuthUser, userId: string, input: UpdateUserInput): Promise<UserModel> {
    await this.db.transaction(async (tx) => {
      const before = await this.users.userById(userId, tx, true);
      if (!before) throw notFound('User', userId);
      const teamId = input.teamId === undefined ? (before.team?.id ?? null) : input.teamId;
      const creditorIds = input.creditorIds === undefined ? before.creditors.map((c) => c.id) : [...new Set(input.creditorIds)];
      await this.checkReferences(tx, teamId, input.creditorIds === undefined ? [] : creditorIds);
      if (userId === actor.id && input.role && input.role !== 'ADMIN') {
        throw badInput('You cannot take the admin role from yourself; ask another admin.', 'role');
      }
      await this.users.updateUser(
        userId,
        {
          name: input.name?.trim() ?? before.name,
          role: input.role ?? before.role,
          teamId,
          languages: input.languages === undefined ? before.languages : [...new Set(input.languages)],
          capacity: input.capacity ?? before.capacity,
        },
        tx,
      );
      if (input.creditorIds !== undefined) await this.users.setCreditors(userId, creditorIds, tx);
      const after = (await this.users.userById(userId, tx))!;
      await this.audit.record(tx, {
        actorId: actor.id, action: 'user.update', entity: 'user', entityId: userId, before: audited(before), after: audited(after),
      });
      await this.announceTeams(tx, [before.team?.id ?? null, after.team?.id ?? null]);
    });
    return this.profileWithPresence(userId);
  }

  /** A new one-time password for the user; every session of theirs ends (their sockets close within seconds). */
  async resetPassword(actor: AuthUser, userId: string): Promise<CreatedUserModel> {
    const password = await this.db.transaction(async (tx) => {
      const user = await this.users.userById(userId, tx, true);
      if (!user) throw notFound('User', userId);
      if (!user.active) throw badInput(`${user.name} is deactivated; a deactivated user cannot sign in.`, 'userId');
      const issued = await this.auth.issueOneTimePassword(userId, tx);
      await this.audit.record(tx, {
        actorId: actor.id, action: 'user.password-reset', entity: 'user', entityId: userId, after: { mustChangePassword: true },
      });
      return issued;
    });
    return { user: await this.profileWithPresence(userId), oneTimePassword: password };
  }

  /**
   * Deactivates a user: no more sign-ins, every session ends (tokens fail at the next request, sockets
   * close within seconds), and every case they hold goes back to the pool, as a release would, live on
   * the boards.
   */
  async deactivate(actor: AuthUser, userId: string): Promise<UserModel> {
    if (userId === actor.id) throw badInput('You cannot deactivate yourself; ask another admin.', 'userId');
    await this.db.transaction(async (tx) => {
      const user = await this.users.userById(userId, tx, true);
      if (!user) throw notFound('User', userId);
      if (!user.active) return;
      await this.users.deactivate(userId, tx);
      const sessions = await this.auth.endSessionsOf(userId, tx);
      const released = await this.users.releaseCasesOf(userId, this.clock.now(), tx);
      for (const c of released) {
        await this.audit.record(tx, {
          actorId: actor.id, action: 'queue.release', entity: 'case', entityId: c.caseId,
          before: { assigneeId: userId }, after: { assigneeId: null },
        });
      }
      await this.audit.record(tx, {
        actorId: actor.id, action: 'user.deactivate', entity: 'user', entityId: userId,
        before: { active: true }, after: { active: false, sessionsEnded: sessions, casesReleased: released.length },
      });
      const events = await casesChangeEvents(
        tx, released.map((c) => ({ caseId: c.caseId, fromCollector: userId, toCollector: null, creditorId: c.creditorId })),
      );
      if (events.length) await this.events.publishIn(tx, ...events);
      else await this.announceTeams(tx, [user.team?.id ?? null]);
    });
    return this.profileWithPresence(userId);
  }

  private async profileWithPresence(userId: string): Promise<UserModel> {
    return this.profile(userId, (await this.onlineIds([userId])).has(userId));
  }

  private async checkReferences(tx: Queryable, teamId: string | null, creditorIds: string[]): Promise<void> {
    if (teamId && !(await this.users.teamExists(teamId, tx))) throw badInput(`Team ${teamId} does not exist.`, 'teamId');
    const unknown = creditorIds.length ? await this.users.unknownCreditors(creditorIds, tx) : [];
    if (unknown.length) throw badInput(`No creditor has the id ${unknown.join(', ')}.`, 'creditorIds');
  }

  /** Tells the boards of these teams that their people changed. */
  private async announceTeams(tx: EntityManager, teamIds: (string | null)[]): Promise<void> {
    const ids = [...new Set(teamIds.filter((t): t is string => t !== null))];
    if (ids.length) await this.events.publishIn(tx, { topic: 'team', payload: { teamIds: ids } });
  }
}
