import { Injectable } from '@nestjs/common';
import { verify } from '@node-rs/argon2';
import { unauthenticated } from '../common/errors.js';
import { AuthRepository } from './auth.repository.js';
import type { AuthUser } from './current-user.js';
import { TokenService } from './token.service.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly credentials: AuthRepository,
    private readonly tokens: TokenService,
  ) {}

  /** Checks an e-mail address and password; a signed token for the user they belong to, else UNAUTHENTICATED. */
  async login(email: string, password: string): Promise<{ token: string; user: AuthUser }> {
    const found = await this.credentials.credentialsByEmail(email.trim().toLowerCase());
    const ok = found !== null && (await verify(found.passwordHash, password).catch(() => false));
    if (!found || !ok) throw unauthenticated('Email or password is wrong.');
    return { token: this.tokens.sign(found.user), user: found.user };
  }
}
