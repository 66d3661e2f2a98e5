import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { PortalModule } from '../portal/portal.module.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesResolver } from './messages.resolver.js';
import { MessagesService } from './messages.service.js';

/** E-mail and SMS templates (versioned, per stage and language) and messages to debtors through the outbox. */
@Module({
  imports: [AuditModule, CasesModule, OutboxModule, PortalModule, PrivacyModule, RealtimeModule],
  providers: [MessagesRepository, MessagesService, MessagesResolver],
  exports: [MessagesService],
})
export class MessagesModule {}
