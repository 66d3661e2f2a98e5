import {
  addDays, addressLines, buildDunningLetter, computeBalance, type IsoDate, type RateTables, letterTexts, messageLanguage, paymentReference, type Balance, type DunningStrategy, type LetterLanguage,
} from '@mahnwerk/domain';
import type { AgencyProfile } from '../config/config.js';
import type { LetterContent } from '../letters/letter-pdf.js';
import type { CaseMoney, ClaimRecord } from './dunning-step.repository.js';
import type { LetterCase } from './letter-writer.repository.js';

/** An account debtors pay into. */
export interface CollectionAccount {
  holder: string;
  iban: string;
  bic: string | null;
}

/**
 * Where the debtor pays: the creditor's own account (creditors.iban/bic) in the name of its legal
 * name (else its name); a creditor without an IBAN is collected on the agency's collection account
 * (AGENCY_ACCOUNT_HOLDER, AGENCY_IBAN, AGENCY_BIC in the config), which the letter then names.
 */
export function collectionAccount(creditor: LetterCase['creditor'], agency: CollectionAccount): CollectionAccount {
  if (!creditor.iban) return agency;
  return { holder: creditor.legalName.trim() || creditor.name, iban: creditor.iban, bic: creditor.bic };
}

/**
 * The letter's language (the domain's messageLanguage): the debtor's where the creditor's country
 * allows it, else the creditor's letter language (else the country's first language).
 */
export function letterLanguage(creditor: LetterCase['creditor'], debtor: Pick<LetterCase['debtor'], 'language'>): LetterLanguage {
  return messageLanguage({ debtorLanguage: debtor.language ?? null, creditorCountry: creditor.country, creditorLanguage: creditor.letterLanguage });
}

/** A case's balance as its letter states it on `asOf` (line details for the tables, statutory flat fees). */
export function letterBalance(
  c: LetterCase, money: Pick<CaseMoney, 'claims' | 'fees' | 'payments'>, asOf: IsoDate, rateTables: Partial<RateTables>,
): Balance {
  return computeBalance({
    country: c.creditor.country, debtorKind: c.debtor.kind, currency: c.currency, asOf,
    claims: money.claims.map((cl) => ({
      reference: cl.reference, principalCents: cl.principalCents, dueDate: cl.dueDate, defaultDate: cl.defaultDate,
      invoiceDate: cl.invoiceDate, claimKind: cl.claimKind, contractDate: cl.contractDate, dueDateFixed: cl.dueDateFixed, arisenOn: cl.arisenOn,
    })),
    fees: money.fees, payments: money.payments,
  }, { lineDetails: true, statutoryFlatFees: true, rateTables });
}

export interface LetterCaseInput {
  case: LetterCase;
  claims: ClaimRecord[];
  balance: Balance;
}

/**
 * One consolidated letter for a debtor and creditor: the domain decides what the letter must say
 * (RDG 13a for a first demand); this supplies the parties, the cases and the stage's deadline.
 */
export function composeLetter(
  cases: LetterCaseInput[],
  stagesStepped: string[],
  strategy: DunningStrategy,
  writtenOn: string,
  agency: AgencyProfile,
  /** The supervisory authority in force on writtenOn (RDG 13a(1) no. 8), formatted; null when none. */
  supervisoryAuthority: string | null,
): LetterContent & { deadline: string } {
  const { creditor, debtor } = cases[0]!.case;
  if (addressLines(debtor.address ?? '').length === 0) throw new Error(`${debtor.name} has no postal address`);
  const stepped = stagesStepped
    .map((stage) => strategy.stages.find((s) => s.stage === stage))
    .filter((s): s is DunningStrategy['stages'][number] => s !== undefined);
  // The deadline the domain set for the step (nextDunningStep: asOf + the stage's payment window);
  // several steps in one letter: the longest window, so no case is asked to pay sooner than its stage allows.
  const window = stepped.length ? Math.max(1, ...stepped.map((s) => s.paymentWindowDays)) : 14;
  const deadline = addDays(writtenOn, window);
  const collectionWarning = stepped.some((s) => s.collectionWarning === true);
  const account = collectionAccount(creditor, agency.account);
  const reference = paymentReference(cases.map(({ claims }) => ({ claimReferences: claims.map((cl) => cl.reference) })), debtor.ref);
  const language = letterLanguage(creditor, debtor);
  const t = letterTexts(language, creditor.country);
  const letter = buildDunningLetter({
    creditor: { name: creditor.legalName.trim() || creditor.name, address: creditor.address, country: creditor.country },
    debtor: { name: debtor.name, address: debtor.address ?? '', kind: debtor.kind },
    agent: { name: agency.name, address: agency.address },
    cases: cases.map(({ case: c, claims, balance }) => ({
      caseRef: c.id.slice(0, 8).toUpperCase(),
      stage: c.stage,
      claims: claims.map((cl) => ({
        reference: cl.reference,
        // RDG 13a(1) no. 2: the contract's subject and date from intake; a claim known only by its
        // invoice is named as such, in the letter's language.
        subject: cl.contractSubject?.trim() || t.invoice(cl.reference),
        contractDate: cl.contractDate,
        principalCents: cl.principalCents,
        dueDate: cl.dueDate,
      })),
      balance,
    })),
    asOf: writtenOn,
    paymentDeadline: deadline,
    supervisoryAuthority: creditor.country === 'DE' ? supervisoryAuthority : null,
    vatStatement: creditor.vatDeductible ? 'CREDITOR_DEDUCTS_VAT' : 'CREDITOR_CANNOT_DEDUCT_VAT',
    addressResearched: debtor.addressResearched,
    language,
    collectionWarning,
    payment: { accountHolder: account.holder, iban: account.iban, bic: account.bic, reference },
  });
  return {
    sender: [letter.sender.name, ...letter.sender.address],
    recipient: [letter.recipient.name, ...letter.recipient.address],
    date: letter.date,
    title: letter.title,
    salutation: letter.salutation,
    paragraphs: [...letter.paragraphs, letter.deadline.text],
    tables: [
      ...letter.tables.map((t) => ({ title: t.caption, headers: t.headers, rows: t.rows, alignRight: [t.headers.length - 1] })),
      { headers: ['', ''], rows: letter.totals.rows.map(([label, amount]) => [label, amount]), alignRight: [1] },
    ],
    closing: [letter.closing],
    legalNotices: letter.legalNotices,
    payment: letter.payment,
    deadline: letter.deadline.date,
  };
}
