import { untranslated, type IsoDate, type LocalizedText } from '@mahnwerk/domain';

export type StatementSource = 'CAMT053' | 'CSV';

/** One credit read from a statement file, ready to be stored and matched. */
export interface StatementLine {
  /** Where it came from: the CSV line number or the camt.053 entry index (both 1-based). */
  line: number;
  /** The bank's id for the transaction: the import's idempotency key. */
  bankTransactionId: string;
  bookingDate: IsoDate;
  valueDate: IsoDate | null;
  /** Minor units of `currency`, > 0. */
  amountCents: number;
  currency: string;
  remittanceInformation: string;
  debtorName: string | null;
  debtorIban: string | null;
}

export interface RejectedLine {
  line: number;
  /** English. */
  message: string;
  /** The message in every language. */
  texts: LocalizedText;
  /** The CSV column (header name) of the first problem, when the problem is in one field. */
  column?: string | null;
}

/** What a parser read from a file: credits to import, debits it skipped, lines it could not read. */
export interface ParsedStatement {
  source: StatementSource;
  statementRef: string | null;
  accountIban: string | null;
  credits: StatementLine[];
  skippedDebits: number;
  rejected: RejectedLine[];
}

/** The file as a whole cannot be read (not XML, not camt.053, no CSV header, ...); the message in English, `texts` in every language. */
export class StatementFormatError extends Error {
  override name = 'StatementFormatError';
  readonly texts: LocalizedText;

  constructor(texts: LocalizedText | string) {
    const all = typeof texts === 'string' ? untranslated(texts) : texts;
    super(all.en);
    this.texts = all;
  }
}

/** One line cannot be read; the parser reports it and goes on with the next. The message in English, `texts` in every language. */
export class LineError extends Error {
  override name = 'LineError';
  readonly texts: LocalizedText;

  constructor(texts: LocalizedText | string) {
    const all = typeof texts === 'string' ? untranslated(texts) : texts;
    super(all.en);
    this.texts = all;
  }
}
