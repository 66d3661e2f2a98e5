import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { LetterRenderPool } from './letter-render-pool.js';
import { LettersController } from './letters.controller.js';
import { LettersRepository } from './letters.repository.js';
import { CaseLettersResolver } from './letters.resolver.js';
import { LettersService } from './letters.service.js';
import { CaseLetterBlockersResolver } from './case-letter-blockers.resolver.js';
import { SupervisoryAuthoritiesRepository } from './supervisory-authorities.repository.js';
import { SupervisoryAuthoritiesResolver } from './supervisory-authorities.resolver.js';
import { SupervisoryAuthoritiesService } from './supervisory-authorities.service.js';

/**
 * Reading and serving the letters the dunning run writes (it renders them with letter-pdf.ts); the
 * agency's dated supervisory authority (RDG 13a(1) no. 8) and what holds a case's letters.
 */
@Module({
  imports: [AuthModule, AuditModule, CasesModule],
  providers: [
    LettersRepository, LettersService, CaseLettersResolver, CaseLetterBlockersResolver,
    SupervisoryAuthoritiesRepository, SupervisoryAuthoritiesService, SupervisoryAuthoritiesResolver,
    { provide: LetterRenderPool, useFactory: () => new LetterRenderPool() },
  ],
  controllers: [LettersController],
  exports: [LettersRepository, SupervisoryAuthoritiesService, LetterRenderPool],
})
export class LettersModule {}
