import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { DemoDataResolver } from './demo-data.resolver.js';
import { DemoDataService } from './demo-data.service.js';
import { FirstStartRepository } from './first-start.repository.js';
import { LoginResolver } from './login.resolver.js';
import { UsersRepository } from './users.repository.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuditModule, AuthModule, RealtimeModule],
  providers: [UsersRepository, UsersService, UsersResolver, LoginResolver, FirstStartRepository, DemoDataService, DemoDataResolver],
  exports: [UsersService],
})
export class UsersModule {}
