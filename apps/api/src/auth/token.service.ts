import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { z } from 'zod';
import { unauthenticated } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

const claimsSchema = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
});

/** What a token says: whose session it is. Role, team and whether the session is still open come from the database. */
export interface TokenClaims {
  userId: string;
  sessionId: string;
}

export const INVALID_TOKEN = 'Your session token is invalid or has expired; sign in again.';

@Injectable()
export class TokenService {
  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(userId: string, sessionId: string): string {
    return this.jwt.sign({ sub: userId, sid: sessionId });
  }

  /** `Bearer <jwt>` (or the bare token) to its claims; null when no token was sent; UNAUTHENTICATED when it is not valid. */
  verifyHeader(header: unknown): TokenClaims | null {
    if (header === undefined || header === null || header === '') return null;
    if (typeof header !== 'string') throw unauthenticated('The authorization value must be a string.');
    const token = header.replace(/^Bearer\s+/i, '');
    try {
      const claims = claimsSchema.parse(this.jwt.verify(token));
      return { userId: claims.sub, sessionId: claims.sid };
    } catch {
      throw unauthenticated(INVALID_TOKEN);
    }
  }

  /** The lifetime of a token in seconds (`JWT_TTL`, e.g. 12h): its session expires with it. */
  ttlSeconds(): number {
    const match = /^(\d+)([smhd])$/.exec(this.config.jwtTtl);
    if (!match) return 12 * 3600;
    return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  }
}
