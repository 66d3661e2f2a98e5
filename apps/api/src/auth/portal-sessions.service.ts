import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import type { Queryable } from '../database/queryable.js';
import {
  PORTAL_SESSION_MINUTES, PORTAL_TOKEN_PREFIX, portalTokenOf, randomToken, tokenHash, type PortalCaller,
} from './portal-caller.js';
import { AUTH_TEXTS } from './auth.i18n.js';
import { PortalSessionsRepository } from './portal-sessions.repository.js';

export const PORTAL_SESSION_ENDED = AUTH_TEXTS.portalSessionEnded.en;

/** Debtors' portal sessions: opened by the portal's sign-in, read (and extended) for every request. */
@Injectable()
export class PortalSessions {
  constructor(
    private readonly sessions: PortalSessionsRepository,
    private readonly clock: Clock,
  ) {}

  private expiry(now: Date): Date {
    return new Date(now.getTime() + PORTAL_SESSION_MINUTES * 60_000);
  }

  /** Opens a session for a link's case inside the caller's transaction; the token is shown once. */
  async open(linkId: string, caseId: string, tx: Queryable): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const token = PORTAL_TOKEN_PREFIX + randomToken();
    const now = this.clock.now();
    const expiresAt = this.expiry(now);
    const sessionId = await this.sessions.open(linkId, caseId, tokenHash(token), now, expiresAt, tx);
    return { token, expiresAt, sessionId };
  }

  /** The debtor an `Authorization` value names when it is a portal token (null otherwise); UNAUTHENTICATED when ended or expired. */
  /**
   * The debtor a portal session token names, its session extended; null for no token or a session
   * that has ended (then portal operations answer PORTAL_SESSION_ENDED, and signing in again works).
   */
  async authenticate(header: unknown): Promise<PortalCaller | null> {
    const token = portalTokenOf(header);
    if (!token) return null;
    const now = this.clock.now();
    return this.sessions.touch(tokenHash(token), now, this.expiry(now));
  }

  end(sessionId: string, tx: Queryable): Promise<boolean> {
    return this.sessions.end(sessionId, this.clock.now(), tx);
  }
}
