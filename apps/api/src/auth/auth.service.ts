import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { unauthenticated } from '../common/errors.js';
import { UserEntity } from '../users/user.entity.js';
import { TokenService } from './token.service.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.team', 'team')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const ok = user !== null && (await verify(user.passwordHash, password).catch(() => false));
    if (!user || !ok) throw unauthenticated('Email or password is wrong.');
    const token = this.tokens.sign({ id: user.id, email: user.email, role: user.role, teamId: user.teamId });
    return { token, user };
  }
}
