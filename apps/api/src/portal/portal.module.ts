import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { HoldsModule } from '../holds/holds.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { PAYMENT_PROVIDER, paymentProviderOf } from './payment-provider.js';
import { PortalDocumentsController } from './portal-documents.controller.js';
import { PortalLinksService } from './portal-links.service.js';
import { PortalRepository } from './portal.repository.js';
import { PortalResolver } from './portal.resolver.js';
import { PortalService } from './portal.service.js';
import { PortalStaffResolver } from './portal-staff.resolver.js';

/** The debtor portal's API: links, sign-in, the debtor's case, plans proposed by the debtor, dispute documents; links for messages and letters. */
@Module({
  imports: [AuditModule, AuthModule, CasesModule, AgreementsModule, HoldsModule, RealtimeModule],
  controllers: [PortalDocumentsController],
  providers: [
    PortalRepository, PortalLinksService, PortalService, PortalResolver, PortalStaffResolver,
    { provide: PAYMENT_PROVIDER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => paymentProviderOf(config) },
  ],
  exports: [PortalLinksService],
})
export class PortalModule {}
