import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { LettersController } from './letters.controller.js';
import { LettersRepository } from './letters.repository.js';
import { CaseLettersResolver } from './letters.resolver.js';
import { LettersService } from './letters.service.js';

/** Reading and serving the letters the dunning run writes (it renders them with letter-pdf.ts). */
@Module({
  imports: [AuthModule, CasesModule],
  providers: [LettersRepository, LettersService, CaseLettersResolver],
  controllers: [LettersController],
  exports: [LettersRepository],
})
export class LettersModule {}
