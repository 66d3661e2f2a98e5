import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CaseImportsRepository } from './case-imports.repository.js';
import { IntakeController } from './intake.controller.js';
import { IntakeRepository } from './intake.repository.js';
import { IntakeResolver } from './intake.resolver.js';
import { IntakeService } from './intake.service.js';
import { InterruptedImports } from './interrupted-imports.service.js';

/** Content types the upload route reads as a stream (the body is handed over unread). */
export const CASE_FILE_CONTENT_TYPES = ['text/csv', 'application/octet-stream'];

/** Portfolio intake: case files (GraphQL and a streaming upload), import jobs, createCase. */
@Module({
  imports: [AuditModule, AuthModule, CasesModule, ObservabilityModule, RealtimeModule],
  providers: [IntakeRepository, CaseImportsRepository, IntakeService, IntakeResolver, InterruptedImports],
  controllers: [IntakeController],
})
export class IntakeModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addContentTypeParser) return;
    for (const type of CASE_FILE_CONTENT_TYPES) {
      if (!fastify.hasContentTypeParser(type)) fastify.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
    }
  }
}
