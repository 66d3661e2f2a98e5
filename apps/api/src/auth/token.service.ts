import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { z } from 'zod';
import { unauthenticated } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { AUTH_TEXTS } from './auth.i18n.js';
import { ROLES, type Role } from './role.js';

const claimsSchema = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
  role: z.enum(ROLES).optional(),
  exp: z.number().optional(),
});

/**
 * What an access token says: whose session it is, the role it was signed for (a role change since
 * makes it invalid) and when it expires. Team and whether the session is still open come from the database.
 */
export interface TokenClaims {
  userId: string;
  sessionId: string;
  role?: Role;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
}

export const INVALID_TOKEN = AUTH_TEXTS.invalidToken.en;

/** `12h`, `15m`, `90s`, `7d` in seconds (the config has checked the form). */
export function durationSeconds(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  if (!match) throw new Error(`Not a duration: ${value}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
}

/** A new refresh token (random, 256 bits) and the digest the database keeps of it. */
export function newRefreshToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: refreshTokenHash(token) };
}

export const refreshTokenHash = (token: string): Buffer => createHash('sha256').update(token).digest();

@Injectable()
export class TokenService {
  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An access token (ACCESS_TOKEN_TTL) for the session, carrying the role it is signed for. */
  sign(userId: string, sessionId: string, role: Role): string {
    return this.jwt.sign({ sub: userId, sid: sessionId, role });
  }

  /** `Bearer <jwt>` (or the bare token) to its claims; null when no token was sent; UNAUTHENTICATED when it is not valid. */
  verifyHeader(header: unknown): TokenClaims | null {
    if (header === undefined || header === null || header === '') return null;
    if (typeof header !== 'string') throw unauthenticated('The authorization value must be a string.');
    const token = header.replace(/^Bearer\s+/i, '');
    try {
      const claims = claimsSchema.parse(this.jwt.verify(token));
      return {
        userId: claims.sub, sessionId: claims.sid, role: claims.role,
        expiresAt: claims.exp !== undefined ? claims.exp * 1000 : Number.POSITIVE_INFINITY,
      };
    } catch {
      throw unauthenticated(AUTH_TEXTS.invalidToken);
    }
  }

  /** How long a session lasts from sign-in (`JWT_TTL`, e.g. 12h), in seconds: its refresh tokens end with it. */
  ttlSeconds(): number {
    return durationSeconds(this.config.jwtTtl);
  }
}
