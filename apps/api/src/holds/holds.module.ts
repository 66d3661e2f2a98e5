import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { DisputesController } from './disputes.controller.js';
import { DisputesService } from './disputes.service.js';
import { MAX_DOCUMENT_BYTES } from './document-type.js';
import { HoldExpiryService } from './hold-expiry.service.js';
import { HoldsRepository } from './holds.repository.js';
import { HoldsResolver } from './holds.resolver.js';
import { HoldsService } from './holds.service.js';

/** Holds of a case (placed, released, ended by their date) and disputes with their documents and resolution. */
@Module({
  imports: [AuditModule, AuthModule, CasesModule, RealtimeModule],
  providers: [HoldsRepository, HoldsService, DisputesService, HoldsResolver, HoldExpiryService],
  controllers: [DisputesController],
  exports: [HoldsService, HoldExpiryService, DisputesService],
})
export class HoldsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.register || fastify.hasContentTypeParser('multipart/form-data')) return;
    // One file per request, at most the document limit (a larger one is cut off and refused).
    void fastify.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5 } });
  }
}
