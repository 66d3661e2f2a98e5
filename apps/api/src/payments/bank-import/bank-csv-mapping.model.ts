import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { DateScalar, SafeIntScalar } from '../../common/scalars.js';
import { BankStatementFormatEnum } from './bank-import.model.js';
import {
  CSV_DATE_FORMATS, type CsvDateFormat, type CsvDelimiter, type CsvMapping, type DecimalSeparator,
} from './csv-mapping.js';
import type { StatementSource } from './statement-line.js';

export const BankCsvDelimiterEnum = { SEMICOLON: 'SEMICOLON', COMMA: 'COMMA', TAB: 'TAB', PIPE: 'PIPE' } as const satisfies Record<CsvDelimiter, CsvDelimiter>;
export const BankCsvDecimalSeparatorEnum = { COMMA: 'COMMA', POINT: 'POINT' } as const satisfies Record<DecimalSeparator, DecimalSeparator>;
export const BankCsvDateFormatEnum = {
  DMY_DOTS: 'DMY_DOTS', DMY_DOTS_SHORT: 'DMY_DOTS_SHORT', ISO: 'ISO', DMY_SLASHES: 'DMY_SLASHES', MDY_SLASHES: 'MDY_SLASHES',
} as const satisfies Record<CsvDateFormat, CsvDateFormat>;
export const BankStatementRowKindEnum = { CREDIT: 'CREDIT', DEBIT: 'DEBIT', REJECTED: 'REJECTED' } as const;
export type BankStatementRowKind = keyof typeof BankStatementRowKindEnum;

registerEnumType(BankCsvDelimiterEnum, {
  name: 'BankCsvDelimiter',
  valuesMap: { SEMICOLON: { description: '";" (German banks)' }, COMMA: { description: '","' }, TAB: { description: 'a tab' }, PIPE: { description: '"|"' } },
});
registerEnumType(BankCsvDecimalSeparatorEnum, {
  name: 'BankCsvDecimalSeparator',
  valuesMap: { COMMA: { description: '1.234,56 (German banks)' }, POINT: { description: '1,234.56' } },
});
registerEnumType(BankCsvDateFormatEnum, {
  name: 'BankCsvDateFormat',
  valuesMap: Object.fromEntries(Object.entries(CSV_DATE_FORMATS).map(([k, example]) => [k, { description: example }])),
});
registerEnumType(BankStatementRowKindEnum, {
  name: 'BankStatementRowKind',
  valuesMap: {
    CREDIT: { description: 'A payment to the account: imported.' },
    DEBIT: { description: 'A payment from the account: skipped.' },
    REJECTED: { description: 'A row that cannot be read: reported, not imported.' },
  },
});

@ObjectType('BankCsvColumns', { description: 'The header name of the column holding each field; null = not in the file.' })
export class BankCsvColumnsModel {
  @Field() bookingDate: string;
  @Field(() => String, { nullable: true }) valueDate: string | null;
  @Field({ description: 'Negative for debits, unless a debitCredit column says which it is.' }) amount: string;
  @Field(() => String, {
    nullable: true,
    description: 'A debit/credit indicator beside an unsigned amount (S/H for Soll/Haben, D/C, DBIT/CRDT).',
  })
  debitCredit: string | null;
  @Field(() => String, { nullable: true, description: 'Without it the mapping\'s defaultCurrency applies.' }) currency: string | null;
  @Field(() => String, { nullable: true }) counterpartyName: string | null;
  @Field(() => String, { nullable: true }) counterpartyIban: string | null;
  @Field({ description: 'Reference / purpose (Verwendungszweck): what the import matches claim and debtor references in.' })
  reference: string;
  @Field(() => String, {
    nullable: true,
    description: "The bank's transaction id. Without it each row's id is derived from the account, its contents and how many identical rows precede it.",
  })
  transactionId: string | null;
}

@ObjectType('BankCsvLayout', { description: 'How a bank CSV export is read: a saved mapping, or a guess from a file.' })
export class BankCsvLayoutModel {
  @Field({ description: 'The account IBAN or a name given to the account; part of derived transaction ids when there is no IBAN.' })
  name: string;
  @Field(() => String, { nullable: true }) accountIban: string | null;
  @Field(() => BankCsvDelimiterEnum) delimiter: CsvDelimiter;
  @Field(() => BankCsvDecimalSeparatorEnum) decimalSeparator: DecimalSeparator;
  @Field(() => BankCsvDateFormatEnum) dateFormat: CsvDateFormat;
  @Field(() => Int, { description: "1-based line of the header; the lines before it (the bank's preamble) are skipped." })
  headerLine: number;
  @Field(() => String, { nullable: true, description: 'The currency when no currency column is mapped.' })
  defaultCurrency: string | null;
  @Field(() => BankCsvColumnsModel) columns: BankCsvColumnsModel;
}

@ObjectType('BankCsvMapping', { description: 'A saved column mapping for one bank account\'s CSV exports.' })
export class BankCsvMappingModel extends BankCsvLayoutModel {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@InputType('BankCsvColumnsInput')
export class BankCsvColumnsInput {
  @Field() bookingDate: string;
  @Field(() => String, { nullable: true }) valueDate?: string | null;
  @Field() amount: string;
  @Field(() => String, { nullable: true }) debitCredit?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => String, { nullable: true }) counterpartyName?: string | null;
  @Field(() => String, { nullable: true }) counterpartyIban?: string | null;
  @Field() reference: string;
  @Field(() => String, { nullable: true }) transactionId?: string | null;
}

@InputType('BankCsvMappingInput')
export class BankCsvMappingInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) accountIban?: string | null;
  @Field(() => BankCsvDelimiterEnum) delimiter: CsvDelimiter;
  @Field(() => BankCsvDecimalSeparatorEnum) decimalSeparator: DecimalSeparator;
  @Field(() => BankCsvDateFormatEnum) dateFormat: CsvDateFormat;
  @Field(() => Int, { defaultValue: 1 }) headerLine: number;
  @Field(() => String, { nullable: true }) defaultCurrency?: string | null;
  @Field(() => BankCsvColumnsInput) columns: BankCsvColumnsInput;
}

@InputType('BankStatementPreviewInput')
export class BankStatementPreviewInput {
  @Field({ description: 'The file as text.' }) content: string;
  @Field(() => BankStatementFormatEnum, { defaultValue: 'CSV' }) format: StatementSource;
  @Field(() => ID, { nullable: true, description: 'A saved mapping to read the CSV with.' })
  @IsOptional() @IsUUID(undefined, { message: 'mappingId must be a mapping id (UUID)' }) mappingId?: string | null;
  @Field(() => BankCsvMappingInput, { nullable: true, description: 'A mapping being edited (not saved) to read the CSV with.' })
  mapping?: BankCsvMappingInput | null;
  @Field(() => Int, { defaultValue: 20, description: 'Rows to return, 1..200 (the counts cover the whole file).' }) limit: number;
}

@ObjectType('BankStatementCellError')
export class BankStatementCellErrorModel {
  @Field(() => String, { nullable: true, description: 'The header name of the column; null for a problem of the whole row.' })
  column: string | null;
  @Field() message: string;
}

@ObjectType('BankStatementPreviewRow', { description: 'One row of the file as the import would read it.' })
export class BankStatementPreviewRowModel {
  @Field(() => Int, { description: 'CSV line number or camt.053 entry index, 1-based.' }) line: number;
  @Field(() => BankStatementRowKindEnum) kind: BankStatementRowKind;
  @Field(() => DateScalar, { nullable: true }) bookingDate: string | null;
  @Field(() => DateScalar, { nullable: true }) valueDate: string | null;
  @Field(() => SafeIntScalar, { nullable: true, description: 'Minor units; negative for a debit.' }) amountCents: number | null;
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => String, { nullable: true }) counterpartyName: string | null;
  @Field(() => String, { nullable: true }) counterpartyIban: string | null;
  @Field() reference: string;
  @Field(() => String, { nullable: true }) transactionId: string | null;
  @Field({ description: 'The file gave no transaction id; this one is derived from the row.' }) transactionIdDerived: boolean;
  @Field({ description: 'A transaction with this id was imported before: importing again counts it as a duplicate.' })
  alreadyImported: boolean;
  @Field(() => [BankStatementCellErrorModel]) errors: BankStatementCellErrorModel[];
}

@ObjectType('BankStatementPreview', { description: 'What importing the file would read, without importing anything.' })
export class BankStatementPreviewModel {
  @Field(() => BankStatementFormatEnum) format: StatementSource;
  @Field(() => String, { nullable: true, description: 'Why the file cannot be read as a whole (then there are no rows).' })
  problem: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The account the file or its mapping names; null when none does: then the import needs accountIban (see ownBankAccounts).',
  })
  accountIban: string | null;
  @Field(() => Int, { nullable: true, description: 'The CSV header line found.' }) headerLine: number | null;
  @Field(() => [String], { description: 'The CSV header names found, for choosing columns.' }) columns: string[];
  @Field(() => BankCsvLayoutModel, { nullable: true, description: 'The layout the rows were read with (a CSV read through a mapping).' })
  layout: BankCsvLayoutModel | null;
  @Field(() => BankCsvLayoutModel, { nullable: true, description: 'A guess at the CSV layout, to start a new mapping from.' })
  detected: BankCsvLayoutModel | null;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) credits: number;
  @Field(() => Int) debits: number;
  @Field(() => Int) rejected: number;
  @Field(() => [BankStatementPreviewRowModel], { description: 'The first rows, in file order.' }) rows: BankStatementPreviewRowModel[];
}

/** A parser mapping as the GraphQL layout (a guess may lack required columns: they read as ""). */
export function toLayoutModel(m: CsvMapping): BankCsvLayoutModel {
  return {
    name: m.name, accountIban: m.accountIban, delimiter: m.delimiter, decimalSeparator: m.decimalSeparator,
    dateFormat: m.dateFormat, headerLine: m.headerLine, defaultCurrency: m.defaultCurrency,
    columns: { ...m.columns, bookingDate: m.columns.bookingDate ?? '', amount: m.columns.amount ?? '', reference: m.columns.reference ?? '' },
  };
}

export function toMappingModel(m: CsvMapping & { id: string; updatedAt: Date }): BankCsvMappingModel {
  return { ...toLayoutModel(m), id: m.id, updatedAt: m.updatedAt };
}
