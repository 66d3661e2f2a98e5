import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { z } from 'zod';
import { unauthenticated } from '../common/errors.js';
import type { AuthUser } from './current-user.js';
import { ROLES } from './role.js';

const claimsSchema = z.object({
  sub: z.uuid(),
  email: z.string(),
  role: z.enum(ROLES),
  team: z.uuid().nullable(),
});

@Injectable()
export class TokenService {
  constructor(@Inject(JwtService) private readonly jwt: JwtService) {}

  sign(user: AuthUser): string {
    return this.jwt.sign({ sub: user.id, email: user.email, role: user.role, team: user.teamId });
  }

  /** `Bearer <jwt>` (or the bare token) to the caller; null when no token was sent. */
  verifyHeader(header: unknown): AuthUser | null {
    if (header === undefined || header === null || header === '') return null;
    if (typeof header !== 'string') throw unauthenticated('The authorization value must be a string.');
    const token = header.replace(/^Bearer\s+/i, '');
    try {
      const claims = claimsSchema.parse(this.jwt.verify(token));
      return { id: claims.sub, email: claims.email, role: claims.role, teamId: claims.team };
    } catch {
      throw unauthenticated('Your session token is invalid or has expired; sign in again.');
    }
  }
}
