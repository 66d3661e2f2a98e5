import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '../audit/audit.module.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { DownloadTicketsRepository } from './download-tickets.repository.js';
import { DownloadTicketsResolver } from './download-tickets.resolver.js';
import { DownloadTickets } from './download-tickets.service.js';
import { PortalSessionsRepository } from './portal-sessions.repository.js';
import { PortalSessions } from './portal-sessions.service.js';
import { RolesGuard } from './roles.guard.js';
import { SocketSessions } from './socket-sessions.service.js';
import { TokenService } from './token.service.js';

/** Sign-in, tokens, download tickets and the roles guard (APP_GUARD applies to every operation, wherever it is declared). */
@Module({
  imports: [
    AuditModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object, not the string: jsonwebtoken otherwise tries (and fails) to parse the
        // string as a public key on every request before using it as a shared secret.
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        signOptions: { expiresIn: config.accessTokenTtl as `${number}m`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AuthRepository, AuthService, TokenService, SocketSessions, PortalSessionsRepository, PortalSessions,
    DownloadTicketsRepository, DownloadTickets, DownloadTicketsResolver, { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, TokenService, SocketSessions, PortalSessions, DownloadTickets],
})
export class AuthModule {}
