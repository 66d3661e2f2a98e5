import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { fill } from '@mahnwerk/domain';
import { AuditService } from '../audit/audit.service.js';
import { badInput, rateLimited, unauthenticated } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Queryable } from '../database/queryable.js';
import { AuthRepository } from './auth.repository.js';
import type { AuthUser } from './current-user.js';
import { oneTimePassword, passwordProblem } from './password-policy.js';
import { loginLockSeconds } from './login-backoff.js';
import { newRefreshToken, refreshTokenHash, TokenService, type TokenClaims } from './token.service.js';
import { AUTH_TEXTS } from './auth.i18n.js';

/** The one answer to every failed sign-in: a wrong password, an unknown address and a deactivated account look alike. */
export const LOGIN_FAILED = AUTH_TEXTS.loginFailed.en;
/** Longer passwords are refused before hashing (argon2 of a huge input costs the server, not the caller). */
export const MAX_PASSWORD_LENGTH = 256;
export const ROLE_CHANGED = AUTH_TEXTS.roleChanged.en;

/** An open session: the access token, the refresh token (for the cookie, never the answer's body) and when the session ends. */
export interface SignedIn {
  token: string;
  refreshToken: string;
  sessionExpiresAt: Date;
  user: AuthUser;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credentials: AuthRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks an e-mail address and password, opens a session and signs an access token naming it, with a
   * refresh token for the session; UNAUTHENTICATED with the same message for a wrong password, an
   * unknown address and a deactivated user. A password over 256 characters is BAD_USER_INPUT before any
   * hashing; an address locked after failed sign-ins (LOGIN_LOCK_AFTER) is RATE_LIMITED with `retryAfter`.
   */
  async login(emailGiven: string, password: string): Promise<SignedIn> {
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw badInput(fill(AUTH_TEXTS.passwordTooLong, { max: MAX_PASSWORD_LENGTH }), 'password');
    }
    const email = emailGiven.trim().toLowerCase();
    const lockedFor = await this.credentials.loginLockedFor(email);
    if (lockedFor !== null) throw rateLimited(lockedFor);
    const found = await this.credentials.credentialsByEmail(email);
    // An unknown address costs a hash check too, so the answer's timing does not tell which addresses exist.
    const ok = (await verify(found?.passwordHash ?? (await this.unknownUserHash()), password).catch(() => false)) && found !== null;
    if (!found || !ok || !found.active) {
      // Counted per address whether it exists or not, so the lock tells nothing either.
      await this.credentials.recordLoginFailure(email, (failures) => loginLockSeconds(failures, this.config.loginLockAfter));
      throw unauthenticated(AUTH_TEXTS.loginFailed);
    }
    await this.credentials.clearLoginFailures(email);
    const ttl = this.tokens.ttlSeconds();
    const refresh = newRefreshToken();
    const sessionId = await this.db.transaction(async (tx) => {
      const id = await this.credentials.openSession(found.user.id, ttl, tx);
      await this.credentials.addRefreshToken(id, refresh.hash, tx);
      return id;
    });
    return {
      token: this.tokens.sign(found.user.id, sessionId, found.user.role),
      refreshToken: refresh.token,
      sessionExpiresAt: new Date(Date.now() + ttl * 1000),
      user: { ...found.user, sessionId },
    };
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token (each is used once). A
   * refresh token presented a second time was copied: the session ends, for the thief and the owner
   * alike. UNAUTHENTICATED when the token is unknown, used or its session closed.
   */
  async refresh(refreshToken: string | undefined): Promise<SignedIn> {
    if (!refreshToken) throw unauthenticated(AUTH_TEXTS.noSessionToRenew);
    const hash = refreshTokenHash(refreshToken);
    const next = newRefreshToken();
    const renewed = await this.db.transaction(async (tx) => {
      const stored = await this.credentials.refreshTokenForUpdate(hash, tx);
      if (!stored || !stored.sessionOpen) return null;
      if (stored.used) {
        if (await this.credentials.endSession(stored.sessionId, tx)) {
          await this.audit.record(tx, { actorId: stored.userId, action: 'auth.refresh-reused', entity: 'user', entityId: stored.userId });
        }
        return 'reused' as const;
      }
      await this.credentials.useRefreshToken(hash, tx);
      await this.credentials.addRefreshToken(stored.sessionId, next.hash, tx);
      return stored;
    });
    if (renewed === null) throw unauthenticated(AUTH_TEXTS.invalidToken);
    if (renewed === 'reused') throw unauthenticated(AUTH_TEXTS.renewalReused);
    const user = await this.credentials.sessionUser(renewed.sessionId, renewed.userId);
    if (!user) throw unauthenticated(AUTH_TEXTS.invalidToken);
    const expiresAt = await this.credentials.sessionExpiresAt(renewed.sessionId);
    return { token: this.tokens.sign(user.id, renewed.sessionId, user.role), refreshToken: next.token, sessionExpiresAt: expiresAt, user };
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
    return (await this.authenticateToken(header))?.user ?? null;
  }

  /** authenticate, with the token's claims (a websocket keeps its expiry and role). */
  async authenticateToken(header: unknown): Promise<{ user: AuthUser; claims: TokenClaims } | null> {
    const claims = this.tokens.verifyHeader(header);
    if (!claims) return null;
    const user = await this.credentials.sessionUser(claims.sessionId, claims.userId);
    if (!user) throw unauthenticated(AUTH_TEXTS.invalidToken);
    // A token signed for another role than the user holds now is over: the next renewal carries the new role.
    if (claims.role !== undefined && claims.role !== user.role) throw unauthenticated(AUTH_TEXTS.roleChanged);
    return { user, claims };
  }

  /**
   * The user of a still open session (a websocket's, per operation) as long as the token's claims hold:
   * null once the session is closed, the token expired or the user's role is no longer the token's.
   */
  async sessionUser(sessionId: string, userId: string, claims?: Pick<TokenClaims, 'expiresAt' | 'role'>): Promise<AuthUser | null> {
    if (claims && claims.expiresAt <= Date.now()) return null;
    const user = await this.credentials.sessionUser(sessionId, userId);
    if (!user || (claims?.role !== undefined && claims.role !== user.role)) return null;
    return user;
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
      if (!found || !found.active) throw unauthenticated(AUTH_TEXTS.invalidToken);
      if (!(await verify(found.passwordHash, currentPassword).catch(() => false))) {
        throw badInput(AUTH_TEXTS.currentPasswordWrong, 'currentPassword');
      }
      if (newPassword === currentPassword) {
        throw badInput(AUTH_TEXTS.newPasswordSame, 'newPassword');
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
