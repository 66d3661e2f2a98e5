import { fill, untranslated, type LocalizedText } from '@mahnwerk/domain';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  cleanText, parseCurrency, parseIban, parseIsoAmount, parseOptionalDate, parseStatementDate, parseTransactionId,
} from './statement-fields.js';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
import { camtDerivedTransactionId } from './derived-transaction-id.js';
import {
  LineError, StatementFormatError, type ParsedStatement, type RejectedLine, type StatementLine,
} from './statement-line.js';

/**
 * Reads an ISO 20022 camt.053 bank-to-customer statement (versions .001.02 to .001.13: the
 * element names used here did not change, except Dbtr/Pty from .08 on, which is read as well).
 *
 * Each booked credit entry (Ntry with CdtDbtInd CRDT) becomes one line; a batch entry with several
 * TxDtls becomes one line per transaction. Debits are counted and skipped. An entry that cannot be
 * read is reported with its 1-based index in the file and does not stop the others.
 *
 * The bank transaction id (the idempotency key) is, in this order: TxDtls/Refs/AcctSvcrRef,
 * Ntry/AcctSvcrRef, TxDtls/Refs/TxId (for a batch: the transaction's AcctSvcrRef or TxId, else the
 * entry's AcctSvcrRef with "/<n>"). An entry without one gets an id derived from the statement's
 * Stmt/Id, the entry's position in the statement and its contents (derived-transaction-id.ts), so
 * a re-import is still a duplicate. NtryRef is only unique within its statement: it is part of the
 * derived id's contents, never an id of its own.
 */

type Node = Record<string, unknown>;

const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'AddtlRmtInf']);

/** The five entities XML itself defines, and character references: all a camt.053 file needs. */
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;

function decodePredefinedEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return PREDEFINED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A DOCTYPE declaration anywhere in the file: camt.053 has none, and it is where entity attacks (XXE, billion laughs) live. */
const DOCTYPE = /<!DOCTYPE/i;

/**
 * Set explicitly, not left to the library's defaults: entities are never expanded by the parser
 * (no DOCTYPE is accepted at all, see parseCamt053), HTML entities neither; only XML's five
 * predefined entities and character references are decoded, in text and attribute values.
 */
const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  tagValueProcessor: (_name, value) => decodePredefinedEntities(value),
  attributeValueProcessor: (_name, value) => decodePredefinedEntities(value),
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Keep every value as written: "0001" stays a reference, "250.10" is read exactly later.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

export function parseCamt053(xml: string): ParsedStatement {
  const text = xml.replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('<')) {
    throw new StatementFormatError(T.notXml);
  }
  if (DOCTYPE.test(text)) {
    throw new StatementFormatError(T.doctype);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false, unpairedTags: [] });
  if (valid !== true) {
    throw new StatementFormatError(fill(T.notWellFormed, { reason: untranslated(valid.err.msg), line: valid.err.line }));
  }
  const doc = parser.parse(text) as Node;
  const root = node(node(doc.Document)?.BkToCstmrStmt) ?? node(doc.BkToCstmrStmt);
  if (!root) {
    throw new StatementFormatError(T.notCamt053);
  }
  const statements = nodes(root.Stmt);
  if (!statements.length) throw new StatementFormatError(T.noStatement);

  const result: ParsedStatement = {
    source: 'CAMT053',
    statementRef: cleanText(statements.map((s) => str(s.Id)).filter(Boolean).join(', ')),
    accountIban: accountIbanOf(statements),
    credits: [],
    skippedDebits: 0,
    rejected: [],
  };
  let index = 0;
  for (const statement of statements) {
    const statementId = str(statement.Id);
    let position = 0;
    for (const entry of nodes(statement.Ntry)) {
      index += 1;
      position += 1;
      try {
        const lines = readEntry(entry, index, { statementId, position });
        if (lines === 'DEBIT') result.skippedDebits += 1;
        else result.credits.push(...lines);
      } catch (error) {
        if (!(error instanceof LineError)) throw error;
        result.rejected.push(rejection(index, error.texts));
      }
    }
  }
  return result;
}

function rejection(index: number, problem: LocalizedText): RejectedLine {
  const texts = fill(T.entryProblem, { index, problem });
  return { line: index, message: texts.en, texts };
}

function accountIbanOf(statements: Node[]): string | null {
  const iban = str(path(statements[0], 'Acct', 'Id', 'IBAN'));
  try {
    return parseIban(iban, T.accountIban);
  } catch {
    return null; // informational only; a statement for an odd account is still readable
  }
}

/** Where an entry sits: its statement's Stmt/Id and its 1-based position among that statement's entries. */
interface EntryPlace {
  statementId: string;
  position: number;
}

function readEntry(entry: Node, index: number, place: EntryPlace): StatementLine[] | 'DEBIT' {
  const direction = str(entry.CdtDbtInd);
  if (direction === 'DBIT') return 'DEBIT';
  if (direction !== 'CRDT') {
    throw new LineError(direction ? fill(T.directionUnknown, { direction }) : T.directionMissing);
  }
  if (str(entry.RvslInd) === 'true') {
    throw new LineError(T.reversal);
  }
  const status = str(entry.Sts) || str(path(entry, 'Sts', 'Cd'));
  if (status && status !== 'BOOK') {
    throw new LineError(fill(T.notBooked, { status }));
  }

  const entryAmount = amountNode(entry.Amt);
  if (!entryAmount.value) throw new LineError(T.entryAmountMissing);
  const currency = parseCurrency(entryAmount.currency);
  const amountCents = parseIsoAmount(entryAmount.value, currency);
  const bookingDate = parseStatementDate(dateOf(entry.BookgDt), T.bookingDateCamt);
  const valueDate = parseOptionalDate(dateOf(entry.ValDt), T.valueDateCamt);
  const transactions = nodes(entry.NtryDtls).flatMap((d) => nodes(d.TxDtls));
  const entryId = str(entry.AcctSvcrRef);
  const derive = (transaction: number, line: Omit<StatementLine, 'line' | 'bankTransactionId'>, tx: Node) => {
    if (!place.statementId) {
      throw new LineError(T.noIdToDerive);
    }
    return camtDerivedTransactionId(place.statementId, { entry: place.position, transaction }, {
      bookingDate: line.bookingDate, valueDate: line.valueDate, amount: String(line.amountCents), currency: line.currency,
      counterpartyName: line.debtorName, counterpartyIban: line.debtorIban, reference: line.remittanceInformation,
      extra: [str(entry.NtryRef), str(path(tx, 'Refs', 'EndToEndId'))],
    });
  };

  if (transactions.length <= 1) {
    const tx = transactions[0] ?? {};
    const id = str(path(tx, 'Refs', 'AcctSvcrRef')) || entryId || str(path(tx, 'Refs', 'TxId'));
    if (amountCents <= 0) throw new LineError(T.amountNotPositive);
    const line = { bookingDate, valueDate, amountCents, currency, ...partiesOf(tx) };
    return [{
      line: index,
      bankTransactionId: id ? parseTransactionId(id, T.transactionIdCamt) : derive(0, line, tx),
      ...line,
    }];
  }

  // A batch booking: one line per transaction, each with its own amount and reference.
  return transactions.map((tx, i) => {
    const where = fill(T.batchTransaction, { n: i + 1 });
    const ownId = str(path(tx, 'Refs', 'AcctSvcrRef')) || str(path(tx, 'Refs', 'TxId'));
    const id = ownId || (entryId ? `${entryId}/${i + 1}` : '');
    const txAmount = amountNode(tx.Amt ?? path(tx, 'AmtDtls', 'TxAmt', 'Amt'));
    if (!txAmount.value) throw new LineError(fill(T.batchNoAmount, { where }));
    const txCurrency = parseCurrency(txAmount.currency ?? currency);
    const txCents = parseIsoAmount(txAmount.value, txCurrency);
    if (txCents <= 0) throw new LineError(fill(T.batchNotPositive, { where }));
    const txDirection = str(tx.CdtDbtInd);
    if (txDirection && txDirection !== 'CRDT') throw new LineError(fill(T.batchNotCredit, { where, direction: txDirection }));
    const line = { bookingDate, valueDate, amountCents: txCents, currency: txCurrency, ...partiesOf(tx) };
    return {
      line: index,
      bankTransactionId: id ? parseTransactionId(id, fill(T.batchTransactionId, { where })) : derive(i + 1, line, tx),
      ...line,
    };
  });
}

function partiesOf(tx: Node): Pick<StatementLine, 'remittanceInformation' | 'debtorName' | 'debtorIban'> {
  const remittance = node(tx.RmtInf);
  const parts = [
    ...nodes(remittance?.Ustrd).map(str),
    ...nodes(remittance?.Strd).flatMap((s) => [str(path(s, 'CdtrRefInf', 'Ref')), ...nodes(s.AddtlRmtInf).map(str)]),
  ];
  const parties = node(tx.RltdPties);
  const debtor = node(parties?.Dbtr);
  return {
    remittanceInformation: cleanText(parts.filter(Boolean).join(' ')) ?? '',
    debtorName: cleanText(str(debtor?.Nm) || str(path(debtor, 'Pty', 'Nm')) || str(path(parties, 'UltmtDbtr', 'Nm'))),
    debtorIban: parseIban(str(path(parties, 'DbtrAcct', 'Id', 'IBAN')), T.debtorIbanCamt),
  };
}

function amountNode(value: unknown): { value: string; currency: string | undefined } {
  if (value && typeof value === 'object') {
    const n = value as Node;
    return { value: str(n['#text']), currency: typeof n['@_Ccy'] === 'string' ? n['@_Ccy'] : undefined };
  }
  return { value: str(value), currency: undefined };
}

function dateOf(value: unknown): string | undefined {
  const n = node(value);
  if (!n) return str(value) || undefined;
  return str(n.Dt) || str(n.DtTm) || undefined;
}

function node(value: unknown): Node | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
}

function nodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as Node) : { '#text': v }));
}

function path(value: unknown, ...keys: string[]): unknown {
  let current: unknown = value;
  for (const key of keys) current = node(current)?.[key];
  return current;
}

/** The text of an element, whether it was read as a string or as an object with attributes. */
function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  const n = node(value);
  if (n && typeof n['#text'] === 'string') return n['#text'].trim();
  return '';
}
