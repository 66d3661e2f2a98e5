import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CreditorsModule } from '../creditors/creditors.module.js';
import { AuditExportController } from './audit-export.controller.js';
import { AuditTrailResolver } from './audit-trail.resolver.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditModule } from '../audit/audit.module.js';

/** The audit screen and the export (admins): apart from AuditModule, which every feature imports to write. */
@Module({
  imports: [AuditModule, AuthModule, CreditorsModule],
  controllers: [AuditExportController],
  providers: [AuditTrailResolver, AuditTrailService],
})
export class AuditTrailModule {}
