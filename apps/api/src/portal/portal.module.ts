import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { PortalResolver } from './portal.resolver.js';
import { PortalService } from './portal.service.js';

/** The debtor portal's API: links, sign-in, the debtor's case, plans proposed by the debtor. */
@Module({
  imports: [AuditModule, AuthModule],
  providers: [PortalService, PortalResolver],
  exports: [PortalService],
})
export class PortalModule {}
