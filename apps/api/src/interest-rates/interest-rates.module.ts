import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { InterestRatesRepository } from './interest-rates.repository.js';
import { InterestRatesResolver } from './interest-rates.resolver.js';
import { InterestRatesService } from './interest-rates.service.js';

/** The reference-rate tables: built-in rows merged with the rates admins add (interest_rates). */
@Module({
  imports: [AuditModule],
  providers: [InterestRatesRepository, InterestRatesService, InterestRatesResolver],
  exports: [InterestRatesService],
})
export class InterestRatesModule {}
