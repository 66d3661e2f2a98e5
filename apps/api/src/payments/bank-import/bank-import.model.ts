import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, SafeIntScalar } from '../../common/scalars.js';
import type { StatementSource } from './statement-line.js';

export type BankTransactionStatus = 'MATCHED' | 'UNMATCHED' | 'REVIEW' | 'IGNORED';
export type BankMatchMethod = 'REFERENCE' | 'MANUAL';

export const BankStatementFormatEnum = { CAMT053: 'CAMT053', CSV: 'CSV' } as const satisfies Record<StatementSource, StatementSource>;
export const BankTransactionStatusEnum = { MATCHED: 'MATCHED', UNMATCHED: 'UNMATCHED', REVIEW: 'REVIEW', IGNORED: 'IGNORED' } as const;
export const BankMatchMethodEnum = { REFERENCE: 'REFERENCE', MANUAL: 'MANUAL' } as const;

registerEnumType(BankStatementFormatEnum, {
  name: 'BankStatementFormat',
  valuesMap: {
    CAMT053: { description: 'ISO 20022 camt.053 bank-to-customer statement (XML).' },
    CSV: {
      description: 'CSV with header booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id; '
        + "or a bank's own export read through a column mapping (see bankCsvMappings).",
    },
  },
});
registerEnumType(BankTransactionStatusEnum, {
  name: 'BankTransactionStatus',
  valuesMap: {
    REVIEW: {
      description: 'Not booked: it may be a manual payment already on the case (same amount, within 3 days); '
        + 'confirm it as a separate payment (confirmBankTransaction) or ignore it as a duplicate.',
    },
  },
});
registerEnumType(BankMatchMethodEnum, {
  name: 'BankMatchMethod',
  valuesMap: {
    REFERENCE: { description: 'Matched at import: a claim or debtor reference in the remittance information.' },
    MANUAL: { description: 'Matched to a case by a person.' },
  },
});

@ObjectType('BankImportRejection', { description: 'A line of the file that was not imported, and why.' })
export class BankImportRejectionModel {
  @Field(() => Int, { description: 'CSV line number (the header is line 1) or camt.053 entry index, 1-based.' })
  line: number;
  @Field() message: string;
  @Field(() => String, { nullable: true, description: 'The CSV column (header name) of the first problem, read through a column mapping.' })
  column?: string | null;
}

@ObjectType('BankImportResult')
export class BankImportResultModel {
  @Field(() => ID) statementId: string;
  @Field(() => Int, { description: 'New credit lines stored: matched + unmatched + review.' }) imported: number;
  @Field(() => Int, { description: 'New lines booked as payments on a case.' }) matched: number;
  @Field(() => Int, { description: 'New lines left for a person to match or ignore.' }) unmatched: number;
  @Field(() => Int, { description: 'New lines not booked because they may be a manual payment already on the case (status REVIEW).' })
  review: number;
  @Field(() => Int, { description: 'Lines whose bank transaction id was imported before.' }) duplicates: number;
  @Field(() => Int, { description: 'Debit lines, which are not payments to us.' }) skippedDebits: number;
  @Field(() => [BankImportRejectionModel]) rejected: BankImportRejectionModel[];
}

@ObjectType('BankTransaction', { description: 'A credit from an imported bank statement.' })
export class BankTransactionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) statementId: string;
  @Field({ description: "The bank's id for the transaction; importing it again is a duplicate." })
  bankTransactionId: string;
  @Field(() => DateScalar) bookingDate: string;
  @Field(() => DateScalar, { nullable: true }) valueDate: string | null;
  @Field(() => SafeIntScalar) amountCents: number;
  @Field() currency: string;
  @Field() remittanceInformation: string;
  @Field(() => String, { nullable: true }) debtorName: string | null;
  @Field(() => String, { nullable: true }) debtorIban: string | null;
  @Field(() => BankTransactionStatusEnum) status: BankTransactionStatus;
  @Field(() => String, { nullable: true, description: 'Why the import could not match it to a case, or why it waits in review.' })
  unmatchedReason: string | null;
  @Field(() => ID, { nullable: true, description: 'REVIEW: the case its reference names.' }) reviewCaseId: string | null;
  @Field(() => ID, { nullable: true, description: 'REVIEW: the earlier manual payment on that case it may duplicate.' })
  reviewPaymentId: string | null;
  @Field(() => ID, { nullable: true }) caseId: string | null;
  @Field(() => ID, { nullable: true, description: 'The payment booked for it when matched.' }) paymentId: string | null;
  @Field(() => BankMatchMethodEnum, { nullable: true }) matchMethod: BankMatchMethod | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) matchedAt: Date | null;
  @Field(() => String, { nullable: true }) ignoreReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) ignoredAt: Date | null;
  @Field(() => GraphQLISODateTime) importedAt: Date;
}

@ObjectType('OwnBankAccount', { description: "One of the agency's own accounts, for which bank statements are imported." })
export class OwnBankAccountModel {
  @Field({ description: 'The IBAN in electronic format.' }) iban: string;
  @Field({ description: 'Who holds it: the agency (AGENCY_ACCOUNT_HOLDER, or AGENCY_NAME for BANK_OWN_ACCOUNTS) or the creditor.' })
  holder: string;
}
