import { addDays, addressLines, buildDunningLetter, type Balance, type DunningStrategy } from '@mahnwerk/domain';
import type { LetterContent } from '../letters/letter-pdf.js';
import type { ClaimRecord } from './dunning-step.repository.js';
import type { LetterCase } from './letter-writer.repository.js';

/** Supervisory authority named in German agency letters (RDG 13a(1) no. 8). */
const SUPERVISORY_AUTHORITY_DE = 'Präsident des Oberlandesgerichts Hamburg, Sievekingplatz 2, 20355 Hamburg';
const AGENCY = { name: 'Mahnwerk Inkasso', address: ['Musterstraße 1', '20095 Hamburg'] };

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
  const letter = buildDunningLetter({
    creditor: { name: creditor.name, address: creditor.address, country: creditor.country },
    debtor: { name: debtor.name, address: debtor.address ?? '', kind: debtor.kind },
    agent: AGENCY,
    cases: cases.map(({ case: c, claims, balance }) => ({
      caseRef: c.id.slice(0, 8).toUpperCase(),
      stage: c.stage,
      claims: claims.map((cl) => ({
        reference: cl.reference,
        subject: `Invoice ${cl.reference}`,
        contractDate: cl.invoiceDate,
        principalCents: cl.principalCents,
        dueDate: cl.dueDate,
      })),
      balance,
    })),
    asOf: writtenOn,
    paymentDeadline: deadline,
    supervisoryAuthority: creditor.country === 'DE' ? SUPERVISORY_AUTHORITY_DE : null,
    vatStatement: 'CREDITOR_DEDUCTS_VAT',
    addressResearched: false,
    language: creditor.country === 'DE' ? 'de' : 'da',
    collectionWarning,
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
    deadline: letter.deadline.date,
  };
}
