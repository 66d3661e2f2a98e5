import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { LetterRenderPool } from './letter-render-pool.js';
import { PrintBatchesController } from './print-batches.controller.js';
import { PrintBatchesRepository } from './print-batches.repository.js';
import { PrintBatchesResolver } from './print-batches.resolver.js';
import { PrintBatchesService } from './print-batches.service.js';
import { ReturnedMailRepository } from './returned-mail.repository.js';
import { ReturnedMailResolver } from './returned-mail.resolver.js';
import { ReturnedMailService } from './returned-mail.service.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { LettersController } from './letters.controller.js';
import { LettersRepository } from './letters.repository.js';
import { CaseLettersResolver } from './letters.resolver.js';
import { LettersService } from './letters.service.js';
import { CaseLetterBlockersResolver } from './case-letter-blockers.resolver.js';
import { CaseDunningStepsResolver } from './case-dunning-steps.resolver.js';
import { SupervisoryAuthoritiesRepository } from './supervisory-authorities.repository.js';
import { SupervisoryAuthoritiesResolver } from './supervisory-authorities.resolver.js';
import { SupervisoryAuthoritiesService } from './supervisory-authorities.service.js';

/**
 * Reading and serving the letters the dunning run writes (it renders them with letter-pdf.ts on the
 * LetterRenderPool's worker threads); the day's print batch that sends them; returned mail, which holds
 * a debtor's letters; the agency's dated supervisory authority (RDG 13a(1) no. 8) and what holds a case's letters.
 */
@Module({
  imports: [AuthModule, AuditModule, CasesModule, RealtimeModule],
  providers: [
    LettersRepository, LettersService, CaseLettersResolver, CaseLetterBlockersResolver, CaseDunningStepsResolver,
    SupervisoryAuthoritiesRepository, SupervisoryAuthoritiesService, SupervisoryAuthoritiesResolver,
    { provide: LetterRenderPool, useFactory: () => new LetterRenderPool() },
    PrintBatchesRepository, PrintBatchesService, PrintBatchesResolver, ReturnedMailRepository, ReturnedMailService, ReturnedMailResolver,
  ],
  controllers: [LettersController, PrintBatchesController],
  exports: [LettersRepository, SupervisoryAuthoritiesService, LetterRenderPool],
})
export class LettersModule {}
