import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AgreementsResolver } from '../agreements/agreements.resolver.js';
import { AnalyticsResolver } from '../analytics/analytics.resolver.js';
import { AuditTrailResolver } from '../audit-trail/audit-trail.resolver.js';
import { CasesResolver } from '../cases/cases.resolver.js';
import { CreditorPriorityResolver } from '../cases/creditor-priority.resolver.js';
import { CourtResolver } from '../court/court.resolver.js';
import { CreditorsResolver } from '../creditors/creditors.resolver.js';
import { DebtorsResolver } from '../debtors/debtors.resolver.js';
import { DunningResolver, DunningRunHoldsResolver } from '../dunning/dunning.resolver.js';
import { HoldsResolver } from '../holds/holds.resolver.js';
import { DownloadTicketsResolver } from '../auth/download-tickets.resolver.js';
import { IntakeResolver } from '../intake/intake.resolver.js';
import { InterestRatesResolver } from '../interest-rates/interest-rates.resolver.js';
import { CaseDunningStepsResolver } from '../letters/case-dunning-steps.resolver.js';
import { CaseLetterBlockersResolver } from '../letters/case-letter-blockers.resolver.js';
import { CaseLettersResolver } from '../letters/letters.resolver.js';
import { PrintBatchesResolver } from '../letters/print-batches.resolver.js';
import { ReturnedMailResolver } from '../letters/returned-mail.resolver.js';
import { SupervisoryAuthoritiesResolver } from '../letters/supervisory-authorities.resolver.js';
import { LimitationResolver } from '../limitation/limitation.resolver.js';
import { MessagesResolver } from '../messages/messages.resolver.js';
import { PortalResolver } from '../portal/portal.resolver.js';
import { PortalStaffResolver } from '../portal/portal-staff.resolver.js';
import { CaseApprovalsResolver } from '../payments/approvals/case-approvals.resolver.js';
import { PaymentApprovalsResolver } from '../payments/approvals/payment-approvals.resolver.js';
import { PrivacyResolver } from '../privacy/privacy.resolver.js';
import { BankImportResolver } from '../payments/bank-import/bank-import.resolver.js';
import { PaymentsResolver } from '../payments/payments.resolver.js';
import { QueueResolver } from '../queue/queue.resolver.js';
import { DemoDataResolver } from '../users/demo-data.resolver.js';
import { LoginResolver } from '../users/login.resolver.js';
import { UsersResolver } from '../users/users.resolver.js';

/** Every resolver the app wires up (keep in step with the feature modules). */
export const RESOLVERS = [
  AgreementsResolver, AnalyticsResolver, AuditTrailResolver, BankImportResolver, CaseApprovalsResolver, CaseDunningStepsResolver, CaseLetterBlockersResolver,
  CaseLettersResolver, CasesResolver, CourtResolver, CreditorPriorityResolver, CreditorsResolver, DebtorsResolver, DemoDataResolver,
  DownloadTicketsResolver, DunningResolver, DunningRunHoldsResolver, HoldsResolver, IntakeResolver, InterestRatesResolver,
  LimitationResolver, LoginResolver, MessagesResolver, PaymentApprovalsResolver, PaymentsResolver, PortalResolver, PortalStaffResolver,
  PrintBatchesResolver, PrivacyResolver, QueueResolver, ReturnedMailResolver, SupervisoryAuthoritiesResolver, UsersResolver,
];

/** The SDL the code defines, sorted, without starting a server or touching a database. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
