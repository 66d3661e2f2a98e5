import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { badInput, unauthenticated } from '../common/errors.js';
import type { Queryable } from '../database/queryable.js';
import { AuthRepository } from './auth.repository.js';
import type { AuthUser } from './current-user.js';
import { oneTimePassword, passwordProblem } from './password-policy.js';
import { INVALID_TOKEN, TokenService } from './token.service.js';

/** The one answer to every failed sign-in: a wrong password, an unknown address and a deactivated account look alike. */
export const LOGIN_FAILED = 'Email or password is wrong.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credentials: AuthRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks an e-mail address and password, opens a session and signs a token naming it; UNAUTHENTICATED
   * with the same message for a wrong password, an unknown address and a deactivated user.
   */
  async login(email: string, password: string): Promise<{ token: string; user: AuthUser }> {
    const found = await this.credentials.credentialsByEmail(email.trim().toLowerCase());
    // An unknown address costs a hash check too, so the answer's timing does not tell which addresses exist.
    const ok = (await verify(found?.passwordHash ?? (await this.unknownUserHash()), password).catch(() => false)) && found !== null;
    if (!found || !ok || !found.active) throw unauthenticated(LOGIN_FAILED);
    const sessionId = await this.credentials.openSession(found.user.id, this.tokens.ttlSeconds());
    return { token: this.tokens.sign(found.user.id, sessionId), user: { ...found.user, sessionId } };
  }

  private dummyHash: Promise<string> | undefined;
  private unknownUserHash(): Promise<string> {
    return (this.dummyHash ??= hash(oneTimePassword()));
  }

  /**
   * The caller a token names, as the database has them now: null without a token; UNAUTHENTICATED
   * when the token is invalid or its session is no longer open (logged out, expired, user deactivated).
   */
  async authenticate(header: unknown): Promise<AuthUser | null> {
    const claims = this.tokens.verifyHeader(header);
    if (!claims) return null;
    const user = await this.credentials.sessionUser(claims.sessionId, claims.userId);
    if (!user) throw unauthenticated(INVALID_TOKEN);
    return user;
  }

  /** The user of a still open session (a websocket's, per operation); null once it is closed. */
  sessionUser(sessionId: string, userId: string): Promise<AuthUser | null> {
    return this.credentials.sessionUser(sessionId, userId);
  }

  /** Those of the sessions that are closed now (their sockets must go). */
  closedSessions(sessionIds: string[]): Promise<string[]> {
    return sessionIds.length ? this.credentials.closedSessions(sessionIds) : Promise.resolve([]);
  }

  /** Ends the caller's session: the token stops working at once, its websockets within seconds. */
  async logout(user: AuthUser): Promise<boolean> {
    if (!user.sessionId) return false;
    await this.db.transaction(async (tx) => {
      if (await this.credentials.endSession(user.sessionId!, tx)) {
        await this.audit.record(tx, { actorId: user.id, action: 'auth.logout', entity: 'user', entityId: user.id });
      }
    });
    return true;
  }

  /**
   * Replaces the caller's password after checking the current one (BAD_USER_INPUT at `currentPassword`
   * when wrong, so the person stays signed in and can correct it) and the policy (BAD_USER_INPUT at
   * `newPassword` naming the rule). Ends the user's other sessions; this one stays open.
   */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<boolean> {
    await this.db.transaction(async (tx) => {
      const found = await this.credentials.credentialsById(user.id, tx);
      if (!found || !found.active) throw unauthenticated(INVALID_TOKEN);
      if (!(await verify(found.passwordHash, currentPassword).catch(() => false))) {
        throw badInput('The current password is wrong.', 'currentPassword');
      }
      if (newPassword === currentPassword) {
        throw badInput('The new password must differ from the current one.', 'newPassword');
      }
      const problem = passwordProblem(newPassword, [found.user.email, found.name]);
      if (problem) throw badInput(problem, 'newPassword');
      await this.credentials.setPassword(user.id, await hash(newPassword), false, tx);
      const ended = await this.credentials.endSessionsOf(user.id, tx, user.sessionId ?? null);
      await this.audit.record(tx, {
        actorId: user.id, action: 'auth.password-change', entity: 'user', entityId: user.id,
        before: { mustChangePassword: found.user.mustChangePassword ?? false },
        after: { mustChangePassword: false, otherSessionsEnded: ended },
      });
    });
    return true;
  }

  /**
   * Gives a user a new one-time password inside the caller's transaction: stored hashed, marked to be
   * changed at the next sign-in, every session of the user ended. The password itself, to show once.
   */
  async issueOneTimePassword(userId: string, tx: Queryable): Promise<string> {
    const password = oneTimePassword();
    await this.credentials.setPassword(userId, await hash(password), true, tx);
    await this.credentials.endSessionsOf(userId, tx);
    return password;
  }

  /** A one-time password for a new user and its hash (the user is created with `must_change_password`). */
  async oneTimeCredentials(): Promise<{ password: string; passwordHash: string }> {
    const password = oneTimePassword();
    return { password, passwordHash: await hash(password) };
  }

  /** Ends every session of a user inside the caller's transaction (deactivation); how many were open. */
  endSessionsOf(userId: string, tx: Queryable): Promise<number> {
    return this.credentials.endSessionsOf(userId, tx);
  }
}
